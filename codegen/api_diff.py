"""What a change means for a Python user: compare the public API of two generated packages (with griffe) and the
request shapes of two specs, and classify the release as major, minor, patch or none (SemVer).

Rules: a removed operation, parameter or field, or a newly required argument -> major; an added operation,
optional argument, field or enum value -> minor; any other difference in the generated tree (docs, templates,
runtime) -> patch; identical trees -> none.

The Python surface is what users import: the package's ``__all__`` names and every public name of a public module
(``api.*``, ``models.*``, ``client``, ``types``, ``errors``), with their functions' parameters, their classes'
attributes and methods, and enum members. The spec side (:func:`spec_changes`) covers what the Python surface
cannot tell, such as a request field or query parameter that became required or an enum value added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .drift import request_slots
from .normalize import normalize
from .release import LEVELS, Level


@dataclass(frozen=True)
class Change:
    """One thing a user would notice, and the release level it calls for."""

    level: Level
    text: str


def highest(changes: Iterable[Change]) -> Level:
    return max((c.level for c in changes), key=LEVELS.index, default="none")


def ordered(changes: Iterable[Change]) -> list[Change]:
    """Breaking first, then features, then the rest; duplicates dropped; stable within a level."""
    seen: dict[Change, None] = dict.fromkeys(changes)
    return sorted(seen, key=lambda c: -LEVELS.index(c.level))


# -- the Python surface -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    annotation: str


@dataclass(frozen=True)
class Entry:
    """One public object: its kind and, for functions, its parameters; for attributes, annotation and default."""

    kind: str
    params: tuple[Param, ...] = ()
    annotation: str = ""
    has_default: bool = False


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _describe(obj: Any) -> Entry:
    kind = obj.kind.value
    if kind == "function":
        variadic = ("variadic positional", "variadic keyword")
        params = tuple(
            Param(p.name, p.kind.value, p.default is None and p.kind.value not in variadic, str(p.annotation or ""))
            for p in obj.parameters
            if p.name not in ("self", "cls")
        )
        return Entry(kind, params=params, annotation=str(obj.returns or ""))
    if kind == "attribute":
        return Entry(kind, annotation=str(obj.annotation or ""), has_default=obj.value is not None)
    return Entry(kind)


def _walk(obj: Any, path: str, out: dict[str, Entry], canonical: dict[str, str]) -> None:
    out[path] = _describe(obj)
    canonical.setdefault(obj.path, path)
    for name, member in obj.members.items():
        if _public(name) and not member.is_alias and member.kind.value in ("module", "class", "function", "attribute"):
            _walk(member, f"{path}.{name}", out, canonical)


def load_package(package_dir: Path) -> Any:
    """griffe's static view of the package in ``package_dir`` (nothing is imported or executed)."""
    import griffe

    return griffe.load(
        package_dir.name, search_paths=[str(package_dir.parent)], resolve_aliases=False, allow_inspection=False
    )


def surface(package: Any) -> tuple[dict[str, Entry], dict[str, str]]:
    """Every public object of the package by the dotted path users write (exported names under the package), and
    their canonical paths (where griffe reports them) -> that path."""
    out: dict[str, Entry] = {}
    canonical: dict[str, str] = {}
    root = package.path
    out[root] = Entry("module")
    for name in [str(n) for n in (package.exports or [])]:
        member = package.members.get(name)
        if name.startswith("__") or member is None:
            continue
        _walk(member.final_target if member.is_alias else member, f"{root}.{name}", out, canonical)
    for name, member in package.members.items():
        if member.kind.value == "module" and _public(name) and not member.is_alias:
            _walk(member, f"{root}.{name}", out, canonical)
    return out, canonical


def _union(annotation: str) -> frozenset[str]:
    """``"str | Unset | None"`` -> ``{"str", "Unset", "None"}`` (top-level members only)."""
    members: list[str] = []
    depth, current = 0, ""
    for char in annotation:
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += char
    members.append(current.strip())
    return frozenset(m for m in members if m)


def _short(path: str) -> str:
    return path.removeprefix("scenario_lowcodeapi.")


def _param_changes(path: str, old: Entry, new: Entry) -> Iterator[Change]:
    before = {p.name: p for p in old.params}
    after = {p.name: p for p in new.params}
    for name, p in before.items():
        if name not in after:
            yield Change("major", f"`{_short(path)}()`: parameter `{name}` removed")
        elif p.required is False and after[name].required:
            yield Change("major", f"`{_short(path)}()`: parameter `{name}` is now required")
        elif p.required and not after[name].required:
            yield Change("minor", f"`{_short(path)}()`: parameter `{name}` is now optional")
        elif p.annotation != after[name].annotation:
            # An argument may accept more (minor); accepting less, or something else, breaks callers.
            level: Level = "minor" if _union(p.annotation) <= _union(after[name].annotation) else "major"
            yield Change(
                level, f"`{_short(path)}()`: parameter `{name}` type {p.annotation} -> {after[name].annotation}"
            )
    for name, p in after.items():
        if name not in before:
            if p.required:
                yield Change("major", f"`{_short(path)}()`: required parameter `{name}` added")
            else:
                yield Change("minor", f"`{_short(path)}()`: optional parameter `{name}` added")


