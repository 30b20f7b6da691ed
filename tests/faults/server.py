"""A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, one thread per connection, keep-alive.

Independent of the client and of the LowCodeAPI stand-in: it parses requests by hand (request line, headers,
Content-Length body), counts every complete request it received, then applies the current :class:`Fault`:

* ``ok``: 200 ``{"data": OK_PAYLOAD}`` (tests/wire.py): every payload field an operation's response guarantees, with an id, so any
  operation parses it;
* ``echo``: 200 ``{"data": {"model": {"id": <last path segment>}, "pid": <X-Pid header>}}`` (keep-alive), for
  the fork test: an answer carries what was asked;
* ``delay``: wait ``seconds``, then answer like ``ok`` (the request "took effect");
* ``reset``: read the request, then close with a TCP RST (SO_LINGER 0), no answer;
* ``status``: answer ``status`` with ``body`` (bytes) and ``content_type``, ``headers`` (``{token}`` in the body
  or a header value is replaced by the token the request carried);
* ``drip``: 200 headers at once, then a ``size``-byte JSON body one byte every ``seconds``;
* ``drip-headers``: the status line and headers one byte every ``seconds``, then an ``ok`` body at once;
* ``route-miss-old``: Express's HTML 404 for new-format URLs (a path segment starting with ``model_``), 200 for
  the rest, like an old-format-only LowCodeAPI; ``seconds`` delays every answer.

``{token}`` in a status body is replaced by the ``api_token`` the request carried (an echoing server).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qs, urlsplit

from tests.wire import EXPRESS_404, OK_BODY

Kind = Literal["ok", "echo", "delay", "reset", "status", "drip", "drip-headers", "route-miss-old"]


@dataclass
class Fault:
    kind: Kind = "ok"
    status: int = 200
    body: bytes = OK_BODY
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    size: int = 60


@dataclass
class Received:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)


class FaultServer:
    """``with FaultServer(Fault("reset")) as server: ... server.count`` (requests received)."""

    def __init__(self, fault: Fault | None = None) -> None:
        self.fault = fault or Fault()
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(512)
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/scenario"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.received)

    def reset_counts(self) -> None:
        with self._lock:
            self.received.clear()

    def __enter__(self) -> FaultServer:
        thread = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    # ------------------------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        try:
            while not self._stop.is_set():
                request, buffer = self._read_request(conn, buffer)
                if request is None:
                    return
                with self._lock:
                    self.received.append(request)
                if not self._answer(conn, request):
                    return
        except OSError:
            return
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
        return Received(method, target, headers, rest[:length]), rest[length:]

    def _send(self, conn: socket.socket, status: int, body: bytes, content_type: str, extra: dict[str, str]) -> None:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), **extra}
        head = f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        conn.sendall(head.encode("latin-1") + body)

    def _answer(self, conn: socket.socket, request: Received) -> bool:
        fault = self.fault
        kind = fault.kind
        if kind == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if kind in ("delay", "route-miss-old") and fault.seconds:
            if self._stop.wait(fault.seconds):
                return False
        if kind == "echo":
            model_id = request.path.rsplit("/", 1)[-1]
            payload = {"data": {"model": {"id": model_id}, "pid": request.headers.get("x-pid")}}
            self._send(conn, 200, json.dumps(payload).encode(), "application/json", {})
            return True
        if kind == "route-miss-old":
            segments = request.path.split("/")
            if any(s.startswith("model_") for s in segments):
                page = EXPRESS_404.format(method=request.method, path=request.path).encode()
                self._send(conn, 404, page, "text/html; charset=utf-8", {})
            else:
                self._send(conn, 200, OK_BODY, "application/json", {})
            return True
        if kind == "drip":
            body = json.dumps({"data": {"pad": "x" * max(fault.size - 22, 0)}}).encode()[: fault.size]
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            conn.sendall(head.encode())
            for byte in body:
                if self._stop.wait(fault.seconds):
                    return False
                conn.sendall(bytes([byte]))
            return True
        if kind == "drip-headers":
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(OK_BODY)}\r\n\r\n"
            for byte in head.encode():
                if self._stop.wait(fault.seconds):
                    return False
                conn.sendall(bytes([byte]))
            conn.sendall(OK_BODY)
            return True
        if kind == "status":
            token = (request.query.get("api_token") or [""])[-1]
            body = fault.body.replace(b"{token}", token.encode())
            headers = {name: value.replace("{token}", token) for name, value in fault.headers.items()}
            self._send(conn, fault.status, body, fault.content_type, headers)
            return True
        self._send(conn, 200, OK_BODY, "application/json", {})
        return True


_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found"}
_REASONS.update(
    {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
)
