"""Demo data of the bod feature: Het Anker's bod for 2027 and the talks about it.

The bod arrived on 24 June 2026 (in time: vóór 1 juli), two meetings are
logged (September and October 2026) and every demand of the demo position
has a status. Figures are illustrations, not norms. Never overwrites a bod
that was already entered.
"""

from __future__ import annotations

import datetime as dt

from app.services.negotiation_records import load_bod, load_inzet, save_bod
from app.storage.repository import Repository
from models.bod import Bod, BodFigure, DocumentKey, FigureValue, ReactionStatus, ThemeBod
from models.overleg import DemandStatus, DemandTrack, MeetingLog, StatusChange
from models.position import Position
from models.round import Round

RECEIVED = dt.date(2026, 6, 24)
SUBMITTED = dt.date(2026, 7, 1)
FIRST_MEETING = dt.date(2026, 9, 9)
SECOND_MEETING = dt.date(2026, 10, 14)

#: Per theme: the last status (with its note) of each demand, in demand order.
_OUTCOMES: dict[str, list[tuple[DemandStatus, str]]] = {
    "betaalbaarheid": [
        (DemandStatus.PARTLY_AGREED, "Huurstijging gelijk aan de CAO-loonstijging, niet eronder."),
        (DemandStatus.AGREED, ""),
    ],
    "kwaliteit_duurzaamheid": [
        (DemandStatus.AGREED, ""),
        (DemandStatus.DISCUSSING, "Het Anker wil eerst de kosten per woning weten."),
    ],
    "beschikbaarheid": [
        (DemandStatus.PARTLY_AGREED, "100 woningen in 2027 in plaats van 120."),
        (DemandStatus.REJECTED, "Het Anker verkoopt 20 woningen per jaar om nieuwbouw te betalen."),
    ],
    "proces_samenwerking": [(DemandStatus.AGREED, ""), (DemandStatus.AGREED, "")],
    "wonen_zorg": [
        (DemandStatus.DISCUSSING, ""),
        (DemandStatus.DISCUSSING, "Gemeente komt met een voorstel."),
    ],
    "leefbaarheid": [(DemandStatus.AGREED, "")],
    "eigen": [(DemandStatus.WITHDRAWN, "Dit bespreken we in het overleg over servicekosten.")],
}


def _figures(figure: BodFigure, values: dict[int, float]) -> list[FigureValue]:
    return [FigureValue(year=year, figure=figure, value=value) for year, value in values.items()]


def _themes() -> list[ThemeBod]:
    return [
        ThemeBod(
            theme_id="betaalbaarheid",
            text=(
                "Het Anker verhoogt de huren de komende jaren met de maximale huursomstijging "
                "die de wet toestaat. Passend toewijzen blijft minstens 95%."
            ),
            figures=_figures(BodFigure.RENT, {2027: 4.1, 2028: 3.8, 2029: 3.5}),
            demand_value=3.6,
            red_line_value=4.1,
            last_agreement_value=5.8,
            reaction=ReactionStatus.PARTLY,
            agree="Passend toewijzen van minstens 95% van de vrijgekomen woningen.",
            miss=(
                "Een huurstijging onder de CAO-loonstijging, zoals de Nationale "
                "prestatieafspraken van 2022 vroegen."
            ),
            questions=(
                "Hoeveel ruimte laat de begroting als de huur 0,5 procentpunt minder stijgt?\n"
                "Hoeveel huurders kregen in 2026 een huurverlaging?"
            ),
            internal_note="Anneke: niet verder toegeven dan de CAO-loonstijging.",
        ),
        ThemeBod(
            theme_id="kwaliteit_duurzaamheid",
            text="Het Anker verbetert 120 woningen in 2027 en 150 in 2028 naar minstens label B.",
            figures=_figures(BodFigure.IMPROVED, {2027: 120, 2028: 150}),
            demand_value=170,
            red_line_value=120,
            reaction=ReactionStatus.PARTLY,
            agree="Het tempo van de verbetering van de slechtste woningen.",
            miss="Een belofte dat de huur na isolatie niet omhoog gaat.",
            questions="Welke complexen komen in 2027 aan de beurt?",
        ),
        ThemeBod(
            theme_id="beschikbaarheid",
            text=(
                "Het Anker bouwt 70 sociale huurwoningen in 2027, oplopend naar 120 in 2030. "
                "Om dat te betalen verkoopt Het Anker 25 woningen per jaar."
            ),
            figures=[
                *_figures(
                    BodFigure.NEW_SOCIAL, {2027: 70, 2028: 90, 2029: 110, 2030: 120, 2031: 120}
                ),
                *_figures(BodFigure.SALES, {2027: 25, 2028: 25, 2029: 20}),
            ],
            key_figure=BodFigure.NEW_SOCIAL,
            demand_value=120,
            red_line_value=80,
            woonvisie_value=110,
            last_agreement_value=90,
            reaction=ReactionStatus.DISAGREE,
            miss="Genoeg nieuwe sociale huurwoningen nu de wachttijd 7,5 jaar is.",
            questions="Kan de verkoop omlaag als de gemeente grond goedkoper uitgeeft?",
            internal_note="Joop belt vooraf met de wethouder over de bouwlocaties.",
        ),
        ThemeBod(
            theme_id="leefbaarheid",
            text="Het Anker geeft € 125 per woning uit aan leefbaarheid in de Bloemenbuurt.",
            figures=_figures(BodFigure.LEEFBAARHEID, {2027: 125, 2028: 125}),
            demand_value=150,
            red_line_value=125,
            reaction=ReactionStatus.PARTLY,
            agree="Dat de Bloemenbuurt voorrang krijgt.",
            miss="Geld voor De Horst.",
        ),
        ThemeBod(
            theme_id="proces_samenwerking",
            text="Het Anker stuurt de stukken twee weken voor elk overleg.",
            reaction=ReactionStatus.AGREE,
            agree="Stukken twee weken vooraf.",
        ),
    ]


def _tracks(position: Position) -> list[DemandTrack]:
    tracks = []
    for theme in position.themes:
        outcomes = _OUTCOMES.get(theme.theme_id, [])
        for demand, (status, note) in zip(theme.demands, outcomes, strict=False):
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
