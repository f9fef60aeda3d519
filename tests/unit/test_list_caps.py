"""Issue 11 item 7: every list in a stored record has a cap, and an import over
a cap is refused with a clear message before anything changes.

An 11 KB zip with 3,000 themes once imported with exit 0, after which Inzet
did not render within 90 s and ``print brief`` took 12-17 s.
"""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
import typing
import zipfile
from pathlib import Path

import pytest
from annotated_types import MaxLen
from pydantic import BaseModel

import models
from app.services import position as position_service
from app.services.context import Services
from app.services.demo import add_demo
from app.services.exchange import write_export
from models.base import InvalidInput, Record
from models.position import MAX_DEMANDS_PER_THEME, MAX_THEMES, add_theme
from models.themes import CUSTOM_THEME_ID
from tests.unit.test_cli import run, snapshot


def _record_models() -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"models.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Record)
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


def test_every_list_in_a_stored_record_has_a_cap() -> None:
    uncapped = []
    for model in _record_models():
        for name, info in model.model_fields.items():
            text = str(info.annotation)
            is_collection = typing.get_origin(info.annotation) in (list, dict, set, tuple) or any(
                word in text for word in ("list[", "dict[", "set[", "tuple[")
            )
            if is_collection and not any(isinstance(m, MaxLen) for m in info.metadata):
                uncapped.append(f"{model.__module__}.{model.__name__}.{name}")
    assert uncapped == []


def test_editing_stops_at_the_caps(tmp_path: Path) -> None:
    services = Services.open(tmp_path)
    try:
        add_demo(services.repo)
        position = position_service.load_position(services.repo, "2027")
        while len(position.themes) < MAX_THEMES:
            position, _ = add_theme(position, CUSTOM_THEME_ID, f"Thema {len(position.themes)}")
        with pytest.raises(InvalidInput):
            add_theme(position, CUSTOM_THEME_ID, "Eén te veel")
        theme = position.themes[0]
        for _ in range(MAX_DEMANDS_PER_THEME - len(theme.demands)):
            position_service.add_demand(services.repo, "2027", theme.id)
        with pytest.raises(InvalidInput):
            position_service.add_demand(services.repo, "2027", theme.id)
    finally:
        services.close()


def test_import_with_thousands_of_themes_is_refused(tmp_path: Path) -> None:
    source = Services.open(tmp_path / "source")
    try:
        add_demo(source.repo)
        export = write_export(source.repo, "2027", tmp_path / "ronde.zip")
    finally:
        source.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(export) as original, zipfile.ZipFile(buffer, "w") as hostile:
        for name in original.namelist():
            payload = original.read(name)
            if name == "data.json":
                data = json.loads(payload)
                theme = data["documents"]["position"]["themes"][0]
                data["documents"]["position"]["themes"] = [
                    {**theme, "id": f"t{n}", "theme_id": CUSTOM_THEME_ID, "title": f"T{n}"}
                    for n in range(3000)
                ]
                payload = json.dumps(data).encode()
            hostile.writestr(name, payload, compress_type=zipfile.ZIP_DEFLATED)
    big = tmp_path / "groot.zip"
    big.write_bytes(buffer.getvalue())
    target = tmp_path / "target"
    assert run("--data-dir", str(target), "demo").returncode == 0
    before = snapshot(target)
    result = run("--data-dir", str(target), "import", str(big))
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "themes" in result.stderr
    assert f"hoogstens {MAX_THEMES}" in result.stderr
    assert snapshot(target) == before
