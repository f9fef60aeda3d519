"""The Vergelijken service on real generated bundles: what goes in is what the
overview counts, and a hostile file among them is only skipped."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from app.documents.comparison_text import outcome_lines
from app.exchange.bulk import SkipReason
from app.services.vergelijken import compare, compare_folder
from models.comparison import Filters
from tests.bundle_factory import write_bundles
from tests.unit.test_bad_imports import BAD


def test_folder_of_generated_bundles(tmp_path: Path) -> None:
    made = write_bundles(tmp_path, 40)
    shutil.copy(BAD / "zip_bomb.zip", tmp_path / "bom.zip")
    result = compare_folder(tmp_path)
    assert result.total == 41 and len(result.items) == 40
    assert [(s.name, s.reason) for s in result.skipped] == [("bom.zip", SkipReason.TOO_BIG)]
    organisations = {b.organisation for b in made}
    shown = result.overview()
    assert shown.organisations == len(organisations)
    assert shown.rounds == 40
    assert shown.changes.count == sum(1 for b in made if b.year == 2026) == 8
    few = result.overview(Filters(province=made[0].provincie))
    assert few.changes.count == 0  # fewer than five organisations with two rounds
    first = made[0]
    item = next(i for i in result.items if i.file_name == first.file_name)
    assert item.organisation == first.organisation
    assert item.provinces == (first.provincie,)
    assert item.corporations == (first.corporation,)
    province = first.provincie
    expected = {b.organisation for b in made if b.provincie == province}
    assert {i.organisation for i in result.selection(Filters(province=province))} == expected


def test_talks_and_signing_counted_from_the_bundles(tmp_path: Path) -> None:
    """The overview's outcome of the talks is what the bundles hold: demands
    agreed and the tenants' signing, over the latest round per organisation."""
    made = write_bundles(tmp_path, 40)
    latest = {b.organisation: b for b in sorted(made, key=lambda b: b.year)}.values()
    shown = compare_folder(tmp_path).overview()
    with_bod = [b.demand_statuses for b in latest if b.demand_statuses is not None]
    assert shown.demands.organisations == len(with_bod) >= 5
    assert shown.demands.agreed == sum(s["afgesproken"] for s in with_bod) > 0
    assert shown.demands.demands == sum(sum(s.values()) for s in with_bod)
    signing = Counter(b.tenant_signing for b in latest if b.tenant_signing is not None)
    assert shown.signing.organisations == sum(signing.values())
    assert {k: v for k, v in shown.signing.by_status.items() if v} == dict(signing)
    # the generated set has every outcome the consultant asks about
    assert {"getekend", "voorbehoud", "niet_getekend"} <= set(signing)
    lines = outcome_lines(shown)
    reservation = signing["voorbehoud"]
    assert f"getekend met voorbehoud {reservation}," in lines[-1]
    assert f"niet getekend {signing['niet_getekend']}," in lines[-1]
    assert lines[1].startswith(f"Afgesproken: {shown.demands.agreed} eisen (")


def test_uploaded_bytes_and_cancel(tmp_path: Path) -> None:
    made = write_bundles(tmp_path, 6)
    calls: list[int] = []
    result = compare(
        [(b.file_name, b.payload) for b in made],
        progress=lambda done, total: calls.append(done),
        cancelled=lambda: len(calls) >= 3,
    )
    assert result.cancelled and len(result.items) == 3 and result.total == 6
