"""Starting a round: create it and let every feature copy last round's work into it.

Sits above ``app.services.rounds`` (which knows no features) so the round
list and the feature services do not import each other in a circle.
"""

from __future__ import annotations

from app.features import FEATURES
from app.services.rounds import create_round
from app.storage.repository import Repository
from models.round import Round


def copy_previous_work(repo: Repository, from_round_id: str, to_round_id: str) -> None:
    """Each feature's ``copy_into_new_round``, in FEATURES order (each never overwrites)."""
    for feature in FEATURES:
        if feature.copy_into_new_round is not None:
            feature.copy_into_new_round(repo, from_round_id, to_round_id)


def start_round(
    repo: Repository,
    year: int,
    municipalities: list[str],
    housing_associations: list[str],
    title: str = "",
    copy_from: str | None = None,
) -> Round:
    """Create a round in its first phase (what the volunteer does from the
    screens); with ``copy_from`` the features copy that round's work."""
    new = create_round(repo, year, municipalities, housing_associations, title)
    if copy_from:
        copy_previous_work(repo, copy_from, new.id)
    return new
