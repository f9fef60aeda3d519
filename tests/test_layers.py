"""The arrows of design §1: models <- app <- views, nothing points back.

Parses every module's imports (including imports inside functions), so a
wrong arrow anywhere fails CI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.source_tree import parse_file

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN: dict[str, set[str]] = {
    "models": {"app", "views", "flet", "tinydb", "reportlab", "babel", "platformdirs", "filelock"},
    "app": {"views", "flet"},
    "views": {"tinydb", "reportlab", "app.storage"},
}
#: Modules allowed to cross one arrow, with the reason.
EXCEPTIONS: dict[str, set[str]] = {
    # The program's entry point (composition root): nothing imports it.
    "app/__main__.py": {"views"},
    # Starting the UI needs Flet; the launcher only calls ft.run and never
    # builds controls. It takes the UI as a function from views.launch.
    "app/launcher.py": {"flet"},
}


def imports_of(file: Path) -> set[str]:
    tree = parse_file(file)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violates(name: str, forbidden: set[str]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_arrows(layer: str) -> None:
    problems = []
    for file in sorted((ROOT / layer).rglob("*.py")):
        rel = file.relative_to(ROOT).as_posix()
        allowed = EXCEPTIONS.get(rel, set())
        for name in imports_of(file):
            if _violates(name, FORBIDDEN[layer]) and not _violates(name, allowed):
                problems.append(f"{rel} imports {name}")
    assert not problems, "wrong arrows:\n" + "\n".join(problems)


def test_the_check_itself_catches_a_wrong_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from views.shell import App\n    import tinydb\n")
    names = imports_of(bad)
    assert _violates("views.shell", FORBIDDEN["app"]) and "views.shell" in names
    assert "tinydb" in names


def test_only_storage_imports_tinydb() -> None:
    offenders = [
        f.relative_to(ROOT).as_posix()
        for layer in ("app", "views", "models")
        for f in (ROOT / layer).rglob("*.py")
        if any(_violates(n, {"tinydb"}) for n in imports_of(f))
        and not f.relative_to(ROOT).as_posix().startswith("app/storage/")
    ]
    assert offenders == []
