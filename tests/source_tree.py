"""Parse a source file for the tests that read code (layers, architecture,
plain language).

Why not ``ast.parse`` directly: CPython 3.11.7 keeps the AST converter's
recursion depth in one interpreter-wide counter (python/cpython#106905, fixed
in later releases). When another thread of the test process (the view
harness's event loop, a finalizer) converts an AST at the same moment, the
counter is off and ``ast.parse`` raises ``SystemError: AST constructor
recursion depth mismatch`` for a perfectly good file: seen 2 runs in 7 when
the whole suite ran. Each call starts the counter afresh, so parsing again is
correct; a real syntax error is never retried.
"""

from __future__ import annotations

import ast
from pathlib import Path

_ATTEMPTS = 5


def parse_file(path: Path) -> ast.Module:
    """The syntax tree of ``path``, retried on the interpreter bug above only."""
    source = path.read_text(encoding="utf-8")
    for _attempt in range(_ATTEMPTS - 1):
        try:
            return ast.parse(source, filename=str(path))
        except SystemError as error:
            if "recursion depth mismatch" not in str(error):
                raise
    return ast.parse(source, filename=str(path))
