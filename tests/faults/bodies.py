"""A raw HTTP/1.1 server on 127.0.0.1 that streams a body made on the fly, for the size and time limits.

Each answer is built by ``answer(path)`` -> :class:`Body`: status, headers, and an iterator of chunks sent as they
come (``Transfer-Encoding: chunked`` unless the headers give a ``Content-Length``), ``pause`` seconds before each
chunk. Bodies are generated lazily, so a 2 GB compression bomb costs the server what the client reads of it. One
request per connection (``Connection: close``); a client that hangs up ends the answer.
"""

from __future__ import annotations

import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

OK_HEAD = b'{"data": {"model": {"id": "model_1"}, "pad": "'


@dataclass
class Body:
    chunks: Iterable[bytes]
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    pause: float = 0.0


def gzip_bomb(total: int, block: int = 1 << 20) -> Iterator[bytes]:
    """A single-member gzip stream that expands to ``total`` zero bytes (2 GB -> about 2 MiB): one deflate
    segment for ``block`` zeros, byte-aligned by a full flush (so every copy is identical), repeated."""
    zeros = bytes(block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = total // block
    yield b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip header: deflate, no name, mtime 0
    for _ in range(count):
        yield segment
    crc = 0
    for _ in range(count):  # only reached by a client that read it all
        crc = zlib.crc32(zeros, crc)
    yield zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH) + struct.pack(
        "<II", crc, (count * block) & 0xFFFFFFFF
    )


def json_of_size(size: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """A JSON object of exactly ``size`` bytes (``size`` >= 60), made chunk by chunk."""
    tail = b'"}}'
    pad = size - len(OK_HEAD) - len(tail)
    yield OK_HEAD
    while pad > 0:
        n = min(chunk, pad)
        yield b"x" * n
        pad -= n
    yield tail


def drip(data: bytes) -> Iterator[bytes]:
    """``data`` one byte at a time (with :attr:`Body.pause`, a slow server)."""
    for byte in data:
        yield bytes([byte])


class BodyServer:
    """``with BodyServer(lambda path: Body(...)) as server: ... server.base_url``; ``server.sent[path]`` counts the
    body bytes that left for each path."""

    def __init__(self, answer: Callable[[str], Body]) -> None:
        self.answer = answer
        self.sent: dict[str, int] = {}
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/scenario"

    def __enter__(self) -> BodyServer:
        thread = threading.Thread(target=self._accept_loop, name="body-server", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
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
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        try:
            buffer = b""
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            target = buffer.split(b" ", 2)[1].decode("latin-1")
            path = urlsplit(target).path
            with self._lock:
                self.paths.append(path)
            body = self.answer(path)
            headers = dict(body.headers)
            chunked = not any(name.lower() == "content-length" for name in headers)
            if chunked:
                headers["Transfer-Encoding"] = "chunked"
            headers["Connection"] = "close"
            head = f"HTTP/1.1 {body.status} Status\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
            conn.sendall(head.encode("latin-1") + b"\r\n")
            for piece in body.chunks:
                if body.pause and self._stop.wait(body.pause):
                    return
                if self._stop.is_set():
                    return
                if not piece:
                    continue
                conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                with self._lock:
                    self.sent[path] = self.sent.get(path, 0) + len(piece)
            if chunked:
                conn.sendall(b"0\r\n\r\n")
        except OSError:
            return
        finally:
            conn.close()
