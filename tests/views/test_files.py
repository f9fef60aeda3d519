"""Handing a file to the user (views.files): download in the browser, viewer in a window."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from views import files


class FakePicker:
    saved: ClassVar[list[dict[str, Any]]] = []

    async def save_file(self, **kwargs: Any) -> str | None:
        FakePicker.saved.append(kwargs)
        return kwargs.get("dialog_title") and "/tmp/chosen.pdf"


@pytest.fixture(autouse=True)
def fake_picker(monkeypatch: pytest.MonkeyPatch) -> None:
    FakePicker.saved = []
    monkeypatch.setattr(files.ft, "FilePicker", FakePicker)


def test_open_to_print_in_the_browser_offers_the_download(tmp_path: Path) -> None:
    opened: list[Path] = []
    page: Any = SimpleNamespace(web=True)
    result = asyncio.run(
        files.open_to_print(page, tmp_path / "Brief 2027.pdf", b"%PDF-1", opened.append)
    )
    assert opened == []  # a viewer on the server side would show the user nothing
    assert FakePicker.saved == [{"file_name": "Brief 2027.pdf", "src_bytes": b"%PDF-1"}]
    assert "downloadt Brief 2027.pdf" in result.text and not result.error


def test_open_to_print_in_a_window_uses_the_viewer(tmp_path: Path) -> None:
    page: Any = SimpleNamespace(web=False)
    result = asyncio.run(files.open_to_print(page, tmp_path / "x.pdf", b"%PDF", lambda p: True))
    assert FakePicker.saved == [] and "pdf-lezer" in result.text and not result.error
    failed = asyncio.run(files.open_to_print(page, tmp_path / "x.pdf", b"%PDF", lambda p: False))
    assert failed.error and str(tmp_path / "x.pdf") in failed.text


def test_save_bytes_in_the_browser_downloads() -> None:
    page: Any = SimpleNamespace(web=True)
    written: list[Path] = []
    result = asyncio.run(
        files.save_bytes(page, b"zip", "a.zip", "zip", lambda d, p: written.append(p) or p, "")
    )
    assert result is not None and "a.zip" in result.text and written == []
    assert FakePicker.saved == [{"file_name": "a.zip", "src_bytes": b"zip"}]


def test_save_bytes_in_a_window_writes_where_the_user_chose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files, "no_file_dialog", lambda page: False)
    page: Any = SimpleNamespace(web=False)
    written: list[tuple[bytes, Path]] = []

    def write(data: bytes, path: Path) -> Path:
        written.append((data, path))
        return path

    result = asyncio.run(files.save_bytes(page, b"%PDF", "b.pdf", "pdf", write, ""))
    assert written == [(b"%PDF", Path("/tmp/chosen.pdf"))]
    assert result is not None and "/tmp/chosen.pdf" in result.text
