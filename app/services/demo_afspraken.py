"""Demo data of the afspraken feature: eight agreements for 2027, signed with a
reservation by the tenants (on rents), and three agreements of 2026.

The content is in ``assets/content/demo_afspraken.json`` and is validated with
the models when it is loaded. The 2027 agreements come from the demo
position's demands where there is one (so "made from a demand" shows); the
signing is on 30 November 2026. Never overwrites a register that already
holds agreements.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.content import load_json
from app.services.negotiation_records import load_inzet, load_register, save_register
from app.storage.repository import Repository
from models.agreements import (
    PARTY_ORDER,
    Agreement,
    AgreementsRegister,
    Party,
    Signature,
    SignStatus,
)
from models.position import Position
from models.round import Round

#: The agreements and signing of the demo rounds (Dutch, as a real register).
CONTENT = "demo_afspraken"


def _agreement(fields: dict[str, Any], position: Position | None) -> Agreement:
    """One agreement of the content file; ``from_demand`` (an index into the
    theme's demands of the demo position) links it to the demand it came from."""
    data = dict(fields)
    index = data.pop("from_demand", None)
    for theme in position.themes if position is not None and index is not None else []:
        if theme.theme_id == data["theme_id"] and index < len(theme.demands):
            data["source_theme_position_id"] = theme.id
            data["source_demand_id"] = theme.demands[index].id
            break
    return Agreement.model_validate(data)


def demo_register(round_id: str, year: int, position: Position | None = None) -> AgreementsRegister:
    """The demo register of ``year`` (2027, or the short 2026 one for earlier years).

    2027 is signed with a reservation by the tenants (on rents) and holds their
    dissent; 2026 is signed by all, to compare with.
    """
    content = load_json(CONTENT)["2027" if year >= 2027 else "2026"]
    day = dt.date.fromisoformat(content["signed_on"])
    reservation = content.get("reservation", "")
    signatures = [
        Signature(party=party, status=SignStatus.SIGNED, date=day)
        if party is not Party.TENANTS or not reservation
        else Signature(party=party, status=SignStatus.RESERVATION, date=day, reason=reservation)
        for party in PARTY_ORDER
    ]
    return AgreementsRegister(
        round_id=round_id,
        agreements=[_agreement(fields, position) for fields in content["agreements"]],
        signatures=signatures,
        dissent=content.get("dissent", ""),
    )


def register_2026(round_id: str) -> AgreementsRegister:
    """Last year's register: three agreements, signed by all, to compare with."""
    return demo_register(round_id, 2026)


def fill_demo_afspraken(repo: Repository, round_: Round, previous: Round | None) -> None:
    """The demo filler: 2027 gets the full register, earlier rounds a short one."""
    if load_register(repo, round_.id).agreements:
        return
    position = load_inzet(repo, round_.id) if round_.year >= 2027 else None
    save_register(repo, demo_register(round_.id, round_.year, position))
