"""The position (Inzet) as a feature: record, round copy, demo, table, document, section."""

from __future__ import annotations

from typing import NamedTuple

from app.content.themes import theme_title
from app.documents.data import PositionDoc, RoundInfo
from app.documents.position_paper import build_position_paper
from app.features.base import DocumentSpec, Feature, NavSection, Table
from app.features.builders import from_round_info
from app.features.tables import Column, table
from app.i18n import _, ngettext
from app.services import position as service
from app.services.demo_position import fill_demo_position
from app.services.document_sources import position_doc
from app.storage.repository import Repository
from models.position import Demand, Position, ThemePosition, ordered_themes
from models.text import N_


class _DemandRow(NamedTuple):
    theme: ThemePosition
    demand: Demand


_POSITION_COLUMNS: tuple[Column[_DemandRow], ...] = (
    (N_("Theme"), lambda row: theme_title(row.theme)),
    (N_("Priority"), lambda row: _(row.theme.priority.label) if row.theme.priority else ""),
    (N_("Demand"), lambda row: row.demand.what),
    (N_("How much"), lambda row: row.demand.amount),
    (N_("By when"), lambda row: row.demand.deadline),
    (N_("Who"), lambda row: row.demand.responsible),
    (N_("Red line"), lambda row: row.theme.red_line),
)


def position_tables(position: Position) -> list[Table]:
    """inzet.csv: one row per demand (a theme without demands still gets a row,
    with the demand's cells empty)."""
    rows = [
        _DemandRow(theme, demand)
        for theme in ordered_themes(position)
        for demand in theme.demands or [Demand()]
    ]
    return [table("inzet.csv", _POSITION_COLUMNS, rows)]


def _paper_contents(repo: Repository, round_id: str) -> list[str]:
    doc = position_doc(repo, round_id)
    lines = [ngettext("{n} theme in your position", "{n} themes in your position", len(doc.themes))]
    lines.append(
        _("Adopted by the board.")
        if doc.position.adopted_on
        else _("Not yet adopted by the board: the paper says 'draft'.")
    )
    if not doc.themes:
        lines.append(_("Tip: first write your position in the section Position."))
    return lines


def _partner_paper(info: RoundInfo, doc: PositionDoc) -> bytes:
    """The version for the other side of the table: no red lines, hooks or coaching."""
    return build_position_paper(info, doc, partner=True)


FEATURE = Feature(
    service=service,
    label=N_("Position"),
    demo=fill_demo_position,
    tables=position_tables,
    documents=(
        DocumentSpec(
            kind="position",
            title=N_("Position paper"),
            description=N_("Your full position per theme, with what members said and the sources."),
            file_stem=N_("Position paper (internal)"),
            build=from_round_info(build_position_paper, position_doc),
            contents=_paper_contents,
            audience=N_(
                "Internal version, for your own delegation only (confidential): with red lines "
                "and what you can lean on."
            ),
        ),
        DocumentSpec(
            kind="position-partners",
            title=N_("Position paper for the partners"),
            description=N_(
                "Your demands with their figures and arguments, for the other side of the table."
            ),
            build=from_round_info(_partner_paper, position_doc),
            contents=_paper_contents,
            audience=N_(
                "For the municipality and the housing association: your position without red "
                "lines, speakers or tips for your own side."
            ),
        ),
    ),
    section=NavSection(
        icon="FORMAT_LIST_NUMBERED",
        view="views.inzet:InzetSection",
        order=50,
        route="/inzet",  # the Dutch word, as the view's module
    ),
)
