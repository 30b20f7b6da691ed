"""The runtime's layout rules (issue #20): small modules, and no import cycle among them.

- A module over ``MAX_LINES`` lines says why at its top: a line starting with ``LONG_MARKER`` in its first
  ``MARKER_WITHIN`` lines.
- Module-level imports (those run when a module is imported: not inside a function, not under
  ``if TYPE_CHECKING:``) between runtime modules form no cycle. Imports inside functions (kept lazy for cold-start
  speed) are not module-level and may point anywhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from codegen.paths import RUNTIME

MAX_LINES = 500
LONG_MARKER = "# Why this module is long:"
MARKER_WITHIN = 15
PACKAGE = "runtime"


def runtime_modules() -> dict[str, Path]:
    """``{dotted name: path}`` of every runtime module copied into the package (``runtime._base_client``,
    ``runtime._cli._doctor``, ``runtime._cli`` for its ``__init__``); the top ``__init__`` only serves the tests."""
    modules: dict[str, Path] = {}
    for path in sorted(RUNTIME.rglob("*.py")):
        parts = path.relative_to(RUNTIME).with_suffix("").parts
        if "__pycache__" in parts or parts == ("__init__",):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join((PACKAGE, *parts))] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _module_level(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """The import statements run when the module is imported (top level, or inside top-level try/if/with blocks
    other than ``if TYPE_CHECKING:``)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                found += _module_level(node.body)
            found += _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                found += _module_level(block)
        elif isinstance(node, ast.With):
            found += _module_level(node.body)
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The runtime modules ``name`` imports at module level."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _module_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif node.level == 0:
            candidates = [node.module or ""]
        else:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            origin = ".".join(base + ([node.module] if node.module else []))
            candidates = [origin] + [f"{origin}.{alias.name}" for alias in node.names]  # `from . import _doctor`
        targets.update(c for c in candidates if c in known and c != name)
    return targets


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (``[a, b, ..., a]``), or ``None``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def import_graph() -> dict[str, set[str]]:
    modules = runtime_modules()
    return {name: imports_of(name, path, set(modules)) for name, path in modules.items()}


def long_without_reason(path: Path) -> str | None:
    """Why ``path`` breaks the length rule, or ``None`` when it keeps it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) <= MAX_LINES or any(line.startswith(LONG_MARKER) for line in lines[:MARKER_WITHIN]):
        return None
    return (
        f"{path.name} has {len(lines)} lines (over {MAX_LINES}): split it where there is a seam, or say why it "
        f"stays whole in a line starting with {LONG_MARKER!r} in its first {MARKER_WITHIN} lines"
    )


@pytest.mark.parametrize("name", sorted(runtime_modules()))
def test_a_long_runtime_module_says_why_at_its_top(name: str) -> None:
    assert long_without_reason(runtime_modules()[name]) is None


def test_runtime_modules_import_each_other_without_a_cycle() -> None:
    graph = import_graph()
    assert find_cycle(graph) is None, f"module-level import cycle: {' -> '.join(find_cycle(graph) or [])}"


def test_the_import_graph_sees_the_runtime_imports() -> None:
    """The checker itself: it finds the edges the runtime is known to have, and would report a cycle."""
    graph = import_graph()
    assert {"runtime._transport", "runtime._wire", "runtime._pools", "runtime._budget"} <= graph["runtime._base_client"]
    assert "runtime._cli._doctor" in graph["runtime._cli"]  # `from . import _doctor, _resources`
    assert "runtime._base_client" not in graph["runtime._batch_ops"]  # only under TYPE_CHECKING
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_length_rule_catches_a_long_module_without_a_reason(tmp_path: Path) -> None:
    """The rule's own check, on files made to break it and to keep it."""
    long = tmp_path / "_long.py"
    long.write_text('"""A module."""\n' + "x = 1\n" * MAX_LINES, encoding="utf-8")
    assert "_long.py has 501 lines" in (long_without_reason(long) or "")
    long.write_text(f"{LONG_MARKER} one reason.\n" + long.read_text(encoding="utf-8"), encoding="utf-8")
    assert long_without_reason(long) is None
    short = tmp_path / "_short.py"
    short.write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    assert long_without_reason(short) is None
