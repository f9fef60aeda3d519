"""Architecture rules of design §10, checked on the source (in the style of Gaphor's tests).

- no import cycle anywhere in ``app/`` (late imports inside functions count:
  they were how cycles used to be hidden);
- no feature's service imports another feature's service (what two features
  share lives in a shared module);
- views import no storage and see no repository: no function in ``views/``
  takes one, and no view reaches ``services.repo``;
- no module in app/, models/ or views/ is over 400 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

from app.features import FEATURES
from tests.source_tree import parse_file

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def _module_name(file: Path) -> str:
    parts = list(file.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(package: str) -> dict[str, Path]:
    return {_module_name(f): f for f in sorted((ROOT / package).rglob("*.py"))}


def _imported_modules(file: Path, known: set[str]) -> set[str]:
    """Modules of ``known`` that ``file`` imports (``from a import b`` counts a.b if a module)."""
    tree = parse_file(file)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                if child in known:
                    found.add(child)
                elif node.module in known:
                    found.add(node.module)
    return found


def _import_graph(package: str) -> dict[str, set[str]]:
    modules = _modules(package)
    known = set(modules)
    return {name: _imported_modules(file, known) - {name} for name, file in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_no_import_cycle_in_app() -> None:
    assert _cycles(_import_graph("app")) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_feature_service_imports_another() -> None:
    services = {f.service.__name__ for f in FEATURES if f.service is not None}
    assert len(services) >= 3
    graph = _import_graph("app")
    offenders = {
        name: sorted((graph[name] & services) - {name})
        for name in services
        if graph[name] & services
    }
    assert offenders == {}


def _repository_leaks(file: Path) -> list[str]:
    tree = parse_file(file)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                annotation = ast.unparse(arg.annotation) if arg.annotation else ""
                if arg.arg == "repo" or "Repository" in annotation:
                    problems.append(f"line {node.lineno}: takes a repository ({arg.arg})")
        elif isinstance(node, ast.Attribute) and node.attr == "repo":
            problems.append(f"line {node.lineno}: reaches .repo")
    return problems


def test_views_never_see_a_repository() -> None:
    problems = {
        f.relative_to(ROOT).as_posix(): leaks
        for f in sorted((ROOT / "views").rglob("*.py"))
        if (leaks := _repository_leaks(f))
    }
    assert problems == {}


def test_the_repository_check_catches_a_leak(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(repo: Any):\n    return services.repo\n")
    assert len(_repository_leaks(bad)) == 2


def test_no_module_is_over_400_lines() -> None:
    too_long = {
        f.relative_to(ROOT).as_posix(): n
        for layer in ("app", "models", "views")
        for f in sorted((ROOT / layer).rglob("*.py"))
        if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}
