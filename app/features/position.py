"""The position (Inzet) as a feature: record, round copy, demo, table, document, section."""

from __future__ import annotations

from app.content.themes import theme_title
from app.documents.data import PositionDoc, RoundInfo
from app.documents.position_paper import build_position_paper
from app.features.base import DocumentSpec, Feature, NavSection, Table
from app.features.builders import from_round_info
from app.i18n import _, ngettext
from app.services import position as service
from app.services.demo_position import fill_demo_position
from app.services.document_sources import position_doc
from app.storage.repository import Repository
from models.position import Position, ordered_themes
from models.text import N_


def position_tables(position: Position) -> list[Table]:
    """inzet.csv: one row per demand (a theme without demands still gets a row)."""
    header = [
        _("Theme"),
        _("Priority"),
        _("Demand"),
        _("How much"),
        _("By when"),
        _("Who"),
        _("Red line"),
    ]
    rows: list[list[str]] = []
    for theme in ordered_themes(position):
        priority = _(theme.priority.label) if theme.priority else ""
        if not theme.demands:
            rows.append([theme_title(theme), priority, "", "", "", "", theme.red_line])
        for demand in theme.demands:
            rows.append(
                [
                    theme_title(theme),
                    priority,
                    demand.what,
                    demand.amount,
                    demand.deadline,
                    demand.responsible,
                    theme.red_line,
                ]
            )
    return [("inzet.csv", header, rows)]


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
    model=Position,
    copy_into_new_round=service.copy_from_previous,
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
