"""The agreements register of a round (prestatieafspraken) and who signed it.

Public API (used by the afspraken feature, the monitoring of the agenda
feature and the documents):

- :class:`Agreement` — one agreement: theme, what exactly (indicator and
  target, optionally a number), the year(s) it is for (jaarschijf), who is
  responsible and the demand of the inzet it came from.
- :class:`Signature` — one party's signing: signed, signed with a
  reservation, not signed (or not yet), with the date and the reason.
- :class:`AgreementsRegister` — one per round: the agreements, the three
  signatures and the tenants' own minderheidsstandpunt (dissent).
- Pure edits that return a new register and refuse bad input with one
  :class:`models.base.InvalidInput`: :func:`add_agreement`,
  :func:`replace_agreement`, :func:`remove_agreement`, :func:`sign`,
  :func:`agreement_from_demand`, :func:`check_years`.

Why signing per party: the RvC (supervisory board) must be able to learn
whether all partners truly endorse the agreements (the seed of issue 14);
an HO may sign with a dissent annex (domain §1). Only the three partners of
the "lokale driehoek" sign; "samen" exists only as the responsible party.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import TypeVar

from pydantic import Field, field_validator, model_validator

from models.base import (
    Figure,
    Id,
    InvalidInput,
    LabelledEnum,
    Line,
    LongText,
    OptionalId,
    Record,
    by_id,
    new_id,
    refuse_duplicates,
    replace_by_id,
    without_id,
)
from models.position import Demand, ThemePosition
from models.round import MAX_YEAR, MIN_YEAR
from models.text import N_
from models.themes import CUSTOM_THEME_ID

#: Most agreements in one round's register (real registers hold 20–120).
MAX_AGREEMENTS = 300
#: Most years one agreement may cover (a bod covers five; allow a longer term).
MAX_AGREEMENT_YEARS = 10


class Responsible(LabelledEnum):
    """Who carries out an agreement."""

    CORPORATION = "corporatie", N_("Housing association")
    MUNICIPALITY = "gemeente", N_("Municipality")
    TENANTS = "huurdersorganisatie", N_("Tenant organisation")
    TOGETHER = "samen", N_("Together")


class Party(LabelledEnum):
    """The three parties that sign the agreements."""

    CORPORATION = "corporatie", N_("Housing association")
    MUNICIPALITY = "gemeente", N_("Municipality")
    TENANTS = "huurdersorganisatie", N_("Tenant organisation")


PARTY_ORDER = (Party.TENANTS, Party.CORPORATION, Party.MUNICIPALITY)
#: The refusal of two agreements with one id (the model's and Vergelijken's plain check).
TWO_AGREEMENTS = "two agreements with the same id"

_Signature = TypeVar("_Signature")


def in_party_order(
    signatures: Iterable[_Signature],
    party_of: Callable[[_Signature], Party],
    open_for: Callable[[Party], _Signature],
) -> list[_Signature]:
    """One signature per party, in ``PARTY_ORDER``, a missing one ``open_for(party)``;
    a party that signs twice is a ``ValueError``. For signature models and for
    Vergelijken's plain dicts alike."""
    by_party: dict[Party, _Signature] = {}
    for signature in signatures:
        party = party_of(signature)
        if party in by_party:
            raise ValueError(f"two signatures for {party.value}")
        by_party[party] = signature
    return [by_party[party] if party in by_party else open_for(party) for party in PARTY_ORDER]


class SignStatus(LabelledEnum):
    """Where one party stands on signing."""

    OPEN = "open", N_("Not yet decided")
    SIGNED = "getekend", N_("Signed")
    RESERVATION = "voorbehoud", N_("Signed with a reservation")
    NOT_SIGNED = "niet_getekend", N_("Did not sign")


