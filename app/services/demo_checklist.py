"""Demo data for the checklist: De Eendracht's answers for 2026 and 2027.

2026 shows a tenant organisation that is often not treated as an equal
partner; 2027 shows progress (a cooperation agreement, a process plan) and
open actions for what is still missing, so the comparison between rounds and
the action list on Overzicht have something real to show. The demo is Dutch
example *data* (like a user's own notes), so it is not translated.
"""

from __future__ import annotations

import datetime as dt

from app.services.checklist import save_checklist
from app.storage.repository import Repository
from models.checklist import Action, Answer, ChecklistAnswers, ItemAnswer
from models.round import Round

J, D, N, X = Answer.YES, Answer.PARTLY, Answer.NO, Answer.NOT_APPLICABLE

_ANSWERS_2026: dict[str, Answer] = {
    "A1": J, "A2": N, "A3": D, "A4": N, "A5": D, "A6": J, "A7": X,
    "B8": J, "B9": N, "B10": D, "B11": J, "B12": N, "B13": D, "B14": N,
    "C15": N, "C16": N, "C17": D, "C18": D, "C19": N, "C20": D,
    "D21": D, "D22": N, "D23": N, "D24": J,
    "E25": D, "E26": N, "E27": D, "E28": N, "E29": X,
    "F30": J, "F31": N, "F32": N, "F33": D, "F34": J,
    "B35": D, "B36": N, "B37": N, "F38": N,
}  # fmt: skip

_ANSWERS_2027: dict[str, Answer] = {
    "A1": J, "A2": J, "A3": J, "A4": D, "A5": D, "A6": J, "A7": X,
    "B8": J, "B9": D, "B10": J, "B11": J, "B12": J, "B13": D, "B14": N,
    "C15": J, "C16": D, "C17": J, "C18": D, "C19": J, "C20": N,
    "D21": J, "D22": J, "D23": D, "D24": J,
    "E25": J, "E26": D, "E27": J, "E28": N, "E29": X,
    "F30": J, "F31": D, "F32": N, "F33": J, "F34": J,
    "B35": J, "B36": D, "B37": J, "F38": D,
}  # fmt: skip

_NOTES_2026 = {
    "A2": "Er zijn alleen mondelinge afspraken met Het Anker.",
    "B9": "Het bod kwam op 28 juni 2025, zonder concept vooraf.",
    "C19": "Alle overleggen waren op dinsdagmiddag.",
    "E28": "De gemeente deed geen enkele toezegging.",
}

_NOTES_2027 = {
    "A2": "Samenwerkingsovereenkomst getekend op 12 oktober 2025.",
    "A7": "In Noorderveen werkt alleen Het Anker; wij zijn de enige huurdersorganisatie.",
    "B14": "De begroting is 40 pagina's tabellen zonder uitleg.",
    "C20": "Bij de laatste twee overleggen was alleen een beleidsmedewerker van de gemeente.",
    "E29": "Het Anker volgt de landelijke maximale huurstijging.",
    "F32": "Het verslag over 2025 verschijnt pas in juni 2026.",
    "B36": "Het Anker stuurde onze enquête niet mee; alleen leden kregen hem.",
}

# item -> [(what, who, due, done)]. The 2027 round is worked on in 2026 (models.cycle),
# the 2026 round in 2025: action dates follow that calendar.
_ActionSpec = tuple[str, str, dt.date | None, bool]

_ACTIONS_2026: dict[str, list[_ActionSpec]] = {
    "A2": [("Samenwerkingsovereenkomst voorstellen aan Het Anker", "Anneke de Vries",
            dt.date(2025, 9, 1), True)],
    "C15": [("Vragen om een procesplan met kalender voor de ronde 2027", "Mehmet Yılmaz",
             dt.date(2025, 11, 1), True)],
    "C19": [("Vragen om overleg na 17.00 uur", "Anneke de Vries", dt.date(2025, 10, 1), True)],
}  # fmt: skip

