"""Use cases of the afspraken feature: the agreements register and its signing.

One round record of kind ``"afspraken"``
(:class:`models.agreements.AgreementsRegister`). Agreements are made by
hand or from a demand of the inzet in one step; each of the three parties
signs, signs with a reservation or does not sign, and the tenants may add
their minderheidsstandpunt. Bad input raises
:class:`models.base.InvalidInput` before anything is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.i18n import get_language, read_number
from app.services import rounds as rounds_service
from app.services.negotiation_records import (
    REGISTER_KIND,
    REGISTER_STORE,
    change_register,
    load_bod,
    load_inzet,
    load_register,
    save_inzet,
    theme_name,
)
from app.services.record_store import check_changes, check_length, found
from app.storage.repository import Repository
from models.agreements import (
    Agreement,
    AgreementsRegister,
    Party,
    Responsible,
    Signature,
    SignStatus,
    add_agreement,
    agreement_from_demand,
    check_years,
    remove_agreement,
    replace_agreement,
    sign,
    unmet_as_starting_points,
)
from models.base import MAX_LINE, InvalidInput, with_changes
from models.bod import bod_period
from models.monitoring import Monitoring
from models.numbers import only_number_in
from models.overleg import DemandStatus, track_for
from models.position import Demand, ThemePosition, ordered_themes
from models.text import N_
from models.themes import CUSTOM_THEME_ID

KIND = REGISTER_KIND
STORE = REGISTER_STORE

AGREEMENT_FIELDS = frozenset(
    {
        "theme_id",
        "theme_title",
        "what",
        "indicator",
        "target",
        "target_value",
        "unit",
        "years",
        "responsible",
        "note",
    }
)
#: Fields that are one line (the rest may be as long as any text).
_LIMITS = {"theme_title": MAX_LINE, "unit": MAX_LINE}

__all__ = [
    "KIND",
    "DemandChoice",
    "add_new_agreement",
    "add_to_inzet",
    "demand_choices",
    "from_demand",
    "load_register",
    "period",
    "previous_agreements",
    "remove",
    "set_dissent",
    "set_signature",
    "set_target_text",
    "update_agreement",
]


def _check(changes: dict[str, Any]) -> None:
    check_changes(changes, AGREEMENT_FIELDS, _LIMITS)


def period(repo: Repository, round_id: str) -> tuple[int, int]:
    """The years agreements of this round may be for: the round year and four after it."""
    round_ = rounds_service.get_round(repo, round_id)
    year = round_.year if round_ is not None else int(round_id[:4])
    return bod_period(year)


def _checked_years(repo: Repository, round_id: str, years: list[int]) -> list[int]:
    return check_years(years, *period(repo, round_id))


def add_new_agreement(
    repo: Repository, round_id: str, theme_id: str, theme_title: str = "", **fields: Any
) -> Agreement:
    """Add an agreement by hand (theme first; the rest can be filled in after)."""
    _check({"theme_title": theme_title, **fields})
    if theme_id == CUSTOM_THEME_ID and not theme_title.strip():
        raise InvalidInput(N_("Give your own theme a name."))
    years = _checked_years(repo, round_id, list(fields.pop("years", [])))
    item = Agreement.model_validate(
        {"theme_id": theme_id, "theme_title": theme_title, "years": years, **fields}
    )
    change_register(repo, round_id, lambda register: add_agreement(register, item))
    return item


def update_agreement(
    repo: Repository, round_id: str, agreement_id: str, **changes: Any
) -> AgreementsRegister:
    """Change fields of an agreement; ``years`` must lie in the round's period."""
    _check(changes)
    if "years" in changes:
        changes["years"] = _checked_years(repo, round_id, list(changes["years"]))

    def edit(register: AgreementsRegister) -> AgreementsRegister:
        changed = with_changes(register.agreement(agreement_id), changes)
        return replace_agreement(register, changed)

    return change_register(repo, round_id, edit)


def set_target_text(
    repo: Repository, round_id: str, agreement_id: str, text: str
) -> AgreementsRegister:
    """The number in the target as typed ("120", "2,5"; empty for none)."""
    return update_agreement(repo, round_id, agreement_id, target_value=read_number(text))


def remove(repo: Repository, round_id: str, agreement_id: str) -> AgreementsRegister:
    return change_register(repo, round_id, lambda r: remove_agreement(r, agreement_id))


