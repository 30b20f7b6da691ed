"""``python -m codegen update [--spec PATH] [--dry-run]``: turn a spec change into a release.

Steps: get the new spec (LowCodeAPI's, or PATH) -> print the drift -> build and generate it into a temporary
directory -> classify the change by comparing the public Python API of the committed package and the new one
(:mod:`codegen.api_diff`) -> print ``release: major|minor|patch|none (<reason>)``.

Unless ``--dry-run`` (and unless the result is ``none``): bump the version in pyproject.toml, regenerate with it,
and write the vendored spec and its metadata, the generated package, the syrupy snapshots and a new CHANGELOG.md
entry. Everything is staged first and swapped in at the end, so a failure leaves the repository as it was.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api_diff import Change, classify
from .errors import CodegenError
from .paths import OVERRIDES, PACKAGE_NAME, ROOT, SNAPSHOT
from .release import SPEC_META

# Snapshot files syrupy keeps for the two tests whose data the spec decides (tests/test_generate.py,
# tests/test_normalize.py); update writes them the way `pytest --snapshot-update` would.
SNAPSHOTS = {
    "generated_tree": Path("tests/__snapshots__/test_generate/test_generated_tree_snapshot.json"),
    "normalized_spec": Path("tests/__snapshots__/test_normalize/test_normalized_spec_snapshot.json"),
}
SPEC_FILE = SNAPSHOT.relative_to(ROOT)
META_FILE = SPEC_META.relative_to(ROOT)
CHANGELOG_HEADER = """# Changelog

