"""The Vergelijken table as CSV: one row per organisation and round.

UTF-8 with BOM, ';' separated (``csv_tables``: opens in Dutch Excel, cells
that look like formulas are defused). Without ``with_names`` the
organisation's name and the file name (which usually holds the name) are
left out and each organisation gets a code ("ORG-001", the same code for its
two rounds) so rows can still be followed from round to round.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.content.checklist import checklist_content
from app.exchange.csv_tables import csv_bytes
from app.i18n import _
from models.comparison import OrgRound
from models.overleg import DemandStatus


def _percent(value: int | None) -> str:
    return "" if value is None else str(value)


def organisation_codes(items: Sequence[OrgRound]) -> dict[str, str]:
    """A stable code per organisation (by name order, so the same files give the same codes)."""
    keys = sorted({i.key or i.file_name for i in items})
    return {key: f"ORG-{n:03d}" for n, key in enumerate(keys, start=1)}


def comparison_csv(items: Sequence[OrgRound], with_names: bool = False) -> bytes:
    content = checklist_content()
    groups = [g.id for g in content.groups]
    header = [
        _("Organisation") if with_names else _("Code"),
        *([_("File")] if with_names else []),
        _("Year"),
        _("Phase"),
        _("Gemeenten"),
        _("Provinces"),
        _("Housing associations"),
        _("Total score (%)"),
        *[_("Group {group} (%)", group=g) for g in groups],
        _("Answered no"),
        _("Themes"),
        _("Must-have themes"),
        _("Demands"),
        _("Demands agreed"),
        _("Demands partly agreed"),
        _("Demands rejected"),
        _("Tenants signed"),
    ]
    codes = organisation_codes(items)
    rows: list[list[str]] = []
    for item in sorted(items, key=lambda i: (codes[i.key or i.file_name], i.year)):
        statuses = item.demand_statuses
        rows.append(
            [
                item.organisation if with_names else codes[item.key or item.file_name],
                *([item.file_name] if with_names else []),
                str(item.year),
                item.phase,
                ", ".join(item.gemeenten),
                ", ".join(item.provinces),
                ", ".join(item.corporations),
                _percent(item.overall),
                *[_percent(item.group_scores.get(g)) for g in groups],
                str(sum(1 for a in item.answers.values() if a == "nee")),
                str(len(item.themes)),
                str(sum(1 for t in item.themes if t.priority == "must")),
                str(item.demand_count),
                *(
                    [
                        str(statuses.get(s.value, 0))
                        for s in (
                            DemandStatus.AGREED,
                            DemandStatus.PARTLY_AGREED,
                            DemandStatus.REJECTED,
                        )
                    ]
                    if statuses is not None
                    else ["", "", ""]
                ),
                item.tenant_signing or "",
            ]
        )
    return csv_bytes(header, rows)
