"""A server answering by Scenario's definitions, as Prism would (``prism mock`` on Scenario's export), in Python.

Real HTTP on 127.0.0.1. Each request is mapped to what LowCodeAPI forwards to Scenario (``tests.contract.scenario
.to_scenario``: mount stripped, old-format path parameters moved back) and to Scenario's operation in its definition
(``codegen/spec/scenario-official-swagger2.json`` plus the 15 operations rebuilt from its orphaned definitions); the
answer is an example generated from that operation's response schema:

- ``minimal``: only the properties Scenario marks required (arrays empty), the least a conforming server sends;
- ``full``: every property, arrays with one element;
- a request with ``dryRun=true`` gets Scenario's dry-run answer: status 269 and ``DryRunResponse``;
- ``fail=<status>`` answers Scenario's error body (``{"id", "apiError", "error", ...}``) with that status.

``envelope``: ``"prism"`` (Scenario's body and status, unwrapped: Scenario itself, or Prism), ``"result"`` (LowCodeAPI's
open-source server: ``{"message", "provider", "result"}``, a 269 turned into 200) or ``"data"`` (the hosted docs).
Nothing is kept between requests; no state, so every operation can be answered in any order.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qsl

import httpx

from tests.contract.scenario import contract_document, find_operation, to_scenario

Variant = Literal["minimal", "full"]
Envelope = Literal["prism", "result", "data"]
DRY_RUN_STATUS = 269
_REF = "#/components/schemas/"


def example(schema: Any, full: bool, depth: int = 0) -> Any:
    """A value valid for ``schema`` (OpenAPI 3.0, refs into the contract document)."""
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "$ref" in schema:
        name = str(schema["$ref"])[len(_REF) :]
        return example(contract_document()["components"]["schemas"][name], full, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, full, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example(schema[key][0], full, depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties: dict[str, Any] = schema.get("properties") or {}
        names = list(properties) if full else [n for n in schema.get("required") or [] if n in properties]
        return {name: example(properties[name], full, depth + 1) for name in names}
    if kind == "array":
        wanted = full or int(schema.get("minItems") or 0) > 0
        return [example(schema.get("items") or {}, full, depth + 1)] if wanted else []
    if kind == "integer":
        return max(1, int(schema.get("minimum") or 0))
    if kind == "number":
        return max(1.5, float(schema.get("minimum") or 0))
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2026-01-02T03:04:05.000Z"
        return "x" * max(1, int(schema.get("minLength") or 0))
    return {} if not full else {"anything": 1}


def answer_for(method: str, path: str, query: dict[str, str], variant: Variant) -> tuple[int, Any]:
    """(status, Scenario's body) for a request as Scenario receives it."""
    found = find_operation(method, path)
    if found is None:
        return 404, {"id": "e", "apiError": "notFound", "error": f"no {method} {path} in Scenario's definition"}
    if "fail" in query:
        status = int(query["fail"])
        return status, {"id": "err_1", "apiError": "modelNotFound", "error": "from the mock", "infos": {}}
    _, operation = found
    if query.get("dryRun", "").lower() == "true":
        return DRY_RUN_STATUS, example({"$ref": _REF + "DryRunResponse"}, variant == "full")
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return 200, example(schema, variant == "full")


class ScenarioMock:
    """``with ScenarioMock("minimal", "prism") as m: Scenario(..., base_url=m.base_url)``; ``m.seen`` counts answers."""

    def __init__(self, variant: Variant = "minimal", envelope: Envelope = "prism") -> None:
        self.variant: Variant = variant
        self.envelope: Envelope = envelope
        self.seen: list[tuple[str, str, int]] = []  # (method, Scenario path, status answered)
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
                return

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                content = self.rfile.read(length) if length else b""
                request = httpx.Request(self.command, f"http://127.0.0.1{self.path}", content=content)
                forwarded = to_scenario(request)
                status, body = answer_for(
                    forwarded.method, forwarded.path, dict(parse_qsl(request.url.query.decode())), mock.variant
                )
                mock.seen.append((forwarded.method, forwarded.path, status))
                if mock.envelope == "result":
                    wrapped: Any = {"message": "Request completed", "provider": "scenario"}
                    wrapped.update({"result": body} if status < 300 else {"error": body, "message": "failed"})
                    status = 200 if status == DRY_RUN_STATUS else status  # the open-source server loses the 269
                elif mock.envelope == "data":
                    wrapped = {"data": body} if status < 300 else {"data": {"error": {**body, "message": "failed"}}}
                else:
                    wrapped = body
                raw = json.dumps(wrapped).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/scenario"

    def __enter__(self) -> ScenarioMock:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
