"""The tenant organisation's profile and the validation of what users type.

Parsers turn text from a form into typed values or raise ``InvalidInput`` with
a Dutch-translatable message, so nothing invalid is ever stored.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import ClassVar

from pydantic import Field, field_validator

from models.base import InvalidInput, LabelledEnum, Line, Record
from models.text import N_


class LegalForm(LabelledEnum):
    """The organisation's legal form (rechtsvorm).

    Only a vereniging or stichting can be a huurdersorganisatie under the
    Overlegwet. "Bewonerscommissie" and "koepel" are roles, not legal forms;
    their old values stay readable for data saved by earlier versions but
    are no longer offered (domain.md, "Corrections, December 2026").
    """

    VERENIGING = "vereniging", N_("Association (vereniging)")
    STICHTING = "stichting", N_("Foundation (stichting)")
    NONE = "geen", N_("No legal entity (for example a bewonerscommissie)")
    BEWONERSCOMMISSIE = "bewonerscommissie", N_("No legal entity (for example a bewonerscommissie)")
    KOEPEL = "koepel", N_("Umbrella body: choose its legal form (vereniging or stichting)")


#: The choices the form offers; the old role values are only shown when stored.
OFFERED_LEGAL_FORMS: tuple[LegalForm, ...] = (
    LegalForm.VERENIGING,
    LegalForm.STICHTING,
    LegalForm.NONE,
)


class BoardMember(Record):
    """A board member. Name, email and phone are personal data (left out of
    exports, their tables and their PDFs unless the user explicitly allows it)."""

    name: Line = ""
    role: Line = ""
    email: Line = ""
    phone: Line = ""

    PERSONAL_FIELDS: ClassVar[tuple[str, ...]] = ("name", "email", "phone")


class Organisation(Record):
    name: Line = ""
    legal_form: LegalForm = LegalForm.VERENIGING
    housing_associations: list[Line] = Field(default_factory=list, max_length=50)
    municipalities: list[Line] = Field(default_factory=list, max_length=50)
    member_count: int | None = Field(default=None, ge=0, le=10_000_000)
    board: list[BoardMember] = Field(default_factory=list, max_length=100)
    support_budget: Decimal | None = Field(default=None, ge=0, le=Decimal("100000000"))

    @field_validator("support_budget")
    @classmethod
    def _two_decimals(cls, value: Decimal | None) -> Decimal | None:
        return None if value is None else value.quantize(Decimal("0.01"))


def parse_whole_number(text: str, *, minimum: int = 0, maximum: int = 10_000_000) -> int | None:
    """A whole number typed by a person; empty means 'not filled in'.

    Accepts Dutch thousands separators ("1.250") and spaces; refuses decimals,
    negative numbers and words, with a message the user understands.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"-?\d+", cleaned):
        raise InvalidInput(N_("Enter a whole number, for example 250."))
    value = int(cleaned)
    if value < minimum:
        raise InvalidInput(N_("The number cannot be lower than {minimum}."), minimum=minimum)
    if value > maximum:
        raise InvalidInput(N_("The number cannot be higher than {maximum}."), maximum=maximum)
    return value


def parse_money(text: str) -> Decimal | None:
    """An amount in euros as typed in the Netherlands: "1.234,50", "€ 1234", "1234.5".

    A comma is the decimal separator; dots are thousands separators unless the
    dot is followed by one or two digits at the end (then it is a decimal point).
    """
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if cleaned.lower().startswith("eur"):
        cleaned = cleaned[3:]
    if not cleaned:
        return None
    if "," in cleaned:
        whole, _, cents = cleaned.rpartition(",")
        if not re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+", whole) or not re.fullmatch(
            r"\d{0,2}|-", cents
        ):
            raise InvalidInput(N_("Enter an amount in euros, for example 2.500,00."))
        normalised = whole.replace(".", "") + "." + (cents.replace("-", "") or "0")
    elif re.fullmatch(r"\d+\.\d{1,2}", cleaned):
        normalised = cleaned
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", cleaned):
        normalised = cleaned.replace(".", "")
    else:
        raise InvalidInput(N_("Enter an amount in euros, for example 2.500,00."))
    try:
        amount = Decimal(normalised)
    except InvalidOperation as exc:  # pragma: no cover - regexes above prevent this
        raise InvalidInput(N_("Enter an amount in euros, for example 2.500,00.")) from exc
    if amount > Decimal("100000000"):
        raise InvalidInput(N_("That amount is too high."))
    return amount.quantize(Decimal("0.01"))


def parse_name_list(text: str) -> list[str]:
    """Names separated by commas, semicolons or new lines; empty parts dropped."""
    parts = [p.strip() for p in re.split(r"[,;\n]", text)]
    names = [p for p in parts if p]
    if any(len(n) > 300 for n in names):
        raise InvalidInput(N_("A name can be at most 300 characters long."))
    if len(names) > 50:
        raise InvalidInput(N_("You can enter at most 50 names."))
    return names


_MUNICIPALITY_WORD = re.compile(r"^\s*gemeente(\s+|$)", re.IGNORECASE)


def parse_municipality_list(text: str) -> list[str]:
    """Municipality names as ``parse_name_list``, without a leading word
    "gemeente": documents write "gemeente Dalfsen" themselves, and "Gemeente
    Dalfsen" typed by the user would read "gemeente Gemeente Dalfsen"."""
    names = [_MUNICIPALITY_WORD.sub("", name).strip() for name in parse_name_list(text)]
    return [name for name in names if name]


def parse_required_line(text: str) -> str:
    value = text.strip()
    if not value:
        raise InvalidInput(N_("This field is required."))
    if len(value) > 300:
        raise InvalidInput(N_("This can be at most 300 characters long."))
    return value


def parse_email(text: str) -> str:
    value = text.strip()
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise InvalidInput(N_("This is not an e-mail address. Example: naam@voorbeeld.nl"))
    return value