def from_demand(
    repo: Repository,
    round_id: str,
    theme_position_id: str,
    demand_id: str,
    responsible: Responsible = Responsible.CORPORATION,
) -> Agreement:
    """Make an agreement from a demand of the inzet in one step.

    The demand's text and amount are copied; the first year of the round is
    the jaarschijf; the number in the amount becomes the target value when
    it reads as one number. The volunteer then edits it to what was agreed.
    """
    gone = N_("This demand is no longer in your position.")
    theme = found(load_inzet(repo, round_id).theme, theme_position_id, gone)
    demand = found(theme.demand, demand_id, gone)
    target_value = only_number_in(demand.amount, get_language())
    first, _last = period(repo, round_id)
    item = agreement_from_demand(theme, demand, [first], responsible, target_value)
    change_register(repo, round_id, lambda register: add_agreement(register, item))
    return item


def set_signature(
    repo: Repository,
    round_id: str,
    party: Party,
    status: SignStatus,
    date: dt.date | None,
    reason: str = "",
) -> AgreementsRegister:
    check_length(reason)
    new = Signature(party=party, status=status, date=date, reason=reason)
    return change_register(repo, round_id, lambda r: sign(r, new))


def set_dissent(repo: Repository, round_id: str, text: str) -> AgreementsRegister:
    """The tenants' minderheidsstandpunt (what they do not endorse although they sign)."""
    _check({"note": text})
    return change_register(repo, round_id, lambda r: r.model_copy(update={"dissent": text}))


# --- the next round ---------------------------------------------------------


def previous_agreements(repo: Repository, round_id: str) -> list[Agreement]:
    """Last round's agreements not realised (per the monitoring), offered as starting
    points for this round's inzet; without monitoring every agreement is offered."""
    previous = rounds_service.previous_round(repo, round_id)
    if previous is None:
        return []
    # The monitoring (agenda feature, record kind "monitoring") knows which were
    # realised; read by kind and shared model, never through its service.
    raw = repo.load_round_doc(previous.id, "monitoring")
    met = Monitoring.model_validate(raw).met_ids() if raw else frozenset()
    return unmet_as_starting_points(load_register(repo, previous.id), met)


def add_to_inzet(repo: Repository, round_id: str, agreement_ids: list[str]) -> int:
    """Add the chosen agreements of last round to this round's inzet as demands.

    A choice, never automatic: each chosen agreement becomes a demand under
    its theme (the theme is added when the inzet does not have it yet).
    Returns how many demands were added.
    """
    chosen = [a for a in previous_agreements(repo, round_id) if a.id in set(agreement_ids)]
    position = load_inzet(repo, round_id)
    themes = list(position.themes)
    for agreement in chosen:
        index = next(
            (
                i
                for i, t in enumerate(themes)
                if t.theme_id == agreement.theme_id
                and (agreement.theme_id != CUSTOM_THEME_ID or t.title == agreement.theme_title)
            ),
            None,
        )
        demand = Demand(
            what=agreement.what, amount=agreement.target, responsible=agreement.responsible.value
        )
        if index is None:
            themes.append(
                ThemePosition(
                    theme_id=agreement.theme_id,
                    title=agreement.theme_title if agreement.is_custom_theme() else "",
                    demands=[demand],
                )
            )
        else:
            theme = themes[index]
            kept = [d for d in theme.demands if not d.is_empty()]
            themes[index] = theme.model_copy(update={"demands": [*kept, demand]})
    if chosen:
        save_inzet(repo, position.model_copy(update={"themes": themes}))
    return len(chosen)


@dataclass(frozen=True)
class DemandChoice:
    """A demand of the inzet the register can turn into an agreement."""

    theme_position_id: str
    theme_title: str
    demand: Demand
    status: DemandStatus
    agreement_numbers: tuple[str, ...]


def demand_choices(repo: Repository, round_id: str) -> list[DemandChoice]:
    """Every filled demand of the inzet, with its status in the talks and the
    agreements already made from it (agreed demands first)."""
    position = load_inzet(repo, round_id)
    bod = load_bod(repo, round_id)
    register = load_register(repo, round_id)
    choices = []
    for theme in ordered_themes(position):
        for demand in theme.demands:
            if demand.is_empty():
                continue
            choices.append(
                DemandChoice(
                    theme.id,
                    theme_name(theme.theme_id, theme.title),
                    demand,
                    track_for(bod.demand_tracks, demand.id, theme.id).status,
                    tuple(register.number(a.id) for a in register.for_demand(demand.id)),
                )
            )
    agreed = (DemandStatus.AGREED, DemandStatus.PARTLY_AGREED)
    return sorted(choices, key=lambda c: c.status not in agreed)
