"""The batch journal: an append-only JSON Lines file recording every state change of every item of a batch.

One line per event, written and flushed to disk (``fsync``) before the batch takes its next step, so a batch that is
killed (``kill -9``, Ctrl-C, a crash) can be re-run from what the file says. Reading is forgiving: a line cut by a
crash (the last one, without its newline) or any line that is not a JSON object is ignored, and the file is made to
end with a newline before anything is appended, so a torn line never swallows the next event.

Items are identified by their *request key*: the sha256 of the model ID and the request's JSON body (canonical form),
plus an occurrence number for requests repeated in one list. A journal is therefore matched per request: after the
list of requests changed, the requests it already knows resume where they were and new ones start fresh; events of
requests no longer in the list are kept in the file and ignored.

Only one process (or one batch in a process) may use a journal at a time: it is locked with ``fcntl.flock``
(POSIX) or ``msvcrt.locking`` (Windows) for the whole batch. Both locks are released by the operating system when the
process dies, so a killed batch leaves no stale lock behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._exceptions import LowCodeAPIError

__all__ = ["Journal", "JournalLockedError", "ItemRecord", "item_keys", "read_records", "request_key"]

JOURNAL_VERSION = 1


class JournalLockedError(LowCodeAPIError):
    """Another process (or another batch in this process) is using the batch journal; nothing was sent."""


def request_key(model_id: str, body: Mapping[str, Any]) -> str:
    """The identity of a request in a journal: sha256 of the model ID and the JSON body, canonical form."""
    canonical = json.dumps({"model": model_id, "body": body}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def item_keys(model_id: str, bodies: Iterator[Mapping[str, Any]] | list[Mapping[str, Any]]) -> list[tuple[str, int]]:
    """Each request's journal identity, in order: its :func:`request_key` and its occurrence among equal requests."""
    seen: dict[str, int] = {}
    keys: list[tuple[str, int]] = []
    for body in bodies:
        key = request_key(model_id, body)
        n = seen.get(key, 0)
        seen[key] = n + 1
        keys.append((key, n))
    return keys


class ItemRecord:
    """What the journal knows about one item (one request key and occurrence), folded from its events."""

    __slots__ = ("charged", "created_at", "error", "estimate", "files", "inference_id", "reported", "sent_at", "state")

    def __init__(self) -> None:
        self.state = "new"  # new | sending | created | succeeded | done | failed | inference-failed
        self.inference_id: str | None = None
        self.sent_at: float | None = None
        self.created_at: float | None = None
        self.reported: float | None = None  # the cost Scenario's answer reported
        self.charged: float | None = None  # reported, else the dry-run estimate: what the budget counts
        self.estimate: float | None = None
        self.error: str | None = None
        self.files: dict[int, str] = {}  # image index -> file name (relative to the batch's out_dir)

    def apply(self, event: Mapping[str, Any]) -> None:
        kind = event.get("ev")
        if kind == "sending":
            self.state = "sending"
            self.sent_at = _number(event.get("t"))
            self.error = None
        elif kind == "not-created":  # an answer said no inference was made (4xx, 429, budget): nothing charged
            self.state = "new" if self.inference_id is None else self.state
            self.error = _text(event.get("error"))
        elif kind == "created":
            inference_id = event.get("id")
            if isinstance(inference_id, str) and inference_id:
                self.inference_id = inference_id
                self.state = "created"
                self.created_at = _number(event.get("t"))
                self.estimate = _number(event.get("estimate")) if self.estimate is None else self.estimate
                self.reported = _number(event.get("cost"))
                self.charged = self.reported if self.reported is not None else self.estimate
                self.error = None
        elif kind == "succeeded":
            if self.inference_id is not None:
                self.state = "succeeded"
        elif kind == "file":
            index, name = event.get("image"), event.get("name")
            if isinstance(index, int) and isinstance(name, str) and name:
                self.files[index] = name
        elif kind == "done":
            if self.inference_id is not None:
                self.state = "done"
        elif kind == "inference-failed":
            if self.inference_id is not None:
                self.state = "inference-failed"
                self.error = _text(event.get("error"))
        elif kind == "estimate":
            self.estimate = _number(event.get("cost"))


def _fold(data: bytes) -> tuple[dict[tuple[str, int], ItemRecord], int]:
    """The records a journal's bytes say, and how many lines could not be read (torn by a crash, or garbage)."""
    records: dict[tuple[str, int], ItemRecord] = {}
    skipped = 0
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            event = json.loads(raw)
        except ValueError:
            skipped += 1
            continue
        if not isinstance(event, dict):
            skipped += 1
            continue
        key, n = event.get("key"), event.get("n", 0)
        if isinstance(key, str) and isinstance(n, int):
            records.setdefault((key, n), ItemRecord()).apply(event)
    return records, skipped


def read_records(path: str | os.PathLike[str]) -> dict[tuple[str, int], ItemRecord]:
    """What the journal at ``path`` says, read without locking or writing it (none yet: empty)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return {}
    return _fold(data)[0]


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _lock(handle: IO[bytes], path: Path) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JournalLockedError(
            f"batch journal {path} is in use by another batch (another process, or another batch in this one); "
            "wait for it to finish or pass another journal="
        ) from None


class Journal:
    """An open, locked journal. ``records`` is what the file said when opened; ``append`` adds an event durably."""

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        # The lock lives on a side file: the journal itself is only ever appended to.
        self._lock_file = open(self.path.with_name(self.path.name + ".lock"), "a+b")  # noqa: SIM115 - held open
        _lock(self._lock_file, self.path)
        try:
            self._file = open(self.path, "a+b")  # noqa: SIM115 - kept open for the batch
            self.records: dict[tuple[str, int], ItemRecord] = {}
            self.skipped_lines = 0
            self._load()
            if self._file.tell() == 0:
                self._write({"journal": "scenario-lowcodeapi.batch", "version": JOURNAL_VERSION, "t": time.time()})
        except BaseException:
            self.close()
            raise

    def _load(self) -> None:
        self._file.seek(0)
        data = self._file.read()
        self.records, self.skipped_lines = _fold(data)
        self._file.seek(0, os.SEEK_END)
        if data and not data.endswith(b"\n"):
            self._file.write(b"\n")  # end the torn line so the next event starts on its own line

    def record(self, key: str, n: int) -> ItemRecord:
        return self.records.setdefault((key, n), ItemRecord())

    def append(self, key: str, n: int, event: dict[str, Any]) -> None:
        """Write one event for item (``key``, ``n``) durably, then fold it into ``records``."""
        line = {"key": key, "n": n, "t": time.time(), **event}
        self._write(line)
        self.record(key, n).apply(line)

    def _write(self, event: Mapping[str, Any]) -> None:
        self._file.write(json.dumps(event, separators=(",", ":"), default=str).encode("utf-8") + b"\n")
        self._file.flush()
        if self._fsync:
            os.fsync(self._file.fileno())

    def events(self) -> Iterator[dict[str, Any]]:
        """Every readable event of the file (for tests and tools)."""
        for raw in self.path.read_bytes().split(b"\n"):
            try:
                event = json.loads(raw)
            except ValueError:
                continue
            if isinstance(event, dict):
                yield event

    def close(self) -> None:
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()
        self._lock_file.close()  # closing releases the lock

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
