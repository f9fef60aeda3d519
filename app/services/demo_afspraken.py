"""Demo data of the afspraken feature: eight agreements for 2027, signed with a
reservation by the tenants (on rents), and three agreements of 2026.

The 2027 agreements come from the demo position's demands where there is
one (so "made from a demand" shows); the signing is on 30 November 2026.
Never overwrites a register that already holds agreements.
"""

from __future__ import annotations

import datetime as dt

from app.services.negotiation_records import load_inzet, load_register, save_register
from app.storage.repository import Repository
from models.agreements import (
    Agreement,
    AgreementsRegister,
    Party,
    Responsible,
    Signature,
    SignStatus,
)
from models.position import Position
from models.round import Round

SIGNED_ON = dt.date(2026, 11, 30)

RESERVATION = (
    "Wij tekenen met een voorbehoud op de huren. De huur stijgt in 2027 met de "
    "CAO-loonstijging; wij vroegen CAO min 0,5 procentpunt, zoals in de Nationale "
    "prestatieafspraken van 2022 stond (die afspraak gold drie jaar)."
)
DISSENT = (
    "De Eendracht steunt de afspraken over nieuwbouw, verduurzaming en leefbaarheid. "
    "Wij steunen de afspraak over de huurstijging niet: voor een op de vier huurders is de "
    "woonlast nu al te hoog. Wij vragen de raad van commissarissen hierop te letten."
)


def _source(position: Position, theme_id: str, index: int) -> dict[str, str]:
    for theme in position.themes:
        if theme.theme_id == theme_id and index < len(theme.demands):
            return {
                "source_theme_position_id": theme.id,
                "source_demand_id": theme.demands[index].id,
            }
    return {}


def agreements_2027(position: Position) -> list[Agreement]:
    def make(theme_id: str, index: int | None, **fields: object) -> Agreement:
        source = _source(position, theme_id, index) if index is not None else {}
        return Agreement.model_validate({"theme_id": theme_id, **source, **fields})

    return [
        make(
            "betaalbaarheid",
            0,
            what="De gemiddelde huurverhoging per 1 juli 2027 is niet hoger dan de CAO-lonen.",
            indicator="Gemiddelde huurverhoging (huursomstijging)",
            target="niet hoger dan de CAO-loonstijging",
            target_value=4.1,
            unit="%",
            years=[2027],
        ),
        make(
            "betaalbaarheid",
            1,
            what="Vrijgekomen woningen worden passend toegewezen.",
            indicator="Percentage passend toegewezen woningen",
            target="minstens 95%",
            target_value=95,
            unit="%",
            years=[2027, 2028],
        ),
        make(
            "kwaliteit_duurzaamheid",
            0,
            what="Alle woningen met energielabel E, F of G zijn verbeterd.",
            indicator="Aantal woningen met label E, F of G",
            target="alle 340 woningen verbeterd vóór eind 2028",
            target_value=340,
            unit="woningen",
            years=[2027, 2028],
        ),
        make(
            "beschikbaarheid",
            0,
            what="Het Anker levert nieuwe sociale huurwoningen op in Noorderveen.",
            indicator="Aantal opgeleverde sociale huurwoningen",
            target="100 woningen in 2027",
            target_value=100,
            unit="woningen",
            years=[2027],
        ),
        make(
            "beschikbaarheid",
            None,
            what="De gemeente wijst twee extra bouwlocaties aan voor sociale huur.",
            indicator="Aantal aangewezen locaties",
            target="2 locaties vóór 1 juli 2027",
            target_value=2,
            years=[2027],
            responsible=Responsible.MUNICIPALITY,
        ),
        make(
            "proces_samenwerking",
            0,
            what="De stukken voor elk overleg komen twee weken vooraf.",
            indicator="Termijn voor de stukken",
            target="minstens 2 weken voor elk overleg",
            years=[2027],
            responsible=Responsible.TOGETHER,
        ),
        make(
            "proces_samenwerking",
            1,
            what="Het Anker betaalt een onafhankelijk adviseur voor De Eendracht.",
            indicator="Budget voor advies",
            target="€ 5.000",
            target_value=5000,
            unit="euro",
            years=[2027],
        ),
        make(
            "leefbaarheid",
            0,
            what="Geld voor leefbaarheid in de Bloemenbuurt en De Horst.",
            indicator="Bedrag per woning",
            target="€ 150 per woning",
            target_value=150,
            unit="euro",
            years=[2027],
        ),
    ]


def register_2027(round_id: str, position: Position) -> AgreementsRegister:
    return AgreementsRegister(
        round_id=round_id,
        agreements=agreements_2027(position),
        signatures=[
            Signature(
                party=Party.TENANTS,
                status=SignStatus.RESERVATION,
                date=SIGNED_ON,
                reason=RESERVATION,
            ),
            Signature(party=Party.CORPORATION, status=SignStatus.SIGNED, date=SIGNED_ON),
            Signature(party=Party.MUNICIPALITY, status=SignStatus.SIGNED, date=SIGNED_ON),
        ],
        dissent=DISSENT,
    )


def register_2026(round_id: str) -> AgreementsRegister:
    """Last year's register: three agreements, signed by all, to compare with."""
    day = dt.date(2025, 12, 12)
    return AgreementsRegister(
        round_id=round_id,
        agreements=[
            Agreement(
                theme_id="beschikbaarheid",
                what="Het Anker levert 90 nieuwe sociale huurwoningen op.",
                target="90 woningen",
                target_value=90,
                unit="woningen",
                years=[2026],
            ),
            Agreement(
                theme_id="kwaliteit_duurzaamheid",
                what="150 woningen met label E, F of G worden verbeterd.",
                target="150 woningen",
                target_value=150,
                unit="woningen",
                years=[2026],
            ),
            Agreement(
                theme_id="betaalbaarheid",
                what="De huurverhoging volgt de wettelijke maximale huursomstijging.",
                target="maximaal 5,8%",
                target_value=5.8,
                unit="%",
                years=[2026],
            ),
        ],
        signatures=[
            Signature(party=party, status=SignStatus.SIGNED, date=day)
            for party in (Party.TENANTS, Party.CORPORATION, Party.MUNICIPALITY)
        ],
    )


def fill_demo_afspraken(repo: Repository, round_: Round, previous: Round | None) -> None:
    """The demo filler: 2027 gets the full register, earlier rounds a short one."""
    if load_register(repo, round_.id).agreements:
        return
    if round_.year >= 2027:
        save_register(repo, register_2027(round_.id, load_inzet(repo, round_.id)))
    else:
        save_register(repo, register_2026(round_.id))
