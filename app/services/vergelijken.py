"""Vergelijken: compare the exports of many tenant organisations (design §11).

The consultant's files are read read-only (``app.exchange.bulk``, the
import's own safe reader) and each is reduced at once to an
:class:`~models.comparison.OrgRound`; nothing is written anywhere and nothing
touches the user's own data folder, so this works without an organisation
of one's own. The statistics are pure (``models.comparison_stats``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.content.checklist import checklist_content
from app.content.gemeenten import province_of
from app.documents.comparison_charts import percent as percent_text
from app.documents.comparison_charts import theme_name
from app.documents.comparison_report import ComparisonDoc, build_comparison_report
from app.exchange.bulk import SKIP_LABELS, BulkResult, Skipped, Source, bundle_files, read_many
from app.exchange.comparison_csv import comparison_csv
from app.exchange.plain_reader import PlainBundle, plain_reader
from app.exchange.plain_rules import AGREEMENTS_RULES, BOD_RULES
from app.exchange.registry import REGISTRY
from app.i18n import _
from app.services.files import write_user_file
from models.comparison import SUMMARY_KINDS, Filters, OrgRound, apply_filters, summarise
from models.comparison_stats import Overview, overview

__all__ = ["Comparison", "compare", "compare_folder", "percent_text", "theme_name"]


@dataclass
class Comparison:
    """The outcome of reading a set of files: what was read and what was skipped."""

    items: list[OrgRound] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    def overview(self, filters: Filters | None = None) -> Overview:
        filters = filters or Filters()
        return overview_of(apply_filters(self.items, _without_year(filters)), filters.year)

    def selection(self, filters: Filters | None = None) -> list[OrgRound]:
        filters = filters or Filters()
        return apply_filters(self.items, filters)


def _without_year(filters: Filters) -> Filters:
    """Changes need the previous round too, so the year filter is applied
    inside the overview (it picks the round), not to the items."""
    return Filters(filters.corporation, filters.gemeente, filters.province, None)


def overview_of(items: list[OrgRound], year: int | None = None) -> Overview:
    content = checklist_content()
    return overview(
        items, [g.id for g in content.groups], [i.id for i in content.items()], year=year
    )


#: The import's reader, validating into plain dicts (``app.exchange.plain_reader``)
#: the round records a summary uses, each with its model's own schema (the
#: bod's and the register's checks across fields by their dict versions,
#: ``app.exchange.plain_rules``). Other records in a bundle are checked as
#: JSON (size, depth, duplicates, a known kind) but not used.
read_for_summary = plain_reader(
    {kind: REGISTRY[kind].model for kind in SUMMARY_KINDS}, {**BOD_RULES, **AGREEMENTS_RULES}
)


def summarise_bundle(name: str, bundle: PlainBundle) -> OrgRound:
    """The summary of one bundle that passed every check."""
    return summarise(
        name,
        bundle.data["round"],
        bundle.data["organisation"],
        bundle.documents,
        checklist_content(),
        province_of,
        organisation_name=bundle.manifest["organisation"],
    )


def compare(
    sources: Iterable[Source],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Read ``sources`` (paths, or (name, bytes) uploads) and summarise each.

    Slow for hundreds of files: call it off the UI's event loop.
    """
    result: BulkResult[OrgRound] = read_many(
        sources, summarise_bundle, read=read_for_summary, progress=progress, cancelled=cancelled
    )
    return Comparison(
        items=[i.value for i in result.read],
        skipped=result.skipped,
        total=result.total,
        cancelled=result.cancelled,
    )


def compare_folder(
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Every .zip directly in ``folder`` (refused with one Dutch line when the
    folder cannot be listed)."""
    return compare(bundle_files(folder), progress=progress, cancelled=cancelled)


# ------------------------------------------------------------------ outputs
def report_pdf(
    comparison: Comparison,
    filters: Filters | None = None,
    *,
    with_names: bool = False,
    today: dt.date | None = None,
) -> bytes:
    """The Vergelijkingsrapport (anonymous unless ``with_names``)."""
    filters = filters or Filters()
    return build_comparison_report(
        ComparisonDoc(
            overview=comparison.overview(filters),
            items=comparison.selection(filters),
            skipped=comparison.skipped,
            filters=filters,
            made_on=today or dt.date.today(),
            with_names=with_names,
            read=len(comparison.items),
        )
    )


def report_csv(
    comparison: Comparison, filters: Filters | None = None, *, with_names: bool = False
) -> bytes:
    """One row per organisation and round in the selection."""
    return comparison_csv(comparison.selection(filters or Filters()), with_names=with_names)


def write_file(payload: bytes, target: Path) -> Path:
    """Write a report or table the user asked for, atomically."""
    return write_user_file(payload, target)


def skipped_line(skip: Skipped) -> str:
    """'naam.zip: beschadigd — <the reader's own message>' for lists and stderr."""
    line = f"{skip.name}: {_(SKIP_LABELS[skip.reason])}"
    if skip.message:
        line += " — " + _(skip.message, **skip.params)
    return line
