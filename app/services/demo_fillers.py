"""Features that add their part of the demo data.

Each filler is ``(repo, round, previous_round_or_None) -> None`` and is
called for the demo's 2026 and 2027 rounds (previous is None for 2026).
"""

from __future__ import annotations

from collections.abc import Callable

from app.storage.repository import Repository
from models.round import Round

DemoFiller = Callable[[Repository, Round, Round | None], None]

FILLERS: list[DemoFiller] = []


def _fill_checklist(repo: Repository, round_: Round, previous: Round | None) -> None:
    from app.services.demo_checklist import fill_demo_checklist

    fill_demo_checklist(repo, round_, previous)


FILLERS.append(_fill_checklist)


def _fill_position(repo: Repository, round_: Round, previous: Round | None) -> None:
    from app.services.demo_position import fill_demo_position

    fill_demo_position(repo, round_, previous)


FILLERS.append(_fill_position)


def _fill_meeting(repo: Repository, round_: Round, previous: Round | None) -> None:
    from app.services.documents import fill_demo_meeting  # late: after the position filler

    fill_demo_meeting(repo, round_, previous)


FILLERS.append(_fill_meeting)
