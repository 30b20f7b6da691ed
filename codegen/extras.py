"""Modules openapi-python-client does not render itself, rendered with its template environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# (name, module) pairs the package's __init__ exports lazily, besides the client and errors.
EXTRA_EXPORTS: tuple[tuple[str, str], ...] = ()


def render_extras(project: Any, spec: dict[str, Any], package_dir: Path) -> None:
    """Render our extra templates into the package (none yet)."""
