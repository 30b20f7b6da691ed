"""The HTTP side of the stand-in: a ThreadingHTTPServer in a background thread."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast
from urllib.parse import parse_qs, urlsplit

from . import fixtures as fx
from .fixtures import JSON
from .routes import Match, Router, Routing, UrlFormat, load_routes
from .store import HANDLERS, ApiError, Call, Store

Envelope = Literal["data", "result"]
FaultKind = Literal["status", "html", "drop", "truncated", "slow", "hang", "lost"]

MOUNT = "/scenario"
ASSET_PREFIX = MOUNT + "/__asset__/"
# Served at GET /scenario/openapi (what `scenario-lowcodeapi doctor` compares with its build): the vendored snapshot.
SPEC_PATH = Path(__file__).resolve().parents[2] / "codegen" / "spec" / "scenario.openapi.json"
TOKEN_MESSAGE = "A valid API token is required to access this API."  # check-token.ts: missing or not at_...
UNKNOWN_TOKEN_MESSAGE = "Invalid api_token"  # api-token-fn: well formed, not in LowCodeAPI's database
NO_CREDENTIALS_MESSAGE = "Request failed"  # check-token.ts throws a bare Error(): routes/index.ts's fallback message
SUCCESS_MESSAGE = "Request completed"  # utilities/response.ts, when Scenario's body has no message of its own
UNREACHABLE_MESSAGE = "connect ECONNREFUSED 127.0.0.1:443"  # the socket error, as the dispatcher reports it
SCENARIO_UNAUTHORIZED_MESSAGE = "Request failed with status code 401"  # axios' message for Scenario's 401
RouteMiss = Literal["json", "html"]
_FAULT_KINDS = ("status", "html", "drop", "truncated", "slow", "hang", "lost")


@dataclass
class Fault:
    """A one-shot misbehaviour for the next request matching ``method`` and/or ``path`` (a substring).

    * ``kind="status"``: answer ``status`` (default 500) in the configured error envelope, or ``body``
      (dict/list -> JSON, str/bytes -> raw with ``content_type``), plus ``headers``;
    * ``kind="html"``: an HTML error page (default 502, text/html) such as a load balancer sends;
    * ``kind="drop"``: read the request, close the connection without answering (no effect on state);
    * ``kind="truncated"``: 200, application/json, a JSON body cut in half (correct Content-Length; no effect);
    * ``kind="slow"``: wait ``delay`` seconds (default 1.0), then answer normally (the request takes effect);
    * ``kind="hang"``: never answer; close the connection after ``delay`` seconds (default 5.0; no effect);
    * ``kind="lost"``: the request takes effect (after ``delay`` seconds, default 0), then the connection is closed
      without an answer: a create whose answer is lost on the way back.
    """

    status: int | None = None
    kind: FaultKind = "status"
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    delay: float | None = None
    method: str | None = None
    path: str | None = None
    content_type: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in _FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {_FAULT_KINDS}")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path in path

    @property
    def effective_delay(self) -> float:
        if self.delay is not None:
            return self.delay
        return {"hang": 5.0, "lost": 0.0}.get(self.kind, 1.0)


@dataclass
class RecordedRequest:
    """One request as the stand-in received it (recorded before any fault applies)."""

    method: str
    path: str  # without the query string, as sent (e.g. "/scenario/v1/models/modelId")
    query: dict[str, str]  # last value wins for repeated names
    json: Any  # parsed JSON body, or None
    headers: dict[str, str]  # names lower-cased
    url_format: UrlFormat  # shape of the URL: "new", "old", or "none" (no path params / unknown)
    matched_route: str | None  # intent path (e.g. "/v1/models/modelId") of the mounted route hit, else None
    body: bytes = b""
    raw_url: str = ""  # path + query exactly as sent (contains the api_token)
    fault: str | None = None  # kind of the fault applied, if any
    status: int | None = None  # status answered; None when dropped / hung
    time: float = 0.0  # time.time() at receipt


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def _json_404() -> _Reply:
    """The open-source server's catch-all for a route it does not mount (measured): JSON, no provider, no token."""
    return _Reply(404, json.dumps({"message": "Not Found"}).encode(), "application/json; charset=utf-8")


def _html_404(method: str, path: str) -> _Reply:
    """Express' finalhandler page for an unmatched route (path without query, so no token leaks)."""
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n'
        f"<body>\n<pre>Cannot {method} {_html_escape(path)}</pre>\n</body>\n</html>\n"
    )
    return _Reply(
        404,
        page.encode(),
        "text/html; charset=utf-8",
        {"Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff"},
    )


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


