"""The demo's member survey: 312 of the 1.240 members of De Eendracht answered.

February 2026 (the 2027 agreements are made in 2026, see models.cycle): paper
forms from three neighbourhoods (Bloemenbuurt, De Horst, Centrum) and an online
batch. The answers are drawn with a fixed seed, so
the demo is the same every time, and agree with the demo position: betaal-
baarheid first, then vocht en schimmel (kwaliteit en duurzaamheid), then the
waiting time (beschikbaarheid) — the board's three "moet" themes. The 2026
round gets no survey.
"""

from __future__ import annotations

import random

from app.services import survey as survey_service
from app.storage.repository import Repository
from models.round import Round
from models.survey import (
    Channel,
    Importance,
    Neighbourhood,
    Remark,
    Survey,
    SurveyContact,
    SurveyResponse,
    design_from_themes,
)

#: Members per neighbourhood (adds up to the demo's 1.240 members).
NEIGHBOURHOODS = [("Bloemenbuurt", 410), ("De Horst", 380), ("Centrum", 450)]
#: Paper forms and online answers per neighbourhood (312 in all).
PAPER = {"Bloemenbuurt": 104, "De Horst": 70, "Centrum": 62}
ONLINE = {"Bloemenbuurt": 26, "De Horst": 22, "Centrum": 28}
#: How strongly members lean to each catalogue theme (own themes: 1).
WEIGHTS = {
    "betaalbaarheid": 12.0,
    "kwaliteit_duurzaamheid": 7.0,
    "beschikbaarheid": 5.0,
    "wonen_zorg": 2.2,
    "leefbaarheid": 1.6,
    "proces_samenwerking": 0.5,
}
REMARKS = [
    ("betaalbaarheid", "Na de huurverhoging blijft er weinig over voor boodschappen."),
    ("betaalbaarheid", "De servicekosten stijgen elk jaar, dat wordt nooit uitgelegd."),
    ("kwaliteit_duurzaamheid", "Schimmel in de badkamer, al drie keer gemeld."),
    ("kwaliteit_duurzaamheid", "Mijn ramen tochten, de verwarming staat de hele winter aan."),
    ("beschikbaarheid", "Mijn dochter staat al 8 jaar ingeschreven."),
    ("wonen_zorg", "Ik wil graag kleiner wonen in mijn eigen buurt, maar er is niets."),
    ("leefbaarheid", "De speeltuin bij De Horst is al een jaar kapot."),
    ("betaalbaarheid", "Ik betaal nu bijna de helft van mijn pensioen aan huur."),
    ("kwaliteit_duurzaamheid", "Eerst isoleren, dan pas praten over meer huur."),
    ("kwaliteit_duurzaamheid", "De afzuiging in de keuken werkt al jaren niet."),
    ("beschikbaarheid", "Er worden alleen dure woningen gebouwd in Noorderveen."),
    ("beschikbaarheid", "Jongeren trekken weg omdat er niets te huur is."),
    ("wonen_zorg", "Een lift in ons portiek zou mijn leven veranderen."),
    ("leefbaarheid", "Meer licht op straat bij de flats in het Centrum."),
    ("leefbaarheid", "De buurtconciërge wordt erg gemist."),
    ("", "Goed dat jullie dit vragen!"),
    ("", "Kom eens langs in de Bloemenbuurt, dan laat ik het zien."),
    ("", "Ik wist niet dat er een huurdersvereniging was."),
]


def _design(repo: Repository, round_id: str) -> Survey:
    themes = survey_service.position_themes(repo, round_id)
    design = design_from_themes(themes).model_copy(
        update={
            "neighbourhoods": [Neighbourhood(name=n, members=m) for n, m in NEIGHBOURHOODS],
            "return_note": "in de brievenbus van ons kantoor, Dorpsstraat 12, vóór 28 februari",
        }
    )
    return Survey(round_id=round_id, design=design)


def demo_survey(repo: Repository, round_id: str) -> Survey:
    """The 2027 survey with its 312 answers and two members who want to help."""
    survey = _design(repo, round_id)
    position = survey_service.position_themes(repo, round_id)
    theme_ids = {t.id: t.theme_id for t in survey_service.load_position(repo, round_id).themes}
    keys = [key for key, _title in position]
    weights = [WEIGHTS.get(theme_ids.get(key, ""), 1.0) for key in keys]
    rng = random.Random(2027)
    responses: list[SurveyResponse] = []
    remark_index = 0
    for channel, counts in ((Channel.PAPER, PAPER), (Channel.ONLINE, ONLINE)):
        for hood, n in counts.items():
            for _ in range(n):
                top = _draw_top(rng, keys, weights, survey.design.top_size)
                importance = {
                    key: _importance(rng, weight, key in top)
                    for key, weight in zip(keys, weights, strict=True)
                }
                remarks: list[Remark] = []
                if remark_index < len(REMARKS) and rng.random() < 0.08:
                    theme_id, text = REMARKS[remark_index]
                    remark_index += 1
                    key = next((k for k in keys if theme_ids.get(k) == theme_id), "")
                    remarks.append(Remark(theme=key, text=text))
                responses.append(
                    SurveyResponse(
                        channel=channel,
                        neighbourhood=hood,
                        top=top,
                        importance={k: v for k, v in importance.items() if v},
                        remarks=remarks,
                    )
                )
    contacts = [
        SurveyContact(name="Fatma Öztürk", phone="06-23456789"),
        SurveyContact(name="Piet Jansen", email="piet.jansen@voorbeeld.example"),
    ]
    return survey.model_copy(update={"responses": responses, "contacts": contacts})


def _draw_top(rng: random.Random, keys: list[str], weights: list[float], size: int) -> list[str]:
    pool = list(zip(keys, weights, strict=True))
    chosen: list[str] = []
    for _ in range(min(size, len(pool))):
        if rng.random() < 0.04:  # some members leave a choice empty
            break
        total = sum(w for _k, w in pool)
        pick = rng.uniform(0, total)
        for index, (key, weight) in enumerate(pool):
            pick -= weight
            if pick <= 0:
                chosen.append(key)
                pool.pop(index)
                break
    return chosen


def _importance(rng: random.Random, weight: float, in_top: bool) -> Importance:
    if in_top:
        return Importance.VERY
    roll = rng.random()
    if roll < 0.05:
        return Importance.NONE
    very = min(0.2 + weight / 15, 0.9)
    if roll < very:
        return Importance.VERY
    if roll < very + 0.35:
        return Importance.IMPORTANT
    return Importance.NOT_SO if roll < 0.93 else Importance.DONT_KNOW


def fill_demo_survey(repo: Repository, round_: Round, previous: Round | None) -> None:
    """Demo filler: only the current (2027) round gets a survey."""
    if previous is None:
        return
    survey_service.save_survey(repo, demo_survey(repo, round_.id))
