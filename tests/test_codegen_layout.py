"""The codegen package's shape: its modules form a one-way chain (no import cycles, counting imports inside
functions), and each is small enough to read or says at its top why it is not.

``codegen.runtime`` is runtime code copied into the generated package, not a link of the chain: imports of it
are ignored here (the runtime's own layout is tested with the runtime)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CODEGEN = Path(__file__).resolve().parent.parent / "codegen"
MAX_LINES = 500
SIZE_REASON = "Why this module is over"  # a module over MAX_LINES says so in its docstring, with the reason


def _modules() -> dict[str, Path]:
    return {path.stem: path for path in sorted(CODEGEN.glob("*.py"))}


def _imports(path: Path, names: set[str]) -> set[str]:
    """The codegen modules ``path`` imports anywhere in it (top level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from .x import y / from . import x
                module = (node.module or "").split(".")[0]
                candidates = [module] if module else [alias.name for alias in node.names]
            elif node.level == 0 and (node.module or "").split(".")[0] == "codegen":
                parts = (node.module or "").split(".")
                candidates = [parts[1]] if len(parts) > 1 else [alias.name for alias in node.names]
            else:
                continue
        elif isinstance(node, ast.Import):
            candidates = [a.name.split(".")[1] for a in node.names if a.name.startswith("codegen.")]
        else:
            continue
        found.update(c for c in candidates if c in names)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    names = set(modules)
    return {name: _imports(path, names) - {name} for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (as the list of modules around it, first repeated last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_codegen_modules_import_one_way() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "codegen import cycle: " + " -> ".join(cycle or [])


def test_the_graph_sees_function_level_imports() -> None:
    """The check counts ``from .x import y`` inside functions (where cycles hide): __main__ imports its commands'
    modules only inside the command functions."""
    graph = import_graph()
    assert {"build", "generate", "update", "drift"} <= graph["__main__"]
    assert "runtime" not in graph["build"]  # codegen.runtime is outside the chain


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
    ],
)
def test_find_cycle(graph: dict[str, set[str]], expected: list[str] | None) -> None:
    assert find_cycle(graph) == expected


def test_codegen_modules_are_small_or_say_why() -> None:
    too_big = []
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > MAX_LINES and SIZE_REASON not in (ast.get_docstring(ast.parse(text)) or ""):
            too_big.append(f"{name}.py ({lines} lines)")
    assert not too_big, f"over {MAX_LINES} lines with no reason at the top: {', '.join(too_big)}"