_REASONS = {502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out", 500: "Internal Error"}


def _html_error_page(status: int) -> bytes:
    title = f"{status} {_REASONS.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # many concurrent clients (async benchmarks): the default backlog of 5 overflows
    block_on_close = False

    def __init__(self, address: tuple[str, int], standin: StandIn) -> None:
        self.standin = standin
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LowCodeAPI-StandIn"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    @property
    def standin(self) -> StandIn:
        return cast(_Server, self.server).standin

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet: no request logging
        return

    def setup(self) -> None:
        super().setup()
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        srv = cast(_Server, self.server)
        with srv.connections_lock:
            srv.connections.add(self.connection)

    def finish(self) -> None:
        srv = cast(_Server, self.server)
        with srv.connections_lock:
            srv.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        self._dispatch()

    # ------------------------------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = bytearray()
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return bytes(chunks)
                chunks += self.rfile.read(size)
                self.rfile.readline(65537)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self) -> None:
        standin = self.standin
        try:
            raw_body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return
        split = urlsplit(self.path)
        path = split.path
        multi_query = parse_qs(split.query, keep_blank_values=True)
        parsed: Any = None
        if raw_body:
            try:
                parsed = json.loads(raw_body)
            except ValueError:
                parsed = None
        below = path[len(MOUNT) :] if path == MOUNT or path.startswith(MOUNT + "/") else None
        method = self.command.upper()
        match = standin.router.match(method, below) if below is not None else None
        record = RecordedRequest(
            method=method,
            path=path,
            query={k: v[-1] for k, v in multi_query.items()},
            json=parsed,
            headers={k.lower(): v for k, v in self.headers.items()},
            url_format=standin.router.classify(method, below) if below is not None else "none",
            matched_route=match.route.intent_path if match else None,
            body=raw_body,
            raw_url=self.path,
            time=time.time(),
        )
        fault = standin._record_and_take_fault(record)
        with standin._lock:
            standin.in_flight += 1
            standin.max_in_flight = max(standin.max_in_flight, standin.in_flight)
        try:
            if standin.latency > 0:
                standin._stopping.wait(standin.latency)
            self._dispatch_fault(fault, record, method, path, below, match, multi_query, parsed)
        finally:
            with standin._lock:
                standin.in_flight -= 1

    def _dispatch_fault(
        self,
        fault: Fault | None,
        record: RecordedRequest,
        method: str,
        path: str,
        below: str | None,
        match: Match | None,
        multi_query: dict[str, list[str]],
        parsed: Any,
    ) -> None:
        standin = self.standin
        if fault is not None and fault.kind == "lost":
            standin._stopping.wait(fault.effective_delay)
            record.status = self._handle(method, path, below, match, multi_query, parsed).status
            self.close_connection = True
            return
        if fault is not None:
            if fault.kind == "drop":
                self.close_connection = True
                return
            if fault.kind == "hang":
                standin._stopping.wait(fault.effective_delay)
                self.close_connection = True
                return
            if fault.kind == "slow":
                standin._stopping.wait(fault.effective_delay)
                if standin._stopping.is_set():
                    self.close_connection = True
                    return
                fault = None
        if fault is not None:
            reply = self._fault_reply(fault)
        else:
            reply = self._handle(method, path, below, match, multi_query, parsed)
        record.status = reply.status
        self._send(reply)

    def _fault_reply(self, fault: Fault) -> _Reply:
        standin = self.standin
        if fault.kind == "html":
            status = fault.status or 502
            body = fault.body if isinstance(fault.body, bytes | str) else _html_error_page(status)
            return _Reply(status, body.encode() if isinstance(body, str) else body, "text/html", dict(fault.headers))
        if fault.kind == "truncated":
            full = json.dumps(standin._success_envelope({"models": [fx.make_model("model_truncated")]})).encode()
            return _Reply(
                fault.status or 200, full[: len(full) // 2], "application/json; charset=utf-8", dict(fault.headers)
            )
        status = fault.status or 500
        if fault.body is None:
            reply = standin._error_reply(status, f"Upstream request failed with status {status}")
            reply.headers.update(fault.headers)
            return reply
        if isinstance(fault.body, bytes | str):
            raw = fault.body.encode() if isinstance(fault.body, str) else fault.body
            return _Reply(status, raw, fault.content_type or "text/plain; charset=utf-8", dict(fault.headers))
        return _Reply(
            status,
            json.dumps(fault.body).encode(),
            fault.content_type or "application/json; charset=utf-8",
            dict(fault.headers),
        )

    def _handle(
        self,
        method: str,
        path: str,
        below: str | None,
        match: Match | None,
        query: dict[str, list[str]],
        body: Any,
    ) -> _Reply:
        standin = self.standin
        if method in ("GET", "HEAD") and path.startswith(ASSET_PREFIX):
            name = path[len(ASSET_PREFIX) :]
            if name.endswith(".png") and "/" not in name and len(name) > 4:
                picture = standin.store.picture(name[:-4])
                return _Reply(200, picture, "image/png", {"Cache-Control": "public, max-age=3600"})
        if method == "GET" and below == "/openapi":  # the spec, as LowCodeAPI serves it (public: no token)
            return _Reply(200, SPEC_PATH.read_bytes(), "application/json; charset=utf-8")
        if below is None or match is None:
            return _json_404() if standin.route_miss == "json" else _html_404(method, path)
        token = (query.get("api_token") or [""])[-1]
        if standin.token_rule:
            if not token.startswith("at_"):
                return standin._lowcodeapi_error(401, TOKEN_MESSAGE)
            if standin.known_tokens is not None and token not in standin.known_tokens:
                return standin._lowcodeapi_error(403, UNKNOWN_TOKEN_MESSAGE)
            if token in standin.unconnected_tokens:
                return standin._lowcodeapi_error(403, NO_CREDENTIALS_MESSAGE)
        if not standin.upstream_reachable:
            return standin._lowcodeapi_error(500, UNREACHABLE_MESSAGE)
        if not standin.scenario_key_valid:
            return standin._error_reply(401, SCENARIO_UNAUTHORIZED_MESSAGE, scenario_message="Unauthorized")
        route = match.route
        params: dict[str, str] = {}
        for name in route.path_params:
            value = match.path_values.get(name) if match.url_format == "new" else (query.get(name) or [""])[-1]
            if not value:
                return standin._error_reply(400, f"{name} is required", {"parameter": name})
            params[name] = value
        handler = HANDLERS.get((route.method, route.intent_path))
        if handler is None:  # pragma: no cover - every intent has a handler (checked by the tests)
            return standin._error_reply(500, f"No stand-in handler for {route.method} {route.intent_path}")
        call = Call(params=params, query=query, body=body)
        with standin.store.lock:
            try:
                payload = handler(standin.store, call)
            except ApiError as exc:
                return standin._error_reply(exc.status, exc.message, exc.infos)
            body = json.dumps(standin._success_envelope(payload)).encode()
        status = (
            standin.dry_run_status
            if call.dry_run and set(payload) <= {"creativeUnitsCost", "creativeUnitsDiscount"}
            else 200
        )
        return _Reply(status, body, "application/json; charset=utf-8")

    def _send(self, reply: _Reply) -> None:
        """Status line, headers and body in a single write (no Nagle / delayed-ACK stall between them)."""
        reason = self.responses.get(reply.status, ("",))[0]
        headers = {
            "Server": self.version_string(),
            "Date": self.date_time_string(),
            "X-Powered-By": "Express",
            "Content-Type": reply.content_type,
            "Content-Length": str(len(reply.body)),
        }
        headers.update(reply.headers)
        if any(k.lower() == "connection" and v.lower() == "close" for k, v in headers.items()):
            self.close_connection = True
        if self.close_connection:
            headers["Connection"] = "close"
        head = f"{self.protocol_version} {reply.status} {reason}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
        try:
            self.wfile.write(head.encode("latin-1") + (reply.body if self.command != "HEAD" else b""))
            self.wfile.flush()
        except OSError:
            self.close_connection = True


class StandIn:
    """A LowCodeAPI stand-in for the Scenario provider, on ``127.0.0.1`` and a free port.

    >>> with StandIn(routing="old", envelope="data") as s:  # doctest: +SKIP
    ...     httpx.get(s.base_url + "/v1/models", params={"api_token": "at_x"}).json()
    """

    def __init__(
        self,
        routing: Routing = "old",
        envelope: Envelope = "result",
        *,
        token_rule: bool = True,
        inference_statuses: tuple[str, ...] = ("queued", "in-progress", "succeeded"),
        training_statuses: tuple[str, ...] = ("training", "trained"),
        port: int = 0,
        host: str = "127.0.0.1",
        models: int = 5,
        known_tokens: Iterable[str] | None = None,
        unconnected_tokens: Iterable[str] = (),
        route_miss: RouteMiss = "json",
        dry_run_status: int = 200,
    ) -> None:
        if envelope not in ("data", "result"):
            raise ValueError(f"envelope must be 'data' or 'result', not {envelope!r}")
        if route_miss not in ("json", "html"):
            raise ValueError(f"route_miss must be 'json' or 'html', not {route_miss!r}")
        # The tokens LowCodeAPI's database knows (None: every at_... token, the suite's convenience); a known token
        # in unconnected_tokens has no Scenario credentials connected. Both are read per request: tests may change
        # them, and upstream_reachable / scenario_key_valid, while the server runs.
        self.known_tokens: frozenset[str] | None = None if known_tokens is None else frozenset(known_tokens)
        self.unconnected_tokens: frozenset[str] = frozenset(unconnected_tokens)
        self.upstream_reachable = True  # False: LowCodeAPI cannot reach Scenario (500, the socket error)
        self.scenario_key_valid = True  # False: Scenario rejects the key stored in LowCodeAPI (its 401, passed on)
        self.route_miss: RouteMiss = route_miss
        self.dry_run_status = dry_run_status  # 200: the open-source server (it turns Scenario's 269 into 200)
        if not inference_statuses or not training_statuses:
            raise ValueError("inference_statuses and training_statuses must not be empty")
        self.routing: Routing = routing
        self.envelope: Envelope = envelope
        self.token_rule = token_rule
        self.router = Router(load_routes(), routing)
        self.host = host
        self._lock = threading.RLock()
        self._requests: list[RecordedRequest] = []
        self._faults: list[Fault] = []
        self.latency = 0.0  # seconds every request waits before it is handled (to observe concurrency)
        self.in_flight = 0  # requests being handled now, and the most seen at once
        self.max_in_flight = 0
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._server: _Server | None = _Server((host, port), self)
        self.port: int = self._server.server_address[1]
        self.store = Store(
            asset_base=f"{self.base_url}/__asset__",
            inference_statuses=tuple(inference_statuses),
            training_statuses=tuple(training_statuses),
        )
        self.store.seed_default(models)

    # ------------------------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}{MOUNT}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> StandIn:
        with self._lock:
            if self.running:
                return self
            if self._server is None:  # restarted after stop(): bind the same port again
                self._server = _Server((self.host, self.port), self)
            self._stopping.clear()
            server = self._server
            self._thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="standin", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server, self._thread = None, None
        if server is None:
            return
        self._stopping.set()  # wakes "slow" and "hang" faults
        if thread is not None:
            server.shutdown()
        with server.connections_lock:
            conns = list(server.connections)
        for conn in conns:  # idle keep-alive connections: unblock their reader threads
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"StandIn(base_url={self.base_url!r}, routing={self.routing!r}, envelope={self.envelope!r})"

    # ------------------------------------------------------------------------------- test helpers

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the recorded requests, oldest first."""
        with self._lock:
            return list(self._requests)

    def reset_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def seed_models(self, n: int) -> None:
        self.store.seed_models(n)

    def inject(self, *faults: Fault) -> None:
        """Queue faults; each is consumed by the next request it matches, in order."""
        with self._lock:
            self._faults.extend(faults)

    @property
    def pending_faults(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def url(self, path: str) -> str:
        """``base_url + path`` (``path`` like ``/v1/models``)."""
        return self.base_url + path

    # ------------------------------------------------------------------------------------ internals

    def _record_and_take_fault(self, record: RecordedRequest) -> Fault | None:
        with self._lock:
            self._requests.append(record)
            for index, fault in enumerate(self._faults):
                if fault.matches(record.method, record.path):
                    record.fault = fault.kind
                    return self._faults.pop(index)
        return None

    def _success_envelope(self, payload: JSON) -> JSON:
        if self.envelope == "data":
            return {"data": payload}
        own = payload.get("message") if isinstance(payload, dict) else None
        return {
            "message": own if isinstance(own, str) and own else SUCCESS_MESSAGE,
            "provider": "scenario",
            "result": payload,
            "response_headers": {
                "content-type": "application/json; charset=utf-8",
                "x-request-id": f"req_standin_{len(self._requests)}",
            },
        }

    def _error_reply(
        self, status: int, message: str, infos: JSON | None = None, *, scenario_message: str | None = None
    ) -> _Reply:
        """Scenario's error answer, passed through LowCodeAPI (Scenario's body under ``error``)."""
        body: JSON
        if self.envelope == "data":
            body = {"data": {"error": {"message": message, "code": fx.error_code(status)}}}
        else:
            body = {
                "message": message,
                "provider": "scenario",
                "error": fx.make_scenario_error(status, scenario_message or message, infos=infos),
                "headers": {},
            }
        return _Reply(status, json.dumps(body).encode(), "application/json; charset=utf-8")

    def _lowcodeapi_error(self, status: int, message: str) -> _Reply:
        """LowCodeAPI's own rejection (token check, unreachable Scenario): no Scenario body, the status as code."""
        body: JSON
        if self.envelope == "data":
            body = {"data": {"error": {"message": message, "code": str(status)}}}
        else:
            body = {"message": message, "provider": "scenario", "error": {"code": str(status)}}
        return _Reply(status, json.dumps(body).encode(), "application/json; charset=utf-8")