class Agreement(Record):
    """One agreement of the register.

    ``theme_id`` is a catalogue theme id or ``CUSTOM_THEME_ID`` (then
    ``theme_title`` names the own theme). ``indicator`` and ``target`` say in
    words what is measured and what must be reached; ``target_value`` is the
    number in the target when there is one (monitoring compares the figure
    reached with it). ``years`` is the jaarschijf: the year(s) the agreement
    is for, sorted and unique. ``source_demand_id`` and
    ``source_theme_position_id`` point at the demand of the inzet it came
    from (empty when the agreement did not come from our inzet).
    """

    id: Id = Field(default_factory=new_id)
    theme_id: Id
    theme_title: Line = ""
    what: LongText = ""
    indicator: LongText = ""
    target: LongText = ""
    target_value: Figure | None = None
    unit: Line = ""
    years: list[int] = Field(default_factory=list, max_length=MAX_AGREEMENT_YEARS)
    responsible: Responsible = Responsible.CORPORATION
    source_demand_id: OptionalId = ""
    source_theme_position_id: OptionalId = ""
    note: LongText = ""

    @field_validator("years")
    @classmethod
    def _sorted_unique_years(cls, value: list[int]) -> list[int]:
        for year in value:
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ValueError(f"year {year} outside {MIN_YEAR}-{MAX_YEAR}")
        return sorted(set(value))

    def is_custom_theme(self) -> bool:
        return self.theme_id == CUSTOM_THEME_ID

    def years_text(self) -> str:
        """The years as people write them: "2027", "2027–2029" or "2027, 2029"."""
        if not self.years:
            return ""
        if len(self.years) > 1 and self.years == list(range(self.years[0], self.years[-1] + 1)):
            return f"{self.years[0]}–{self.years[-1]}"
        return ", ".join(str(y) for y in self.years)


class Signature(Record):
    """One party's signing. ``reason`` explains a reservation or a refusal."""

    party: Party
    status: SignStatus = SignStatus.OPEN
    date: dt.date | None = None
    reason: LongText = ""


def _default_signatures() -> list[Signature]:
    return [Signature(party=party) for party in PARTY_ORDER]


class AgreementsRegister(Record):
    """The agreements of one round and the signing by the three parties.

    ``signatures`` always holds exactly one entry per party, in
    :data:`PARTY_ORDER` (a stored file missing one gets it added as open).
    ``dissent`` is the tenants' minderheidsstandpunt: what they do not
    endorse although they sign (the dissent annex).
    """

    round_id: Id
    agreements: list[Agreement] = Field(default_factory=list, max_length=MAX_AGREEMENTS)
    signatures: list[Signature] = Field(default_factory=_default_signatures, max_length=3)
    dissent: LongText = ""
    updated: dt.datetime | None = None

    @model_validator(mode="after")
    def _one_signature_per_party(self) -> AgreementsRegister:
        ordered = in_party_order(self.signatures, lambda s: s.party, lambda p: Signature(party=p))
        refuse_duplicates((a.id for a in self.agreements), TWO_AGREEMENTS)
        if ordered != self.signatures:
            # Assigning would re-run this validator; set the field directly.
            object.__setattr__(self, "signatures", ordered)
        return self

    def agreement(self, agreement_id: str) -> Agreement:
        return by_id(self.agreements, agreement_id)

    def signature(self, party: Party) -> Signature:
        return next(s for s in self.signatures if s.party == party)

    def number(self, agreement_id: str) -> str:
        """The agreement's number as people cite it: "A1", "A2", ... in register order."""
        for index, item in enumerate(self.agreements, start=1):
            if item.id == agreement_id:
                return f"A{index}"
        raise KeyError(agreement_id)

    def by_theme(self) -> list[tuple[str, str, list[Agreement]]]:
        """``(theme_id, theme_title, agreements)`` groups in first-seen order."""
        groups: dict[tuple[str, str], list[Agreement]] = {}
        for item in self.agreements:
            key = (item.theme_id, item.theme_title if item.is_custom_theme() else "")
            groups.setdefault(key, []).append(item)
        return [(theme_id, title, items) for (theme_id, title), items in groups.items()]

    def for_demand(self, demand_id: str) -> list[Agreement]:
        return [a for a in self.agreements if demand_id and a.source_demand_id == demand_id]

    def all_signed(self) -> bool:
        """Whether every party signed (with or without a reservation)."""
        return all(s.status in (SignStatus.SIGNED, SignStatus.RESERVATION) for s in self.signatures)

    def is_signed_by_anyone(self) -> bool:
        return any(s.status != SignStatus.OPEN for s in self.signatures)

    def has_reservations(self) -> bool:
        return any(
            s.status in (SignStatus.RESERVATION, SignStatus.NOT_SIGNED) for s in self.signatures
        )


# --- pure edits -----------------------------------------------------------


