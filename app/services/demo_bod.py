"""Demo data of the bod feature: Het Anker's bod for 2027 and the talks about it.

The bod arrived on 24 June 2026 (in time: vóór 1 juli), two meetings are
logged (September and October 2026) and every demand of the demo position
has a status. Figures are illustrations, not norms. The bod's themes and the
outcome per demand are content (``assets/content/demo_bod.json``), validated
with the models when loaded. Never overwrites a bod that was already entered.
"""

from __future__ import annotations

import datetime as dt

from app.content import load_json
from app.services.negotiation_records import load_bod, load_inzet, save_bod
from app.storage.repository import Repository
from models.bod import Bod, BodFigure, DocumentKey, FigureValue, ThemeBod
from models.overleg import DemandStatus, DemandTrack, MeetingLog, StatusChange
from models.position import Position
from models.round import Round

RECEIVED = dt.date(2026, 6, 24)
SUBMITTED = dt.date(2026, 7, 1)
FIRST_MEETING = dt.date(2026, 9, 9)
SECOND_MEETING = dt.date(2026, 10, 14)

#: The bod's themes (with figures per year) and, per theme, the last status
#: (with its note) of each demand in demand order (Dutch, as a real bod).
CONTENT = "demo_bod"


def _themes() -> list[ThemeBod]:
    """The bod per theme; ``figures`` is written as ``{figure: {year: value}}``."""
    themes = []
    for fields in load_json(CONTENT)["themes"]:
        figures = [
            FigureValue(year=int(year), figure=BodFigure(figure), value=value)
            for figure, values in fields.get("figures", {}).items()
            for year, value in values.items()
        ]
        themes.append(ThemeBod.model_validate({**fields, "figures": figures}))
    return themes


def _outcomes(theme_id: str) -> list[tuple[DemandStatus, str]]:
    return [(DemandStatus(s), note) for s, note in load_json(CONTENT)["outcomes"].get(theme_id, [])]


def _tracks(position: Position) -> list[DemandTrack]:
    tracks = []
    for theme in position.themes:
        for demand, (status, note) in zip(theme.demands, _outcomes(theme.theme_id), strict=False):
            history = [StatusChange(status=DemandStatus.SUBMITTED, date=SUBMITTED)]
            history.append(StatusChange(status=DemandStatus.DISCUSSING, date=FIRST_MEETING))
            if status != DemandStatus.DISCUSSING:
                history.append(StatusChange(status=status, date=SECOND_MEETING, note=note))
            elif note:
                history[-1] = history[-1].model_copy(update={"note": note})
            tracks.append(
                DemandTrack(demand_id=demand.id, theme_position_id=theme.id, history=history)
            )
    return tracks


def _meetings(position: Position) -> list[MeetingLog]:
    ids = {t.theme_id: t.id for t in position.themes}
    people = (
        "Anneke de Vries (De Eendracht)\nMehmet Yılmaz (De Eendracht)\n"
        "Petra Jansen (Het Anker)\nwethouder Ruud de Boer (gemeente Noorderveen)"
    )
    first = {
        "betaalbaarheid": "Het Anker houdt vast aan de maximale huurstijging.",
        "beschikbaarheid": "Gemeente zoekt twee extra bouwlocaties.",
    }
    second = {
        "betaalbaarheid": "Afspraak: huurstijging gelijk aan de CAO-loonstijging.",
        "beschikbaarheid": "Afspraak: 100 nieuwe sociale huurwoningen in 2027.",
        "kwaliteit_duurzaamheid": "Alle E-, F- en G-woningen vóór eind 2028 verbeterd.",
    }
    return [
        MeetingLog(
            date=FIRST_MEETING,
            attendees=people,
            theme_notes={ids[k]: v for k, v in first.items() if k in ids},
            general="Eerste overleg over het bod. Wij hebben onze inzet toegelicht.",
            next_steps="Het Anker rekent de huurvoorstellen door.",
        ),
        MeetingLog(
            date=SECOND_MEETING,
            attendees=people + "\nJoop Bakker (De Eendracht)",
            theme_notes={ids[k]: v for k, v in second.items() if k in ids},
            general="Tweede overleg: de meeste afspraken staan.",
            next_steps="Concept-afspraken komen vóór 15 november.",
        ),
    ]


def demo_bod(round_id: str, year: int, position: Position) -> Bod:
    bod = Bod(
        round_id=round_id,
        first_year=year,
        corporation="Woonstichting Het Anker",
        received_on=RECEIVED,
        summary="Het bod van Het Anker voor 2027–2031, met nieuwbouw, verkoop en huurbeleid.",
        themes=_themes(),
        meetings=_meetings(position),
        demand_tracks=_tracks(position),
    )
    missing = {DocumentKey.PRIORITIES: "Gevraagd op 1 juli 2026.", DocumentKey.DVI: ""}
    documents = [
        d.model_copy(update={"received": d.key not in missing, "note": missing.get(d.key, "")})
        for d in bod.documents
    ]
    return bod.model_copy(update={"documents": documents})


def fill_demo_bod(repo: Repository, round_: Round, previous: Round | None) -> None:
    """The demo filler: only the current (2027) round gets a bod and talks."""
    if round_.year < 2027 or load_bod(repo, round_.id).is_entered():
        return
    save_bod(repo, demo_bod(round_.id, round_.year, load_inzet(repo, round_.id)))
