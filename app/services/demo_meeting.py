"""The demo's meeting details (the set the documents are shown with)."""

from __future__ import annotations

import datetime as dt

from app.services.meeting import save_meeting
from app.services.position import load_position
from app.storage.repository import Repository
from models.meeting import Meeting
from models.round import Round


def fill_demo_meeting(repo: Repository, round_: Round, previous: Round | None) -> None:
    """Meeting details for the demo's newest round.

    Runs after the position filler (the meeting feature comes after the
    position in FEATURES), so speakers and questions attach to the demo's
    themes by their catalogue id.
    """
    if previous is None:
        return
    position = load_position(repo, round_.id)
    by_theme = {t.theme_id: t.id for t in position.themes}
    speakers = {
        "betaalbaarheid": "Anneke de Vries",
        "kwaliteit_duurzaamheid": "Joop Bakker",
        "beschikbaarheid": "Mehmet Yılmaz",
        "proces_samenwerking": "Anneke de Vries",
        "wonen_zorg": "Grażyna Kowalska",
    }
    questions = {
        "betaalbaarheid": "Welke huurverhoging rekent Het Anker voor 1 juli 2027?\n"
        "Hoeveel huurders kregen in 2025 een huurverlaging?",
        "beschikbaarheid": "Hoeveel sociale huurwoningen verkoopt Het Anker in 2027?",
    }
    meeting = Meeting(
        round_id=round_.id,
        date=dt.date(round_.year - 1, 9, 14),  # talks about the bid: autumn of Y-1
        time="19.30 uur",
        place="Gemeentehuis Noorderveen, zaal 2",
        participants="Anneke de Vries, voorzitter De Eendracht\n"
        "Mehmet Yılmaz, secretaris De Eendracht\n"
        "wethouder Wonen, gemeente Noorderveen\n"
        "directeur-bestuurder, Woonstichting Het Anker",
        goal="Het bod van Het Anker bespreken en onze eisen op tafel leggen.",
        speakers={by_theme[k]: v for k, v in speakers.items() if k in by_theme},
        questions={by_theme[k]: v for k, v in questions.items() if k in by_theme},
        survey_return="Bij het secretariaat, Dorpsstraat 12, Noorderveen, vóór 1 maart "
        f"{round_.year - 1}",
    )
    save_meeting(repo, meeting)
