"""Reading many bundles for Vergelijken: every hostile file is skipped with its
own reason and the run goes on; duplicates count once (newest wins); nothing
is written anywhere; progress and cancel work."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.exchange.bulk import SkipReason, bundle_files, read_many
from app.exchange.errors import ImportRefused
from app.exchange.reader import Bundle
from tests.bundle_factory import make_bundle, write_bundles
from tests.unit.test_bad_imports import BAD, snapshot

#: file of the hostile catalogue -> the reason it is skipped with
EXPECTED = {
    "not_a_zip.zip": SkipReason.DAMAGED,
    "truncated.zip": SkipReason.DAMAGED,
    "zip_slip.zip": SkipReason.UNSAFE,
    "zip_slip_absolute.zip": SkipReason.UNSAFE,
    "zip_bomb.zip": SkipReason.TOO_BIG,
    "deep_nesting.zip": SkipReason.UNSAFE,
    "missing_manifest.zip": SkipReason.NOT_EXPORT,
    "wrong_format.zip": SkipReason.NOT_EXPORT,
    "newer_schema.zip": SkipReason.NEWER_VERSION,
    "duplicate_keys.zip": SkipReason.NOT_IN_ORDER,
    "wrong_types.zip": SkipReason.NOT_IN_ORDER,
    "oversized_string.zip": SkipReason.NOT_IN_ORDER,
    "other_round_mixed.zip": SkipReason.NOT_IN_ORDER,
    "unknown_field.zip": SkipReason.NOT_IN_ORDER,
    "unknown_kind.zip": SkipReason.NOT_IN_ORDER,
    "round_id_path.zip": SkipReason.NOT_IN_ORDER,
    "not_json.zip": SkipReason.NOT_IN_ORDER,
}


def org_name(_name: str, bundle: Bundle) -> str:
    return bundle.manifest.organisation


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    write_bundles(folder, 6)
    for name in EXPECTED:
        shutil.copy(BAD / name, folder / f"bad-{name}")
    (folder / "notes.txt").write_text("not a zip at all")
    return folder


def test_every_hostile_file_is_skipped_with_its_reason(mixed_folder: Path) -> None:
    result = read_many(bundle_files(mixed_folder), org_name)
    reasons = {s.name.removeprefix("bad-"): s.reason for s in result.skipped}
    assert reasons == EXPECTED
    assert len(result.read) == 6
    assert all(i.value.startswith("Huurdersvereniging") for i in result.read)
    assert not result.cancelled


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_hostile_file_among_good_ones(tmp_path: Path, name: str) -> None:
    good = make_bundle(1)
    sources = [("a.zip", good.payload), ("bad.zip", (BAD / name).read_bytes()), (BAD / name)]
    result = read_many(sources, org_name)
    assert [i.name for i in result.read] == ["a.zip"]
    assert [s.reason for s in result.skipped] == [EXPECTED[name]] * 2
    assert all(s.message for s in result.skipped)


def test_nothing_is_written(mixed_folder: Path) -> None:
    before = snapshot(mixed_folder.parent)
    read_many(bundle_files(mixed_folder), org_name)
    assert snapshot(mixed_folder.parent) == before


def test_newest_copy_of_an_organisation_and_round_counts(tmp_path: Path) -> None:
    first = make_bundle(3, year=2027)
    again = make_bundle(3, year=2027, seed=0)
    other_year = make_bundle(3, year=2026)
    # the same organisation and round, made later: rebuild with a later time
    from app.exchange.reader import read_bundle
    from app.exchange.writer import build_bundle

    old = read_bundle(first.payload)
    newer_payload = build_bundle(
        old.data.round,
        old.data.organisation,
        {k: v.model_dump(mode="json") for k, v in old.documents.items()},
        personal_data=False,
        now=old.manifest.created + dt.timedelta(days=3),
    )
    sources = [
        ("nieuw.zip", newer_payload),
        ("oud.zip", again.payload),
        ("2026.zip", other_year.payload),
    ]
    result = read_many(sources, lambda _n, b: b.manifest.created)
    assert sorted(i.name for i in result.read) == ["2026.zip", "nieuw.zip"]
    assert [(s.name, s.reason, s.params) for s in result.skipped] == [
        ("oud.zip", SkipReason.DUPLICATE, {"newer": "nieuw.zip"})
    ]


def test_progress_and_cancel(tmp_path: Path) -> None:
    bundles = [(b.file_name, b.payload) for b in (make_bundle(i) for i in range(5))]
    seen: list[tuple[int, int]] = []
    result = read_many(bundles, org_name, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 5) for i in range(1, 6)]
    stop_after = 2
    result = read_many(
        bundles,
        org_name,
        progress=lambda d, t: seen.append((d, t)),
        cancelled=lambda: len(seen) >= 5 + stop_after,
    )
    assert result.cancelled
    assert len(result.read) == stop_after


def test_an_error_in_keep_skips_only_that_file() -> None:
    bundles = [(b.file_name, b.payload) for b in (make_bundle(i) for i in range(3))]

    def keep(_name: str, bundle: Bundle) -> str:
        if bundle.manifest.organisation.endswith(" 2"):
            raise RuntimeError("boom")
        return bundle.manifest.organisation

    result = read_many(bundles, keep)
    assert len(result.read) == 2
    assert [s.reason for s in result.skipped] == [SkipReason.DAMAGED]


def test_a_folder_that_cannot_be_listed(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused):
        bundle_files(tmp_path / "missing")
