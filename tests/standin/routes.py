"""Route table built from the vendored intent file (``scenario-intents.json``), and the matcher.

Each intent route yields up to two URL patterns under the ``/scenario`` mount:

* old format: the intent path as is, parameter *names* as literal segments
  (``/v1/models/modelId/inferences/inferenceId``), values in the query string;
* new format: parameter segments templated (``/v1/models/{modelId}/inferences/{inferenceId}``).

Routes without path parameters have a single pattern (format ``"none"``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

INTENTS_FILE = Path(__file__).with_name("scenario-intents.json")

Routing = Literal["old", "new", "both"]
UrlFormat = Literal["old", "new", "none"]


@dataclass(frozen=True)
class Route:
    method: str
    intent_path: str  # e.g. "/v1/models/modelId/inferences/inferenceId"
    path_params: tuple[str, ...]  # in URL order
    query_params: tuple[str, ...]  # declared non-path params
    body_fields: tuple[str, ...]
    upstream_path: str  # e.g. "/v1/models/{modelId}/inferences/{inferenceId}"

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(s for s in self.intent_path.split("/") if s)

    @property
    def new_path(self) -> str:
        return "/" + "/".join("{" + s + "}" if s in self.path_params else s for s in self.segments)


@dataclass(frozen=True)
class _Pattern:
    route: Route
    fmt: UrlFormat
    # (literal text, is_param) per segment
    segments: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Match:
    route: Route
    url_format: UrlFormat
    path_values: dict[str, str]  # values captured from new-format paths


def load_intents(path: Path = INTENTS_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_routes(path: Path = INTENTS_FILE) -> list[Route]:
    routes: list[Route] = []
    for raw in load_intents(path)["routes"]:
        intent_path: str = raw["provider_alias_intent"]
        declared_path = set(raw.get("path") or {})
        segments = [s for s in intent_path.split("/") if s]
        path_params = tuple(s for s in segments if s in declared_path)
        query_params = tuple(k for k in raw.get("params") or {} if k not in declared_path)
        endpoint: str = raw.get("meta", {}).get("api_endpoint", "")
        upstream = "/" + endpoint.split("://", 1)[-1].split("/", 1)[-1] if endpoint else intent_path
        routes.append(
            Route(
                method=str(raw["method"]).upper(),
                intent_path=intent_path,
                path_params=path_params,
                query_params=query_params,
                body_fields=tuple(raw.get("body") or {}),
                upstream_path=upstream,
            )
        )
    return routes


def _split(path: str) -> list[str]:
    parts = path.split("/")
    if parts and parts[0] == "":
        parts = parts[1:]
    if len(parts) > 1 and parts[-1] == "":  # Express' non-strict routing tolerates one trailing slash
        parts = parts[:-1]
    return [unquote(p) for p in parts]


class Router:
    """Matches ``(method, path below /scenario)`` against the mounted patterns."""

    def __init__(self, routes: list[Route], routing: Routing) -> None:
        if routing not in ("old", "new", "both"):
            raise ValueError(f"routing must be 'old', 'new' or 'both', not {routing!r}")
        self.routes = routes
        self.routing: Routing = routing
        self._all: list[_Pattern] = []
        for route in routes:
            if not route.path_params:
                self._all.append(_Pattern(route, "none", tuple((s, False) for s in route.segments)))
                continue
            self._all.append(_Pattern(route, "old", tuple((s, False) for s in route.segments)))
            self._all.append(_Pattern(route, "new", tuple((s, s in route.path_params) for s in route.segments)))
        self._mounted = [p for p in self._all if p.fmt == "none" or routing == "both" or p.fmt == routing]

    @staticmethod
    def _try(pattern: _Pattern, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(pattern.segments):
            return None
        values: dict[str, str] = {}
        for part, (text, is_param) in zip(parts, pattern.segments, strict=True):
            if is_param:
                if not part:
                    return None
                values[text] = part
            elif part != text:
                return None
        return values

    def _best(self, patterns: list[_Pattern], method: str | None, parts: list[str]) -> Match | None:
        best: tuple[tuple[int, ...], Match] | None = None
        for pattern in patterns:
            if method is not None and pattern.route.method != method:
                continue
            values = self._try(pattern, parts)
            if values is None:
                continue
            # Prefer literal segments, leftmost first: "/inferences/all" beats "/inferences/{inferenceId}",
            # and an old-format path beats a new-format template capturing the parameter's own name.
            key = tuple(0 if is_param else 1 for _, is_param in pattern.segments)
            fmt: UrlFormat = pattern.fmt
            if fmt == "new" and all(values.get(p) == p for p in pattern.route.path_params):
                fmt = "old"  # an old-shaped URL caught by a new-format template
            candidate = Match(pattern.route, fmt, values)
            if best is None or key > best[0]:
                best = (key, candidate)
        return best[1] if best else None

    def match(self, method: str, path: str) -> Match | None:
        """Match against the mounted routes only.

        On a new-format-only server an old-shaped URL (every parameter segment equal to the parameter's
        name, e.g. ``/v1/models/modelId``) counts as unmatched: the old routes are not mounted there.
        """
        found = self._best(self._mounted, method.upper(), _split(path))
        if found is not None and self.routing == "new" and found.url_format == "old":
            return None
        return found

    def classify(self, method: str, path: str) -> UrlFormat:
        """The URL shape of a request, judged against every route whether mounted or not."""
        parts = _split(path)
        found = self._best(self._all, method.upper(), parts) or self._best(self._all, None, parts)
        return found.url_format if found else "none"