_ACTIONS_2027: dict[str, list[_ActionSpec]] = {
    "A4": [("Budget voor een onafhankelijke adviseur opnemen in de begroting 2026",
            "Grażyna Kowalska", dt.date(2026, 1, 31), True)],
    "A5": [("Twee bestuursleden aanmelden voor de Woonbond-cursus prestatieafspraken",
            "Mehmet Yılmaz", dt.date(2026, 2, 15), True)],
    "B9": [("Vragen om het concept-bod uiterlijk 1 mei te krijgen", "Anneke de Vries",
            dt.date(2026, 3, 1), True)],
    "B13": [("Afspreken: stukken twee weken vóór elk overleg", "Mehmet Yılmaz",
             dt.date(2027, 1, 15), False)],
    "B14": [("Vragen om uitleg van de begroting in gewone taal, met de keuzes erbij",
             "Grażyna Kowalska", dt.date(2027, 2, 1), False)],
    "C16": [("Voorstel voor een onafhankelijke voorzitter voorleggen aan gemeente en Het Anker",
             "Anneke de Vries", dt.date(2027, 1, 31), False)],
    "B36": [("Het Anker vragen onze enquête mee te sturen met de jaarlijkse huurbrief",
             "Anneke de Vries", dt.date(2027, 1, 15), False)],
    "C18": [("Verslagen voortaan laten goedkeuren door alle drie de partijen",
             "Mehmet Yılmaz", None, False)],
    "C20": [("Wethouder uitnodigen voor de ondertekening in december",
             "Anneke de Vries", dt.date(2026, 12, 5), False)],
    "D23": [("Uitkomsten van de enquête samenvatten en bij de inzet voegen", "Joop Bakker",
             dt.date(2026, 3, 15), True)],
    "E26": [("Alle eisen nalopen: aantal, jaar en wie het doet", "Werkgroep inzet",
             dt.date(2026, 3, 15), True)],
    "E28": [("Lijst maken van wat wij van de gemeente vragen, zoals grond voor sociale huur",
             "Anneke de Vries", dt.date(2026, 5, 15), True)],
    "F31": [("Halfjaarlijkse monitor voorstellen, met de stand per afspraak",
             "Grażyna Kowalska", dt.date(2026, 11, 1), False)],
    "F38": [("Procesbrief en ons oordeel over het bod naar de RvC van Het Anker sturen",
             "Mehmet Yılmaz", dt.date(2026, 12, 10), False)],
    "F32": [("Volkshuisvestingsverslag 2025 van Het Anker opvragen en bespreken",
             "Mehmet Yılmaz", dt.date(2026, 7, 1), True)],
}  # fmt: skip


def _build(
    round_id: str,
    answers: dict[str, Answer],
    notes: dict[str, str],
    actions: dict[str, list[_ActionSpec]],
) -> ChecklistAnswers:
    result: dict[str, ItemAnswer] = {}
    for item_id, answer in answers.items():
        item_actions = [
            Action(
                id=f"demo-{round_id}-{item_id}-{n}",
                what=what,
                who=who,
                due=due,
                done=done,
                done_on=due if done else None,
            )
            for n, (what, who, due, done) in enumerate(actions.get(item_id, []), start=1)
        ]
        result[item_id] = ItemAnswer(
            item_id=item_id, answer=answer, note=notes.get(item_id, ""), actions=item_actions
        )
    return ChecklistAnswers(round_id=round_id, answers=result)


def fill_demo_checklist(repo: Repository, round_: Round, previous: Round | None) -> None:
    """``FILLERS`` entry: the earlier demo round gets the 2026 set, the later the 2027 set."""
    if previous is None:
        data = _build(round_.id, _ANSWERS_2026, _NOTES_2026, _ACTIONS_2026)
    else:
        data = _build(round_.id, _ANSWERS_2027, _NOTES_2027, _ACTIONS_2027)
    save_checklist(repo, data)