All notable changes to this project are documented here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the project uses
[Semantic Versioning](https://semver.org/spec/v2.0.0.html): the public Python API of `scenario_lowcodeapi` is
the contract (`python -m codegen update` classifies each spec change against it).
"""


@dataclass
class Outcome:
    level: str
    reason: str
    changes: list[Change]
    old_version: str
    new_version: str
    entry: str = ""
    written: list[str] = field(default_factory=list)
    dropped_overlays: list[str] = field(default_factory=list)


def _masked_init(text: str) -> str:
    """The package init without its SPEC line: a spec that serializes differently but generates the same code is
    not a release."""
    return re.sub(r"(?m)^SPEC = .*$", "", text)


def trees_differ(old: Path, new: Path) -> bool:
    from .generate import tree_digest

    a, b = tree_digest(old), tree_digest(new)
    if a.keys() != b.keys():
        return True
    for name in a:
        if a[name] == b[name]:
            continue
        if name != "__init__.py":
            return True
        old_text = (old / name).read_text(encoding="utf-8")
        if _masked_init(old_text) != _masked_init((new / name).read_text(encoding="utf-8")):
            return True
    return False


def changelog_entry(version: str, date: str, level: str, changes: list[Change], sha256: str, fetched: str) -> str:
    """A Keep a Changelog entry: breaking changes first (Removed, Changed), then Added, then other changes."""
    sections: dict[str, list[str]] = {
        "Removed (breaking)": [],
        "Changed (breaking)": [],
        "Added": [],
        "Changed": [],
    }
    for change in changes:
        removal = " removed" in change.text
        if change.level == "major":
            sections["Removed (breaking)" if removal else "Changed (breaking)"].append(change.text)
        elif change.level == "minor" and (change.text.endswith(" added") or " added (" in change.text):
            sections["Added"].append(change.text)
        else:
            sections["Changed"].append(change.text)
    lines = [
        f"## [{version}] - {date}",
        "",
        f"A {level} release: LowCodeAPI's Scenario spec changed (sha256 `{sha256}`, fetched {fetched}).",
    ]
    for title, items in sections.items():
        if items:
            lines += ["", f"### {title}", ""] + [f"- {item}" for item in items]
    return "\n".join(lines) + "\n"


def prepend_entry(changelog: str, entry: str) -> str:
    """Insert ``entry`` above the newest release (after any ``[Unreleased]`` section's heading is kept on top)."""
    if not changelog.strip():
        changelog = CHANGELOG_HEADER
    match = re.search(r"(?m)^## \[(?!Unreleased\])", changelog)
    if match is None:
        return changelog.rstrip("\n") + "\n\n" + entry
    return changelog[: match.start()] + entry + "\n" + changelog[match.start() :]


def _snapshot_text(data: Any) -> str:
    from syrupy.extensions.json import JSONSnapshotExtension

    return str(JSONSnapshotExtension().serialize(data))


def run_update(
    *,
    spec_path: Path | None,
    dry_run: bool,
    root: Path = ROOT,
    say: Callable[[str], None] = print,
    notes: Path | None = None,
) -> Outcome:
    from .build import build_spec
    from .drift import report
    from .extras import API_MD
    from .fetch import download_spec, load_spec_file
    from .generate import generate, generated_digest, swap_in
    from .normalize import normalize
    from .release import Release, bump, read_version, spec_meta_for, spec_text, today, with_version

    new_doc = load_spec_file(spec_path) if spec_path is not None else download_spec()
    old_doc = load_spec_file(root / SPEC_FILE)
    new_text = spec_text(new_doc)
    date = today()
    new_meta = spec_meta_for(new_text.encode("utf-8"), meta_path=root / META_FILE, fetched=date)
    version = read_version(root / "pyproject.toml")

    # Each spec is normalized once, here; the drift report, the build, the classification and the normalized-spec
    # snapshot all read these copies (normalize and everything after it leave their input untouched).
    old_norm, new_norm = normalize(old_doc), normalize(new_doc)
    say(report(old_norm, new_norm, normalized=True)[0])
    # An overlay action whose target the new spec no longer has (an operation was removed) is skipped and
    # reported instead of failing: classification still needs the spec.
    dropped: list[str] = []
    spec = build_spec(new_norm, overrides=root / OVERRIDES.relative_to(ROOT), dropped=dropped, normalized=True)
    stage = Path(tempfile.mkdtemp(prefix=".update-", dir=root))
    try:
        compare = generate(spec, generated=stage / "compare", release=Release(version, new_meta))
        package = root / "generated" / PACKAGE_NAME
        level, changes = classify(
            package, compare, old_norm, new_norm, tree_differs=trees_differ(package, compare), normalized=True
        )
        reason = (
            changes[0].text + (f" and {len(changes) - 1} more change(s)" if len(changes) > 1 else "")
            if changes
            else "the generated package and the request shapes are unchanged"
        )
        outcome = Outcome(level, reason, changes, version, bump(version, level), dropped_overlays=dropped)
        for change in changes:
            say(f"  {change.level}: {change.text}")
        for target in dropped:
            say(f"  note: overlay action no longer applies: {target}")
        say(f"release: {level} ({reason.replace('`', '')})")
        if level != "none":
            outcome.entry = changelog_entry(
                outcome.new_version, date, level, changes, new_meta.sha256, new_meta.fetched
            )
            if notes is not None:
                notes.write_text(outcome.entry, encoding="utf-8")
        if dry_run or level == "none":
            return outcome
        if dropped:
            raise CodegenError(
                f"{len(dropped)} overlay action(s) target what the new spec no longer has ({dropped[0]}); remove them "
                "from overrides/ and rerun (nothing written)"
            )

        # Stage every file, then swap.
        new_version = outcome.new_version
        final = generate(spec, generated=stage / "final", release=Release(new_version, new_meta))
        files: dict[Path, str] = {
            Path("pyproject.toml"): with_version((root / "pyproject.toml").read_text(encoding="utf-8"), new_version),
            SPEC_FILE: new_text,
            META_FILE: new_meta.to_json(),
        }
        changelog = root / "CHANGELOG.md"
        files[Path("CHANGELOG.md")] = prepend_entry(
            changelog.read_text(encoding="utf-8") if changelog.exists() else "", outcome.entry
        )
        files[Path("generated") / API_MD] = (final.parent / API_MD).read_text(encoding="utf-8")
        snapshot_data = {
            "generated_tree": lambda: generated_digest(final),
            "normalized_spec": lambda: new_norm,
        }
        for key, rel in SNAPSHOTS.items():
            if (root / rel).exists():
                files[rel] = _snapshot_text(snapshot_data[key]())
        staged: list[tuple[Path, Path]] = []
        for i, (rel, text) in enumerate(files.items()):
            tmp = stage / f"file-{i}"
            tmp.write_text(text, encoding="utf-8")
            staged.append((tmp, root / rel))
        swap_in(final, package, stage / "previous")
        for tmp, target in staged:
            os.replace(tmp, target)
        outcome.written = [str(rel) for rel in files] + [f"generated/{PACKAGE_NAME}/"]
        say(f"update: {version} -> {new_version}; wrote {', '.join(outcome.written)}")
        return outcome
    finally:
        shutil.rmtree(stage, ignore_errors=True)
