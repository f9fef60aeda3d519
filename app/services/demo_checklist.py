"""Demo data for the checklist: De Eendracht's answers for 2026 and 2027.

2026 shows a tenant organisation that is often not treated as an equal
partner; 2027 shows progress (a cooperation agreement, a process plan) and
open actions for what is still missing, so the comparison between rounds and
the action list on Overzicht have something real to show. The demo is Dutch
example *data* (like a user's own notes), so it is not translated; it lives in
``assets/content/demo_checklist.json``.
"""

from __future__ import annotations

from app.content import load_json
from app.services.checklist import save_checklist
from app.storage.repository import Repository
from models.checklist import Action, Answer, ChecklistAnswers, ItemAnswer
from models.round import Round

#: Per round year: the answers, notes and actions (Dutch example data).
CONTENT = "demo_checklist"


def demo_checklist(round_id: str, year: str) -> ChecklistAnswers:
    """The demo answers of ``year`` ("2026" or "2027"), validated with the models.

    Action ids are fixed (``demo-<round>-<item>-<n>``) and a done action is
    done on its due date, so the demo is the same every time.
    """
    content = load_json(CONTENT)[year]
    answers: dict[str, ItemAnswer] = {}
    for item_id, answer in content["answers"].items():
        actions = [
            Action.model_validate(
                {
                    **fields,
                    "id": f"demo-{round_id}-{item_id}-{n}",
                    "done_on": fields["due"] if fields["done"] else None,
                }
            )
            for n, fields in enumerate(content["actions"].get(item_id, []), start=1)
        ]
        answers[item_id] = ItemAnswer(
            item_id=item_id,
            answer=Answer(answer),
            note=content["notes"].get(item_id, ""),
            actions=actions,
        )
    return ChecklistAnswers(round_id=round_id, answers=answers)


def fill_demo_checklist(repo: Repository, round_: Round, previous: Round | None) -> None:
    """The demo filler: the earlier demo round gets the 2026 set, the later the 2027 set.

    The 2027 round is worked on in 2026 (models.cycle), the 2026 round in 2025:
    the action dates in the content follow that calendar.
    """
    save_checklist(repo, demo_checklist(round_.id, "2026" if previous is None else "2027"))
