"""Routes and LowCodeAPI's two URL formats for path parameters, and the per-base-URL memory of which works."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

from ._redact import logger, redact_url

__all__ = ["FormatMemory", "Route", "UrlFormat", "build_path", "format_memory"]

UrlFormat = Literal["new", "old"]

_PARAM_RE = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True, slots=True)
class Route:
    """One endpoint: ``Route("GET", "/v1/models/{modelId}", "/v1/models/modelId", ("modelId",))``.

    ``old_path`` is the old URL format's path (each parameter's name as a literal segment), ``None`` when the route
    has no path parameters. :meth:`from_template` computes both from the template.
    """

    method: str
    path: str
    old_path: str | None = None
    path_params: tuple[str, ...] = ()

    @classmethod
    def from_template(cls, method: str, path: str) -> Route:
        names = tuple(_PARAM_RE.findall(path))
        return cls(method.upper(), path, _PARAM_RE.sub(r"\1", path) if names else None, names)


def _path_value(route: Route, values: Mapping[str, object], name: str) -> str:
    try:
        value = values[name]
    except KeyError:
        raise ValueError(f"Missing path parameter {name!r} for {route.method} {route.path}") from None
    text = value if isinstance(value, str) else str(value)
    # An empty value would turn GET /v1/models/{modelId} into the list route, ".." would climb out of it.
    if text in ("", ".", ".."):
        raise ValueError(f"Invalid value {text!r} for path parameter {name!r} of {route.method} {route.path}")
    return text


def build_path(route: Route, path_values: Mapping[str, object], url_format: UrlFormat) -> tuple[str, dict[str, str]]:
    """The path to request and the extra query parameters for ``route`` in ``url_format``.

    New format: the values URL-quoted (``safe=""``) into the template, no extra query parameters. Old format:
    the literal ``old_path``, each value moved to the query under its parameter's name.
    """
    names = route.path_params
    if not names:
        return route.path, {}
    if url_format == "old":
        query = {name: _path_value(route, path_values, name) for name in names}
        return route.old_path or _PARAM_RE.sub(r"\1", route.path), query
    path = route.path
    for name in names:
        path = path.replace("{" + name + "}", quote(_path_value(route, path_values, name), safe=""))
    return path, {}


class FormatMemory:
    """Which URL format works, per LowCodeAPI base URL; shared by every client of the process, thread-safe."""

    def __init__(self) -> None:
        self._formats: dict[str, UrlFormat] = {}
        self._lock = threading.Lock()

    def get(self, base_url: str) -> UrlFormat | None:
        return self._formats.get(base_url)  # a dict read is atomic: no lock on the hot path

    def set(self, base_url: str, fmt: UrlFormat) -> None:
        with self._lock:
            previous = self._formats.get(base_url)
            if previous == fmt:
                return
            self._formats[base_url] = fmt
        if fmt == "old":
            logger.info(
                "LowCodeAPI at %s routes path parameters in the old URL format; using it from now on",
                redact_url(base_url),
            )
        elif previous == "old" and logger.isEnabledFor(logging.DEBUG):
            logger.debug("LowCodeAPI at %s routes path parameters in the new URL format again", redact_url(base_url))

    def clear(self) -> None:
        with self._lock:
            self._formats.clear()

    def __repr__(self) -> str:
        return f"FormatMemory({dict(self._formats)!r})"


format_memory = FormatMemory()
"""The process-wide instance used by every :class:`Client`."""
