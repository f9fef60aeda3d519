"""Demo data of the calendar and the monitoring (issue 15).

The 2027 round gets its calendar: the dates the parties agreed on (evaluation
in March, talks from 8 July, signing on 30 November 2026, as in the demo's
register) and the organisation's own meetings. The 2026 round gets the
monitoring of its three agreements over both half years of 2026, with a mix
of statuses: one realised, one delayed, one not realised, with the history
showing "op schema" and "onbekend" before.
"""

from __future__ import annotations

import datetime as dt

from app.services import agenda, monitoring
from app.storage.repository import Repository
from models.base import MAX_LINE
from models.calendar import OwnDate, RoundCalendar, Step
from models.monitoring import Check, HalfYear, Monitoring, Status
from models.round import Round

_OWN_DATES = (
    (
        "alv-voorjaar",
        "Algemene ledenvergadering: inzet vaststellen",
        dt.date(2026, 4, 14),
        "Buurthuis De Schakel, 19.30 uur",
    ),
    ("bestuur-bod", "Bestuursvergadering: het bod bespreken", dt.date(2026, 7, 2), ""),
    ("bestuur-tekenen", "Bestuursvergadering: tekenen of niet?", dt.date(2026, 11, 24), ""),
    (
        "alv-najaar",
        "Ledenvergadering: de afspraken uitleggen",
        dt.date(2027, 1, 19),
        "Buurthuis De Schakel, 19.30 uur",
    ),
)


def fill_demo_calendar(repo: Repository, round_: Round, previous: Round | None) -> None:
    if round_.year < 2027 or repo.load_round_doc(round_.id, agenda.KIND):
        return
    prep = round_.year - 1
    chosen = RoundCalendar(
        round_id=round_.id,
        moved={
            Step.EVALUATION: dt.date(prep, 3, 24),
            Step.TALKS_START: dt.date(prep, 7, 8),
            Step.SIGNING: dt.date(prep, 11, 30),
        },
        own_dates=[
            OwnDate(id=i, title=t, date=d.replace(year=d.year + round_.year - 2027), note=n)
            for i, t, d, n in _OWN_DATES
        ],
    )
    agenda.save_calendar(repo, chosen)


#: Per theme of the 2026 register: (half, status, figure reached, source, note) per half year.
_CHECKS: dict[str, tuple[tuple[int, Status, float | None, str, str], ...]] = {
    "beschikbaarheid": (
        (1, Status.ON_TRACK, 35, "Driepartijenoverleg", ""),
        (
            2,
            Status.DELAYED,
            62,
            "Volkshuisvestingsverslag van de corporatie",
            "Twee bouwprojecten schuiven naar 2027: de vergunning kwam later.",
        ),
    ),
    "kwaliteit_duurzaamheid": (
        (1, Status.ON_TRACK, 70, "PWIK-dashboard", ""),
        (2, Status.REALISED, 152, "PWIK-dashboard", "Gehaald, met twee woningen extra."),
    ),
    "betaalbaarheid": (
        (1, Status.UNKNOWN, None, "", "Nog geen cijfers van de corporatie."),
        (
            2,
            Status.NOT_REALISED,
            6.1,
            "Eigen waarneming",
            "Leden melden een gemiddelde verhoging van 6,1%: hoger dan afgesproken.",
        ),
    ),
}


def fill_demo_monitoring(repo: Repository, round_: Round, previous: Round | None) -> None:
    if repo.load_round_doc(round_.id, monitoring.KIND):
        return
    if round_.year >= 2027:
        # Its agreements start on 1 January 2027: nothing checked yet, but the
        # record is there (every feature's record is in the demo's export).
        monitoring.save_monitoring(repo, Monitoring(round_id=round_.id))
        return
    register = monitoring.load_register(repo, round_.id)
    checks: list[Check] = []
    for agreement in register.agreements:
        label = f"{register.number(agreement.id)} {agreement.what}"[:MAX_LINE]
        for half, status, reached, source, note in _CHECKS.get(agreement.theme_id, ()):
            checks.append(
                Check(
                    agreement_id=agreement.id,
                    agreement_label=label,
                    period=HalfYear(year=round_.year, half=half),
                    status=status,
                    reached=reached,
                    source=source,
                    note=note,
                )
            )
    if checks:
        monitoring.save_monitoring(repo, Monitoring(round_id=round_.id, checks=checks))
