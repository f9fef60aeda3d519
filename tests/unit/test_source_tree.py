"""The code-reading tests survive CPython 3.11.7's AST counter bug, and only that."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from tests import source_tree


def _flaky_parse(failures: list[str]) -> Any:
    real = ast.parse

    def parse(*args: Any, **kwargs: Any) -> ast.Module:
        if failures:
            raise SystemError(failures.pop())
        return real(*args, **kwargs)

    return parse


def test_the_interpreter_bug_is_parsed_again(tmp_path: Path, monkeypatch: Any) -> None:
    file = tmp_path / "m.py"
    file.write_text("import os\n", encoding="utf-8")
    monkeypatch.setattr(ast, "parse", _flaky_parse(["AST constructor recursion depth mismatch"]))
    tree = source_tree.parse_file(file)
    assert isinstance(tree.body[0], ast.Import)


def test_other_errors_are_not_hidden(tmp_path: Path, monkeypatch: Any) -> None:
    file = tmp_path / "m.py"
    file.write_text("import os\n", encoding="utf-8")
    monkeypatch.setattr(ast, "parse", _flaky_parse(["something else"]))
    with pytest.raises(SystemError, match="something else"):
        source_tree.parse_file(file)
    (tmp_path / "bad.py").write_text("def (:\n", encoding="utf-8")
    monkeypatch.undo()
    with pytest.raises(SyntaxError):
        source_tree.parse_file(tmp_path / "bad.py")
