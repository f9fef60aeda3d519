"""Which province a gemeente lies in (``assets/content/gemeenten.json``).

A small offline table (CBS, the municipal division on 1 January 2025; the
file names its source) so Vergelijken can filter by province without a
network. Names are matched loosely: case, accents, spaces, a leading
"gemeente" and dashes do not matter, and a few everyday names ("Den Haag",
"Den Bosch") are aliases of the official ones. An unknown name has no
province (``None``): it is shown as "onbekend", never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict, Field

from app.content import load_json, pick

CONTENT_NAME = "gemeenten"


class GemeenteTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: dict[str, str]
    valid_on: str
    aliases: dict[str, str] = Field(default_factory=dict)
    provinces: dict[str, list[str]]


def match_key(name: str) -> str:
    """'Gemeente Súdwest-Fryslân ' -> 'sudwest fryslan'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^a-z0-9']+", " ", plain.casefold()).strip()
    return re.sub(r"^gemeente ", "", plain)


@cache
def gemeente_table() -> GemeenteTable:
    table = GemeenteTable.model_validate(load_json(CONTENT_NAME))
    names = [g for gemeenten in table.provinces.values() for g in gemeenten]
    if len({match_key(n) for n in names}) != len(names):
        raise ValueError("gemeenten.json: two gemeenten with the same name")
    return table


@cache
def _lookup() -> dict[str, str]:
    table = gemeente_table()
    found = {match_key(g): p for p, gemeenten in table.provinces.items() for g in gemeenten}
    for alias, official in table.aliases.items():
        found[match_key(alias)] = found[match_key(official)]
    return found


@lru_cache(maxsize=4096)
def province_of(gemeente: str) -> str | None:
    """The province of ``gemeente``, or ``None`` when the name is not known
    (cached: hundreds of bundles name the same few gemeenten)."""
    return _lookup().get(match_key(gemeente))


def provinces() -> list[str]:
    """The twelve provinces, in the table's order (north to south)."""
    return list(gemeente_table().provinces)


def table_source(language: str | None = None) -> str:
    return pick(gemeente_table().source, language)
