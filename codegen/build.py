"""The spec half of the pipeline: fetched document -> normalized -> overlaid -> validated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .normalize import normalize, validate
from .overlay import apply_overlays, overlay_files
from .paths import OVERRIDES


def build_spec(doc: dict[str, Any], *, overrides: Path = OVERRIDES, check: bool = True) -> dict[str, Any]:
    """Repair ``doc`` and apply every overlay in ``overrides``; validate the result unless ``check`` is False."""
    spec = apply_overlays(normalize(doc), overlay_files(overrides))
    if check:
        validate(spec)
    return spec
