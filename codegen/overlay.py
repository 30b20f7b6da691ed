"""Stage 3: apply the OpenAPI Overlay 1.0 documents in ``overrides/`` to the normalized spec.

No maintained Python applier exists, so this is a small one on python-jsonpath in strict
RFC 9535 mode. Semantics (Overlay 1.0.0, section 4.4.3):

- actions run in order, each against the document as the previous actions left it;
- ``remove: true`` deletes every node the target selects;
- ``update`` on an object is a deep merge (objects merge recursively, anything else replaces);
  ``update`` on an array appends (a list update extends it).

An action whose target selects nothing is an error: an override that silently stops applying
is exactly the drift we want to hear about.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import CodegenError

_ENV: Any = None


def _env() -> Any:
    global _ENV
    if _ENV is None:
        import jsonpath

        _ENV = jsonpath.JSONPathEnvironment(strict=True)
    return _ENV


def deep_merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``target`` in place: objects recursively, other values replace."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _select(doc: Any, target: str, where: str) -> list[tuple[Any, Any]]:
    """(parent container, key) for every node ``target`` selects; the root is (None, None)."""
    try:
        matches = list(_env().finditer(target, doc))
    except Exception as exc:  # python-jsonpath raises its own syntax/type errors
        raise CodegenError(f"{where}: invalid JSONPath target {target!r}: {exc}") from None
    selected = []
    for match in matches:
        if not match.parts:
            selected.append((None, None))
            continue
        parent: Any = doc
        for part in match.parts[:-1]:
            parent = parent[part]
        selected.append((parent, match.parts[-1]))
    return selected


def apply_action(doc: dict[str, Any], action: dict[str, Any], where: str) -> None:
    target = action.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise CodegenError(f"{where}: action needs a JSONPath 'target' starting with '$'")
    selected = _select(doc, target, where)
    if not selected:
        raise CodegenError(f"{where}: target {target} selects nothing in the spec")
    if action.get("remove") is True:
        # Remove from the deepest/last positions first so list indexes stay valid.
        for parent, key in reversed(selected):
            if parent is None:
                raise CodegenError(f"{where}: cannot remove the document root")
            del parent[key]
        return
    if "update" not in action:
        raise CodegenError(f"{where}: action on {target} has neither 'update' nor 'remove: true'")
    update = action["update"]
    for parent, key in selected:
        node = doc if parent is None else parent[key]
        if isinstance(node, dict) and isinstance(update, dict):
            deep_merge(node, update)
        elif isinstance(node, list):
            node.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        elif parent is not None:
            parent[key] = copy.deepcopy(update)
        else:
            raise CodegenError(f"{where}: cannot replace the document root with a non-object")


def check_overlay(overlay: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1.0"):
        raise CodegenError(f"{where}: not an OpenAPI Overlay 1.0 document (missing 'overlay: 1.0.x')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise CodegenError(f"{where}: overlay has no 'actions' list")
    for i, action in enumerate(actions):
        if not isinstance(action, dict):
            raise CodegenError(f"{where}: action {i} is not an object")
    return actions


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any], *, name: str = "overlay") -> dict[str, Any]:
    """Return a copy of ``doc`` with ``overlay`` applied."""
    out = copy.deepcopy(doc)
    for i, action in enumerate(check_overlay(overlay, name)):
        apply_action(out, action, f"{name} action {i}")
    return out


def load_overlay(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            from ruamel.yaml import YAML

            data = YAML(typ="safe", pure=True).load(text)
    except Exception as exc:
        raise CodegenError(f"overlay {path.name} cannot be parsed: {type(exc).__name__}: {exc}") from None
    if not isinstance(data, dict):
        raise CodegenError(f"overlay {path.name} is not an object")
    return data


def overlay_files(directory: Path) -> list[Path]:
    """Overlay files in name order (the order they apply in)."""
    return sorted(p for p in directory.iterdir() if p.suffix in (".json", ".yaml", ".yml") and p.is_file())


def apply_overlays(doc: dict[str, Any], paths: Iterable[Path], dropped: list[str] | None = None) -> dict[str, Any]:
    """Apply each overlay file in order; the input is left untouched. With a ``dropped`` list, an action whose
    target selects nothing (the spec lost what it names) is skipped and recorded there instead of failing."""
    out = copy.deepcopy(doc)
    for path in paths:
        overlay = load_overlay(path)
        for i, action in enumerate(check_overlay(overlay, path.name)):
            where = f"{path.name} action {i}"
            target = action.get("target")
            if dropped is not None and isinstance(target, str) and target.startswith("$"):
                if not _select(out, target, where):
                    dropped.append(f"{path.name}: {target}")
                    continue
            apply_action(out, action, where)
    return out
