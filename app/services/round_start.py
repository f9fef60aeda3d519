"""Copying a feature's work from the previous round into a new one.

Each feature that keeps per-round documents adds a copier here:
``(repo, from_round_id, to_round_id) -> None``.
"""

from __future__ import annotations

from collections.abc import Callable

from app.storage.repository import Repository

RoundCopier = Callable[[Repository, str, str], None]

ROUND_COPIERS: list[RoundCopier] = []


def _copy_checklist(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    from app.services.checklist import copy_from_previous  # late: checklist imports rounds

    copy_from_previous(repo, from_round_id, to_round_id)


ROUND_COPIERS.append(_copy_checklist)


def _copy_position(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    from app.services.position import copy_from_previous as copy_position  # late import

    copy_position(repo, from_round_id, to_round_id)


ROUND_COPIERS.append(_copy_position)


def copy_previous_work(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    for copier in ROUND_COPIERS:
        copier(repo, from_round_id, to_round_id)