def surface_changes(old: dict[str, Entry], new: dict[str, Entry]) -> list[Change]:
    """Added, removed and changed public objects; children of an added or removed object are not repeated."""
    changes: list[Change] = []
    removed = [p for p in old if p not in new]
    added = [p for p in new if p not in old]

    def top(paths: list[str]) -> list[str]:
        chosen: list[str] = []
        for p in sorted(paths):
            if not any(p.startswith(c + ".") for c in chosen):
                chosen.append(p)
        return chosen

    for p in top(removed):
        changes.append(Change("major", f"`{_short(p)}` ({old[p].kind}) removed"))
    for p in top(added):
        changes.append(Change("minor", f"`{_short(p)}` ({new[p].kind}) added"))
    for p in old:
        if p not in new:
            continue
        a, b = old[p], new[p]
        if a.kind != b.kind:
            changes.append(Change("major", f"`{_short(p)}` changed from {a.kind} to {b.kind}"))
        elif a.kind == "function":
            changes.extend(_param_changes(p, a, b))
            if a.annotation != b.annotation:
                changes.append(Change("minor", f"`{_short(p)}()` returns {b.annotation} (was {a.annotation})"))
        elif a.kind == "attribute":
            if a.has_default and not b.has_default:
                changes.append(Change("major", f"`{_short(p)}` is now required (no default)"))
            elif a.annotation != b.annotation:
                # A field read from a response may promise more (narrower, minor); anything else breaks readers.
                narrower = _union(b.annotation) <= _union(a.annotation)
                changes.append(
                    Change("minor" if narrower else "major", f"`{_short(p)}` type {a.annotation} -> {b.annotation}")
                )
    return changes


def breaking_changes(old_pkg: Any, new_pkg: Any, public: dict[str, str], known: list[Change]) -> list[Change]:
    """griffe's own verdict (``find_breaking_changes``) on public objects that ``known`` does not already name as
    breaking (the two agree on what both see; griffe also checks what the surface comparison does not, such as
    parameter order and return types)."""
    import griffe

    named = {c.text.split("`")[1].rstrip("()") for c in known if c.level == "major" and c.text.count("`") >= 2}
    out: list[Change] = []
    for breakage in griffe.find_breaking_changes(old_pkg, new_pkg):
        if breakage.kind is griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE:
            continue  # a constant's value (e.g. __version__) is not a contract
        path = public.get(breakage.obj.path)
        if path is None or _short(path) in named:
            continue
        named.add(_short(path))
        out.append(Change("major", f"`{_short(path)}`: {breakage.kind.value.lower()} (griffe)"))
    return out


# -- the spec side ----------------------------------------------------------------------------------------------


def _named(key: tuple[str, str]) -> str:
    """``("query parameter", "status")`` -> ``query parameter `status```."""
    return f"{key[0]} `{key[1]}`"


def spec_changes(old_doc: dict[str, Any], new_doc: dict[str, Any], *, normalized: bool = False) -> list[Change]:
    """Operations, parameters and body fields added, removed or changed between two served specs (``normalized``:
    both are already :func:`codegen.normalize.normalize`'s output)."""
    if not normalized:
        old_doc, new_doc = normalize(old_doc), normalize(new_doc)
    before, after = request_slots(old_doc), request_slots(new_doc)
    changes: list[Change] = []
    for op in after:
        if op not in before:
            changes.append(Change("minor", f"operation `{op}` added"))
    for op in before:
        if op not in after:
            changes.append(Change("major", f"operation `{op}` removed"))
            continue
        for key, slot in before[op].items():
            new = after[op].get(key)
            where = f"`{op}`: {_named(key)}"
            if new is None:
                changes.append(Change("major", f"{where} removed"))
                continue
            if new.required and not slot.required:
                changes.append(Change("major", f"{where} is now required"))
            elif slot.required and not new.required:
                changes.append(Change("minor", f"{where} is now optional"))
            if new.type != slot.type:
                changes.append(Change("major", f"{where} type {slot.type} -> {new.type}"))
            old_enum, new_enum = set(slot.enum), set(new.enum)
            for value in sorted(old_enum - new_enum) if new_enum else ():
                changes.append(Change("major", f"{where}: enum value `{value}` removed"))
            for value in sorted(new_enum - old_enum) if old_enum else ():
                changes.append(Change("minor", f"{where}: enum value `{value}` added"))
            if old_enum and not new_enum:
                changes.append(Change("minor", f"{where}: no longer limited to {sorted(old_enum)}"))
            if new_enum and not old_enum:
                changes.append(Change("major", f"{where}: now limited to {sorted(new_enum)}"))
        for key, slot in after[op].items():
            if key not in before[op]:
                level: Level = "major" if slot.required else "minor"
                adj = "required" if slot.required else "optional"
                changes.append(Change(level, f"`{op}`: {adj} {_named(key)} added ({slot.type})"))
    return changes


def classify(
    old_pkg_dir: Path,
    new_pkg_dir: Path,
    old_doc: dict[str, Any],
    new_doc: dict[str, Any],
    *,
    tree_differs: bool,
    normalized: bool = False,
) -> tuple[Level, list[Change]]:
    """The release level and every change behind it, breaking first (``normalized`` as in :func:`spec_changes`)."""
    old_pkg, new_pkg = load_package(old_pkg_dir), load_package(new_pkg_dir)
    (old_surface, public), (new_surface, _) = surface(old_pkg), surface(new_pkg)
    changes = spec_changes(old_doc, new_doc, normalized=normalized)
    changes += surface_changes(old_surface, new_surface)
    changes += breaking_changes(old_pkg, new_pkg, public, changes)
    if tree_differs and not changes:
        changes.append(
            Change("patch", "generated code changed with the same API (documentation, templates or runtime)")
        )
    return highest(changes), ordered(changes)
