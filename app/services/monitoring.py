"""Use cases of the monitoring: per agreement and half year how far it got; the Monitor.

The checks of a round's agreements live in that round's document
``"monitoring"`` (:class:`models.monitoring.Monitoring`). The agreements
themselves are the agreements feature's record (kind ``"afspraken"``,
:class:`models.agreements.AgreementsRegister`); it is read here through the
shared :mod:`app.services.negotiation_records`, never through that
feature's service (design §10).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.content.themes import get_theme, text
from app.documents.monitor import MonitorDoc, MonitorRow, MonitorTheme, build_monitor
from app.i18n import _, format_number, get_language, number_for_input
from app.services import rounds as rounds_service
from app.services.document_sources import round_info
from app.services.negotiation_records import load_register
from app.services.record_store import RoundRecordStore
from app.storage.repository import Repository
from models.agreements import Agreement
from models.base import MAX_LINE, InvalidInput
from models.monitoring import (
    Check,
    HalfYear,
    Monitoring,
    Status,
    parse_figure,
    progress_percent,
    record_check,
)
from models.text import N_
from models.themes import CUSTOM_THEME_ID

KIND = "monitoring"
STORE = RoundRecordStore(KIND, Monitoring)


load_monitoring = STORE.load
save_monitoring = STORE.save


def record(
    repo: Repository,
    round_id: str,
    agreement_id: str,
    period: HalfYear,
    status: Status,
    reached_text: str = "",
    source: str = "",
    note: str = "",
) -> Monitoring:
    """Store how far an agreement got in a half year (replaces that half year's check)."""
    register = load_register(repo, round_id)
    if agreement_id not in {a.id for a in register.agreements}:
        raise InvalidInput(N_("This agreement is no longer in the register."))
    agreement = register.agreement(agreement_id)
    label = f"{register.number(agreement_id)} {' '.join(agreement.what.split())}".strip()
    if len(source) > 300:
        raise InvalidInput(N_("Keep the source under 300 characters."))
    check = Check(
        agreement_id=agreement_id,
        agreement_label=label[:MAX_LINE],
        period=period,
        status=status,
        reached=parse_figure(reached_text, get_language()),
        source=source.strip(),
        note=note,
    )
    return save_monitoring(repo, record_check(load_monitoring(repo, round_id), check))


def update_check(
    repo: Repository,
    round_id: str,
    agreement_id: str,
    period: HalfYear,
    **changes: str,
) -> Monitoring:
    """Change one field of a half year's check (status, reached, source, note), keeping
    the others; a screen saves each field as it is edited."""
    unknown = set(changes) - {"status", "reached", "source", "note"}
    if unknown:
        raise ValueError(f"unknown check fields: {sorted(unknown)}")
    current = next(
        (c for c in load_monitoring(repo, round_id).history(agreement_id) if c.period == period),
        None,
    )
    values = {
        "status": current.status.value if current else Status.UNKNOWN.value,
        "reached": number_for_input(current.reached if current else None),
        "source": current.source if current else "",
        "note": current.note if current else "",
    }
    values.update(changes)
    return record(
        repo,
        round_id,
        agreement_id,
        period,
        Status(values["status"]),
        values["reached"],
        values["source"],
        values["note"],
    )


def periods_for(round_year: int, agreements: list[Agreement], today: dt.date) -> list[HalfYear]:
    """The half years one can fill in: from the round's year up to the last year an
    agreement covers (at most ten years), and never past the current half year."""
    last_year = max([round_year, *(y for a in agreements for y in a.years)])
    last_year = min(last_year, round_year + 9)
    now = HalfYear.containing(today)
    periods = [
        HalfYear(year=year, half=half)
        for year in range(round_year, last_year + 1)
        for half in (1, 2)
        if (year, half) <= now.key()
    ]
    return periods or [HalfYear(year=round_year, half=1)]


# ------------------------------------------------------------------ texts for people
def half_year_label(period: HalfYear) -> str:
    if period.half == 1:
        return _("first half of {year}", year=period.year)
    return _("second half of {year}", year=period.year)


def status_label(status: Status) -> str:
    return _(status.label)


def theme_name(theme_id: str, own_title: str = "") -> str:
    if theme_id == CUSTOM_THEME_ID:
        return own_title or _("Own theme")
    theme = get_theme(theme_id)
    return text(theme.title) if theme else theme_id


def figure_text(value: float) -> str:
    return format_number(int(value) if float(value).is_integer() else value)


def reached_text(agreement: Agreement, check: Check | None) -> str:
    """'40 van 80 woningen (50%)', '40', or '' when no figure was entered."""
    if check is None or check.reached is None:
        return ""
    reached = figure_text(check.reached)
    unit = f" {agreement.unit}" if agreement.unit else ""
    if agreement.target_value is None:
        return f"{reached}{unit}"
    percent = progress_percent(check.reached, agreement.target_value)
    text_ = _(
        "{reached} of {target}{unit}",
        reached=reached,
        target=figure_text(agreement.target_value),
        unit=unit,
    )
    return text_ if percent is None else f"{text_} ({percent}%)"


# ------------------------------------------------------------------ the Monitor
@dataclass(frozen=True)
class AgreementStatus:
    """One agreement with its newest check, for screens and documents."""

    number: str
    agreement: Agreement
    latest: Check | None
    history: list[Check]

    @property
    def status(self) -> Status:
        return self.latest.status if self.latest is not None else Status.UNKNOWN


def agreement_statuses(repo: Repository, round_id: str) -> list[AgreementStatus]:
    register = load_register(repo, round_id)
    monitoring = load_monitoring(repo, round_id)
    return [
        AgreementStatus(
            number=register.number(a.id),
            agreement=a,
            latest=monitoring.latest(a.id),
            history=monitoring.history(a.id),
        )
        for a in register.agreements
    ]


def evaluation_questions(items: list[AgreementStatus]) -> list[str]:
    """Questions for the evaluation meeting: what is behind, what nobody knows, what next."""
    questions: list[str] = []
    for item in items:
        if item.status in (Status.DELAYED, Status.NOT_REALISED):
            questions.append(
                _(
                    "{number}: why is this behind, and what is needed to still reach it?",
                    number=item.number,
                )
            )
    for item in items:
        if item.status == Status.UNKNOWN:
            questions.append(
                _(
                    "{number}: who can tell us how far this is, and from which source?",
                    number=item.number,
                )
            )
    if items:
        questions.append(_("Which agreements do we take into the next round?"))
    return questions


def _row(item: AgreementStatus) -> MonitorRow:
    a = item.agreement
    history = [f"{half_year_label(c.period)}: {status_label(c.status)}" for c in item.history[:-1]]
    return MonitorRow(
        number=item.number,
        what=a.what,
        target=a.target,
        years=a.years_text(),
        responsible=_(a.responsible.label),
        status=item.status,
        reached=reached_text(a, item.latest),
        source=item.latest.source if item.latest else "",
        note=item.latest.note if item.latest else "",
        history=history,
    )


def monitored_round(repo: Repository, round_id: str, today: dt.date | None = None) -> str:
    """Whose agreements the Monitor of ``round_id`` follows.

    A round is prepared in the year before its agreements run: while working
    on round Y (before 1 January Y, nothing checked yet) the agreements that
    run, and that the evaluation is about, are those of the previous round.
    Otherwise the round's own.
    """
    round_ = rounds_service.existing_round(repo, round_id)
    day = today or dt.date.today()
    if day >= dt.date(round_.year, 1, 1) or load_monitoring(repo, round_id).checks:
        return round_id
    previous = rounds_service.previous_round(repo, round_id)
    if previous is not None and load_register(repo, previous.id).agreements:
        return previous.id
    return round_id


def monitor_doc(repo: Repository, round_id: str, today: dt.date | None = None) -> MonitorDoc:
    """The Monitor for the round being worked on (see :func:`monitored_round`)."""
    round_id = monitored_round(repo, round_id, today)
    items = agreement_statuses(repo, round_id)
    groups: dict[tuple[str, str], list[AgreementStatus]] = {}
    for item in items:
        a = item.agreement
        key = (a.theme_id, a.theme_title if a.is_custom_theme() else "")
        groups.setdefault(key, []).append(item)
    periods = load_monitoring(repo, round_id).periods()
    return MonitorDoc(
        info=round_info(repo, round_id, today, personal_data=False),
        period=half_year_label(periods[-1]) if periods else "",
        themes=[
            MonitorTheme(title=theme_name(tid, title), rows=[_row(i) for i in group])
            for (tid, title), group in groups.items()
        ],
        questions=evaluation_questions(items),
    )


def monitor_pdf(repo: Repository, round_id: str, today: dt.date | None = None) -> bytes:
    return build_monitor(monitor_doc(repo, round_id, today))


def monitor_contents(repo: Repository, round_id: str) -> list[str]:
    """What the Monitor will hold, in a line or two (Documenten)."""
    followed = monitored_round(repo, round_id)
    items = agreement_statuses(repo, followed)
    if not items:
        return [_("No agreements in the register yet.")]
    behind = sum(1 for i in items if i.status in (Status.DELAYED, Status.NOT_REALISED))
    title = rounds_service.existing_round(repo, followed).display_title()
    return [
        _("The agreements of {round}.", round=title),
        _("{n} agreements, {behind} behind.", n=len(items), behind=behind),
    ]


def unmet_agreements(repo: Repository, round_id: str) -> list[AgreementStatus]:
    """A round's agreements whose newest check is not 'realised' (with their history).

    Offered as starting points for the next round's inzet.
    """
    return [i for i in agreement_statuses(repo, round_id) if i.status != Status.REALISED]
