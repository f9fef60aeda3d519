"""The demo organisation's position: a realistic, fully filled inzet for 2027.

Huurdersvereniging De Eendracht (Noorderveen) prepares its talks with
Woonstichting Het Anker. The 2026 round gets a shorter position so that
"copy from last round" and comparisons have something to show. Figures are
illustrations, not norms (domain.md section 3). All demands pass the SMART
check (a unit test guards that).
"""

from __future__ import annotations

import datetime as dt

from app.services.position import load_position, save_position
from app.storage.repository import Repository
from models.position import Demand, Position, Priority, ThemePosition
from models.round import Round
from models.themes import CUSTOM_THEME_ID


def _theme(theme_id: str, priority: Priority, demands: list[Demand], **texts: str) -> ThemePosition:
    return ThemePosition(theme_id=theme_id, priority=priority, demands=demands, **texts)


def position_2027(round_id: str) -> Position:
    """The full demo position; order inside each priority is the board's choice.

    Written in the first half of 2026, as the cycle has it (models.cycle): the
    agreements for 2027 are made in 2026, so facts are from 2025 and the
    member consultation and adoption are dated early 2026.
    """
    themes = [
        _theme(
            "betaalbaarheid",
            Priority.MUST,
            [
                Demand(
                    what="De huursomstijging blijft onder de CAO-loonstijging.",
                    amount="maximaal CAO min 0,5 procentpunt",
                    deadline="huurronde 1 juli 2027",
                    responsible="Woonstichting Het Anker",
                ),
                Demand(
                    what="Huishoudens met een inkomen onder de huurtoeslaggrens krijgen een "
                    "woning met een huur onder de aftoppingsgrens (passend toewijzen).",
                    amount="minstens 95% van deze huishoudens",
                    deadline="elk jaar, eerste meting eind 2027",
                    responsible="Woonstichting Het Anker",
                ),
            ],
            situation=(
                "In 2025 ging de huur gemiddeld 5,8% omhoog, terwijl de CAO-lonen met 4,1% "
                "stegen. 1 op de 4 huurders van Het Anker geeft meer dan 35% van het inkomen "
                "uit aan huur en energie. Er waren 212 huurachterstanden en 6 huisuitzettingen."
            ),
            situation_source="Jaarverslag Het Anker 2025, blz. 14; Nibud-cijfers gemeente 2025",
            wishes=(
                "Huurders willen dat de huur niet harder stijgt dan hun inkomen, en dat mensen "
                "met een laag inkomen een woning krijgen die ze kunnen betalen."
            ),
            arguments=(
                "De Nationale prestatieafspraken van 2022, ook getekend door de Woonbond, "
                "noemden CAO min 0,5 procentpunt; die afspraak gold drie jaar. Wij vragen "
                "Het Anker die lijn vast te houden. "
                "Het Anker heeft volgens de eigen begroting genoeg ruimte: de huur hoeft niet "
                "maximaal omhoog om de nieuwbouw te betalen."
            ),
            red_line=("Wij tekenen niet als de huur in 2027 meer stijgt dan de CAO-loonstijging."),
            member_input=(
                "ALV 12 maart 2026: 64 leden aanwezig, betaalbaarheid unaniem op 1. "
                "Enquête februari 2026: 71% noemt de huur 'te hoog' (312 reacties)."
            ),
        ),
        _theme(
            "kwaliteit_duurzaamheid",
            Priority.MUST,
            [
                Demand(
                    what="Alle woningen met energielabel E, F of G worden verbeterd.",
                    amount="alle 340 woningen",
                    deadline="eind 2028",
                    responsible="Woonstichting Het Anker",
                ),
                Demand(
                    what="Na isolatie gaat de huur niet omhoog.",
                    amount="geen huurverhoging voor 150 woningen in de Bloemenbuurt",
                    deadline="2027",
                    responsible="Woonstichting Het Anker",
                ),
            ],
            situation=(
                "Het Anker heeft nog 340 woningen met label E, F of G, vooral in de "
                "Bloemenbuurt. In 2025 kwamen 87 meldingen van vocht en schimmel binnen."
            ),
            situation_source="Jaarverslag Het Anker 2025, bijlage 3",
            wishes=(
                "Een droge, warme woning en een lagere energierekening, zonder dat de huur "
                "daardoor omhoog gaat."
            ),
            arguments=(
                "In de Nationale prestatieafspraken van 2022 staat dat er in 2028 geen E-, F- en "
                "G-labels meer zijn. "
                "Vocht en schimmel maken mensen ziek."
            ),
            red_line="Geen huurverhoging na isolatie of na het oplossen van vocht en schimmel.",
            member_input=(
                "Bewonersavond Bloemenbuurt 4 februari 2026 (38 bewoners). "
                "Meldingen bij ons spreekuur: 23 over schimmel."
            ),
        ),
        _theme(
            "beschikbaarheid",
            Priority.MUST,
            [
                Demand(
                    what="Nieuwe sociale huurwoningen opleveren in Noorderveen.",
                    amount="120 woningen",
                    deadline="31-12-2027",
                    responsible="Woonstichting Het Anker",
                ),
                Demand(
                    what="Geen verkoop van sociale huurwoningen zolang de wachttijd hoog is.",
                    amount="0 woningen verkopen zolang de wachttijd boven 5 jaar ligt",
                    deadline="2027 en 2028",
                    responsible="Woonstichting Het Anker",
                ),
            ],
            situation=(
                "De gemiddelde wachttijd in Noorderveen is 7,5 jaar. Het Anker verkocht in "
                "2025 32 woningen en bouwde er 45."
            ),
            situation_source="Woonruimteverdeling Noorderveen, jaarcijfers 2025",
            wishes="Jongeren en gezinnen moeten binnen redelijke tijd een huis kunnen vinden.",
            arguments=(
                "De voorraad krimpt door verkoop. De woonvisie van Noorderveen vraagt 100 "
                "sociale woningen per jaar."
            ),
            red_line="Niet minder dan 80 nieuwe sociale huurwoningen in 2027.",
            member_input="Enquête februari 2026: 54% heeft kinderen die geen woning vinden.",
        ),
        _theme(
            "proces_samenwerking",
            Priority.SHOULD,
            [
                Demand(
                    what="Stukken voor het overleg komen op tijd.",
                    amount="minstens 2 weken voor elk overleg",
                    deadline="vanaf 1 januari 2027",
                    responsible="Woonstichting Het Anker en gemeente Noorderveen",
                ),
                Demand(
                    what="Budget voor een onafhankelijk adviseur.",
                    amount="€ 5.000",
                    deadline="2027",
                    responsible="Woonstichting Het Anker",
                ),
            ],
            situation=(
                "In 2025 kregen we het bod pas op 28 juni en de stukken vaak 2 dagen van tevoren."
            ),
            situation_source="Eigen notulen 2025",
            wishes="Gelijkwaardig aan tafel zitten, met genoeg tijd om de achterban te vragen.",
            arguments="Overlegwet art. 7: de verhuurder vergoedt de kosten van een deskundige.",
            red_line="Wij tekenen niets dat we minder dan een week vooraf hebben gekregen.",
            member_input="Bestuursvergadering 20 januari 2026.",
        ),
        _theme(
            "wonen_zorg",
            Priority.SHOULD,
            [
                Demand(
                    what="Meer woningen geschikt maken voor ouderen.",
                    amount="60 woningen met traplift of op de begane grond",
                    deadline="eind 2027",
                    responsible="Woonstichting Het Anker",
                ),
                Demand(
                    what="Begeleiding voor nieuwe bewoners uit beschermd wonen.",
                    amount="100% van de nieuwe bewoners uit beschermd wonen",
                    deadline="eerste jaar na verhuizing, vanaf 2027",
                    responsible="gemeente Noorderveen",
                ),
            ],
            situation="30% van onze leden is ouder dan 70. Er zijn 410 ouderengeschikte woningen.",
            situation_source="Ledenadministratie De Eendracht, januari 2026",
            wishes="Ouderen kunnen in hun eigen buurt blijven wonen.",
            arguments="Vergrijzing: in 2035 is 1 op de 3 inwoners van Noorderveen 65+.",
            red_line="Geen ouderenwoningen verkopen.",
            member_input="Ouderenmiddag 8 maart 2026 (45 deelnemers).",
        ),
        _theme(
            "leefbaarheid",
            Priority.COULD,
            [
                Demand(
                    what="Geld voor leefbaarheid in de Bloemenbuurt en De Horst.",
                    amount="€ 150 per woning",
                    deadline="2027",
                    responsible="Woonstichting Het Anker",
                )
            ],
            situation="In 2025 waren er 64 overlastmeldingen, de helft in 2 complexen.",
            situation_source="Overzicht meldingen Het Anker 2025",
            wishes="Schone portieken en een buurtbeheerder die je kent.",
            arguments=(
                "Sinds 2022 is er geen maximumbedrag meer voor leefbaarheid. Het Anker kan dit "
                "dus in het bod opnemen; wij vragen een vast bedrag per woning."
            ),
            red_line="Het bedrag voor leefbaarheid gaat niet omlaag.",
            member_input="Bewonerscommissies Bloemenbuurt en De Horst, januari 2026.",
        ),
        _theme(
            CUSTOM_THEME_ID,
            Priority.COULD,
            [
                Demand(
                    what="Servicekosten elk jaar vóór 1 juli uitgelegd en afgerekend.",
                    amount="alle huurders met servicekosten",
                    deadline="1 juli 2027",
                    responsible="Woonstichting Het Anker",
                )
            ],
            title="Servicekosten",
            situation="In 2025 kwamen de afrekeningen pas in oktober; 41 huurders klaagden.",
            situation_source="Spreekuur De Eendracht 2025",
            wishes="Op tijd en begrijpelijk weten wat je betaalt.",
            arguments="Huurders hebben instemmingsrecht op het beleid voor servicekosten.",
            red_line="Geen nieuwe servicekosten zonder onze instemming.",
            member_input="Spreekuur en ALV 12 maart 2026.",
        ),
    ]
    return Position(
        round_id=round_id,
        themes=themes,
        member_summary=(
            "In februari 2026 vulden 312 leden onze enquête in; op de ALV van 12 maart 2026 "
            "waren 64 leden. Betaalbaarheid staat voor bijna iedereen op 1, daarna vocht en "
            "schimmel en de lange wachttijd voor kinderen en kleinkinderen."
        ),
        adopted_on=dt.date(2026, 3, 19),
    )


def position_2026(round_id: str) -> Position:
    """A shorter, earlier position (3 themes), as a volunteer might have left it."""
    full = position_2027(round_id)
    keep = {"betaalbaarheid", "kwaliteit_duurzaamheid", "beschikbaarheid"}
    themes = []
    for item in full.themes:
        if item.theme_id in keep:
            first = item.demands[0]
            themes.append(
                item.model_copy(
                    update={
                        "demands": [
                            first.model_copy(
                                update={"deadline": first.deadline.replace("2027", "2026")}
                            )
                        ],
                        "member_input": "ALV maart 2025.",
                    }
                )
            )
    return Position(round_id=round_id, themes=themes)


def fill_demo_position(repo: Repository, round_: Round, previous: Round | None) -> None:
    """The ``FILLERS`` entry: 2027 gets the full position, earlier rounds a shorter one.

    Never overwrites a position that already has themes.
    """
    if load_position(repo, round_.id).themes:
        return
    make = position_2027 if round_.year >= 2027 else position_2026
    save_position(repo, make(round_.id))