def check_years(years: list[int], first_year: int, last_year: int) -> list[int]:
    """The years sorted and unique; refused when one lies outside the period.

    The period is the bod's (round year to round year + 4 by default, see
    :func:`models.bod.bod_period`): an agreement for a year the bod does not
    cover is almost always a typing mistake.
    """
    cleaned = sorted(set(years))
    if len(cleaned) > MAX_AGREEMENT_YEARS:
        raise InvalidInput(
            N_("An agreement can cover at most {count} years."), count=MAX_AGREEMENT_YEARS
        )
    for year in cleaned:
        if not first_year <= year <= last_year:
            raise InvalidInput(
                N_("Choose years from {first} to {last}: that is the period of this round."),
                first=first_year,
                last=last_year,
            )
    return cleaned


def add_agreement(register: AgreementsRegister, agreement: Agreement) -> AgreementsRegister:
    if len(register.agreements) >= MAX_AGREEMENTS:
        raise InvalidInput(N_("A register holds at most {count} agreements."), count=MAX_AGREEMENTS)
    if any(a.id == agreement.id for a in register.agreements):
        raise InvalidInput(N_("This agreement is already in the register."))
    return register.model_copy(update={"agreements": [*register.agreements, agreement]})


def replace_agreement(register: AgreementsRegister, updated: Agreement) -> AgreementsRegister:
    register.agreement(updated.id)  # raises KeyError when unknown
    return register.model_copy(update={"agreements": replace_by_id(register.agreements, updated)})


def remove_agreement(register: AgreementsRegister, agreement_id: str) -> AgreementsRegister:
    return register.model_copy(update={"agreements": without_id(register.agreements, agreement_id)})


def sign(register: AgreementsRegister, new: Signature) -> AgreementsRegister:
    """Record one party's signing: ``new`` replaces that party's signature.

    Decisions: a signature (with or without reservation) and a refusal need
    a date; a reservation or a refusal needs its reason, because that is
    exactly what the RvC and the members must be able to read back. A plain
    signature keeps no reason; setting a party back to "open" clears date
    and reason.
    """
    if new.status == SignStatus.OPEN:
        new = Signature(party=new.party)
    else:
        if new.date is None:
            raise InvalidInput(N_("Enter the date of signing."))
        if new.status in (SignStatus.RESERVATION, SignStatus.NOT_SIGNED) and not new.reason.strip():
            raise InvalidInput(N_("Write down the reason: the reservation or why not signed."))
        if new.status == SignStatus.SIGNED:
            new = new.model_copy(update={"reason": ""})
    signatures = [new if s.party == new.party else s for s in register.signatures]
    return register.model_copy(update={"signatures": signatures})


def agreement_from_demand(
    theme: ThemePosition,
    demand: Demand,
    years: list[int],
    responsible: Responsible = Responsible.CORPORATION,
    target_value: Figure | None = None,
) -> Agreement:
    """An agreement that starts as the demand of the inzet (one step).

    The demand's "what" becomes what is agreed and its amount the target;
    the volunteer edits both afterwards to what was really agreed. The link
    to the demand is kept so the demand's history and the register can be
    read side by side.
    """
    return Agreement(
        theme_id=theme.theme_id,
        theme_title=theme.title if theme.theme_id == CUSTOM_THEME_ID else "",
        what=demand.what,
        target=demand.amount,
        target_value=target_value,
        years=years,
        responsible=responsible,
        source_demand_id=demand.id,
        source_theme_position_id=theme.id,
    )


def copy_for_new_round(previous: AgreementsRegister, round_id: str) -> AgreementsRegister:
    """A new round starts with an empty register: agreements are made anew.

    Decision: last round's agreements are not copied as agreements (they
    were signed for that round); they can be offered as starting points for
    the new inzet instead (:func:`unmet_as_starting_points`).
    """
    return AgreementsRegister(round_id=round_id)


def unmet_as_starting_points(
    register: AgreementsRegister, met_ids: AbstractSet[str] = frozenset()
) -> list[Agreement]:
    """Last round's agreements that were not met, to start a new inzet from.

    ``met_ids`` are the agreements known to be realised (the monitoring of
    the agenda feature knows; without monitoring every agreement is offered
    and the volunteer chooses).
    """
    return [a for a in register.agreements if a.id not in met_ids]
