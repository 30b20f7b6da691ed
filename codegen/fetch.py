"""Stage 1: get the spec LowCodeAPI serves, falling back to the vendored snapshot."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .errors import CodegenError
from .paths import SNAPSHOT, SPEC_URL

FETCH_TIMEOUT = 5.0


def load_spec_file(path: Path) -> dict[str, Any]:
    """Read a spec from disk; a missing file or invalid JSON is a one-line CodegenError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CodegenError(f"cannot read spec {path}: {exc.strerror or exc}") from None
    return parse_spec_text(text, source=str(path))


def parse_spec_text(text: str, *, source: str) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CodegenError(
            f"spec {source} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    if not isinstance(doc, dict):
        raise CodegenError(f"spec {source} is not a JSON object (got {type(doc).__name__})")
    return doc


def download_spec(url: str = SPEC_URL, *, timeout: float = FETCH_TIMEOUT) -> dict[str, Any]:
    """GET the served spec. Any network or HTTP problem is a one-line CodegenError."""
    import httpx

    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise CodegenError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from None
    if response.status_code != 200:
        raise CodegenError(f"cannot fetch {url}: HTTP {response.status_code}")
    return parse_spec_text(response.text, source=url)


def fetch_spec(*, spec: Path | None = None, offline: bool = False, url: str = SPEC_URL) -> dict[str, Any]:
    """The spec to build from: ``spec`` if given, else the served one, else the vendored snapshot."""
    if spec is not None:
        return load_spec_file(spec)
    if offline:
        print(
            f"fetch: offline, using the vendored snapshot {SNAPSHOT.relative_to(SNAPSHOT.parents[2])}", file=sys.stderr
        )
        return load_spec_file(SNAPSHOT)
    try:
        return download_spec(url)
    except CodegenError as exc:
        print(f"fetch: {exc}; using the vendored snapshot {SNAPSHOT.relative_to(SNAPSHOT.parents[2])}", file=sys.stderr)
        return load_spec_file(SNAPSHOT)


def update_snapshot(url: str = SPEC_URL) -> Path:
    """Refresh the vendored snapshot from the served spec (online only; fails loudly otherwise)."""
    doc = download_spec(url)
    if not isinstance(doc.get("paths"), dict) or not doc["paths"]:
        raise CodegenError(f"spec from {url} has no paths; snapshot left unchanged")
    from .release import SPEC_META, SpecMeta, spec_sha256, spec_text, today

    text = spec_text(doc)
    meta = SpecMeta(sha256=spec_sha256(text.encode("utf-8")), fetched=today())
    tmp, meta_tmp = SNAPSHOT.with_suffix(".json.tmp"), SPEC_META.with_suffix(".json.tmp")
    tmp.write_text(text, encoding="utf-8")
    meta_tmp.write_text(meta.to_json(), encoding="utf-8")
    tmp.replace(SNAPSHOT)
    meta_tmp.replace(SPEC_META)
    return SNAPSHOT
