"""bundle_files lists a folder with scandir and a string test for the suffix:
the same files, in the same order, as Path.iterdir and Path.suffix would give."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange.bulk import _is_zip_name, bundle_files


@pytest.mark.parametrize(
    "name", ["a.zip", "A.ZIP", "a.Zip", ".zip", "..zip", ".a.zip", "zip", "a.zip.txt", "a.zip "]
)
def test_a_zip_name_is_what_pathlib_calls_one(name: str) -> None:
    assert _is_zip_name(name) == (Path(name).suffix.lower() == ".zip")


def test_the_zip_files_directly_in_the_folder_by_name(tmp_path: Path) -> None:
    for name in ["b.zip", "A.ZIP", ".zip", "c.txt", "a.zip.bak"]:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "map.zip").mkdir()  # a folder is not a file
    expected = sorted(
        (p for p in tmp_path.iterdir() if p.suffix.lower() == ".zip" and p.is_file()),
        key=lambda p: p.name.casefold(),
    )
    assert bundle_files(tmp_path) == expected
    assert [p.name for p in expected] == ["A.ZIP", "b.zip"]
