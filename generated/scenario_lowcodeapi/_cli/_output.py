"""Where the command line writes, in one of three modes, so every command (and ``generate``'s progress display
later) reads the same way:

- ``json`` (``--json``): one JSON document on stdout, nothing else there; errors as one line on stderr.
- ``tty``: a person at a terminal; marks and colour (unless ``NO_COLOR`` is set or ``TERM=dumb``), lines may be
  redrawn (:meth:`Output.live_line`, and a block of lines: :class:`LiveBlock`).
- ``plain``: a pipe or CI log: the same lines without colour or any other control character, nothing redrawn.

Text from the server (model names, messages) goes through :func:`clean` before it is printed: a name holding
escape sequences cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Literal, TextIO

__all__ = ["MARKS", "LiveBlock", "Mode", "Output", "Status", "clean"]

Mode = Literal["json", "tty", "plain"]
Status = Literal["ok", "warn", "fail", "unknown"]

# One mark per check outcome; ASCII in plain mode so any log viewer shows them.
MARKS: dict[Status, tuple[str, str]] = {  # (tty, plain)
    "ok": ("✓", "[ok]  "),
    "warn": ("!", "[warn]"),
    "fail": ("✗", "[FAIL]"),
    "unknown": ("?", "[??]  "),
}
_COLOURS: dict[Status, str] = {"ok": "32", "warn": "33", "fail": "31", "unknown": "35"}
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """``text`` as one printable line: escape sequences and control characters removed, newlines made spaces."""
    value = str(text).replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("", value)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Output:
    """The command's writer. ``mode`` is chosen from ``--json`` and whether stdout is a terminal."""

    def __init__(self, *, json_mode: bool, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.mode: Mode = "json" if json_mode else ("tty" if _is_tty(self.out) else "plain")
        term = os.environ.get("TERM", "")
        self.colour = self.mode == "tty" and not os.environ.get("NO_COLOR") and term != "dumb"
        self._live = False

    @property
    def json(self) -> bool:
        return self.mode == "json"

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def line(self, text: str = "") -> None:
        """A line for a person (not shown in JSON mode, where stdout is the document alone)."""
        if self.json:
            return
        self._end_live()
        print(text, file=self.out, flush=True)

    def check(self, status: Status, name: str, summary: str, details: list[str] | tuple[str, ...] = ()) -> None:
        """``✓ name  summary`` (``[ok]   name  summary`` in a pipe), then indented detail lines."""
        if self.json:
            return
        tty_mark, plain_mark = MARKS[status]
        mark = self._paint(tty_mark, _COLOURS[status]) if self.mode == "tty" else plain_mark
        self.line(f"{mark} {name:<11} {clean(summary)}")
        for detail in details:
            self.line(f"{' ' * (len(plain_mark) if self.mode == 'plain' else 1)}   {clean(detail)}")

    def document(self, data: object) -> None:
        """The JSON document of ``--json`` (indented, keys in the order given, UTF-8 kept)."""
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str), file=self.out, flush=True)

    def error(self, message: str) -> None:
        """One line on stderr, in every mode: ``error: <message>``."""
        self._end_live()
        print(f"error: {clean(message)}", file=self.err, flush=True)

    def note(self, message: str) -> None:
        """A remark on stderr (``--verbose`` details, hints), so stdout stays the result."""
        print(clean(message), file=self.err, flush=True)

    def live_line(self, text: str) -> None:
        """A status line that the next call replaces: redrawn in place on a terminal; in plain mode printed as a
        line of its own (no carriage returns); nothing in JSON mode. The next :meth:`line` keeps the last one."""
        if self.json:
            return
        if self.mode == "tty":
            print(f"\r\x1b[2K{clean(text)}", end="", file=self.out, flush=True)
            self._live = True
        else:
            print(clean(text), file=self.out, flush=True)

    def _end_live(self) -> None:
        if self._live:
            print(file=self.out, flush=True)
            self._live = False

    def mark(self, status: Status, *, live: bool) -> str:
        """The mark of ``status``: the terminal's (coloured unless ``NO_COLOR``) when ``live``, else the plain one."""
        tty_mark, plain_mark = MARKS[status]
        return self._paint(tty_mark, _COLOURS[status]) if live else plain_mark.rstrip()

    def live_block(self, render: Callable[[], Sequence[str]], *, interval: float = 0.1) -> LiveBlock:
        """A :class:`LiveBlock` on stderr (progress goes there, so stdout stays the result): redrawn in place when
        stderr is a terminal (not ``TERM=dumb``) and this is not JSON mode; else its log lines are plain lines."""
        live = not self.json and _is_tty(self.err) and os.environ.get("TERM", "") != "dumb"
        return LiveBlock(self.err, render, live=live, enabled=not self.json, interval=interval)


def _terminal_size(stream: TextIO) -> tuple[int, int]:
    """(columns, lines) of the terminal behind ``stream``; 80x24 when it does not say (a pty nobody sized)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return 80, 24
    return (size.columns or 80), (size.lines or 24)


class LiveBlock:
    """A block of status lines kept at the bottom of a terminal and redrawn in place, with permanent lines
    (:meth:`log`) printed above it as things happen, the way build tools show parallel work.

    ``render()`` returns the block's lines; :meth:`refresh` says they changed. Redraws are throttled to one per
    ``interval`` (a background thread, stopped by :meth:`close`, draws what changed meanwhile, and once a second
    anyway so a clock in the block moves). Text given to :meth:`log` and returned by ``render`` may hold colour
    (see :meth:`Output.mark`); server text in it must already be :func:`clean`. A redraw moves the cursor up over the old block (``ESC[nA``), rewrites each line (``ESC[K``
    clears its rest) and clears what is below (``ESC[J``); lines are cut to the terminal's width (a wrapped line
    would break the count) and the block to its height. Every method may be called from any thread.

    Not ``live`` (a pipe, CI, ``TERM=dumb``): :meth:`log` prints plain lines (with :func:`clean`, so no control
    character), the block is never drawn. Not ``enabled`` (JSON mode): nothing is printed.
    """

    def __init__(
        self,
        stream: TextIO,
        render: Callable[[], Sequence[str]],
        *,
        live: bool,
        enabled: bool = True,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        ticker: bool = True,
    ) -> None:
        self.stream = stream
        self.live = live and enabled
        self.enabled = enabled
        self.interval = interval
        self._render = render
        self._clock = clock
        self._lock = threading.RLock()
        self._drawn = 0  # lines of the block on screen now
        self._pending: list[str] = []  # log lines not written yet
        self._dirty = False
        self._last = float("-inf")
        self._closed = False
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self.redraws = 0
        if self.live and ticker:
            self._ticker = threading.Thread(target=self._tick_loop, name="scenario-cli-live", daemon=True)
            self._ticker.start()

    def log(self, text: str) -> None:
        """A permanent line: above the block on a terminal (written at once), else a plain line."""
        if not self.enabled:
            return
        with self._lock:
            if self._closed or not self.live:
                print(clean(text) if not self.live else text, file=self.stream, flush=True)
                return
            self._pending.append(text)
            self._draw()

    def refresh(self) -> None:
        """The block's lines changed: redraw now, or within ``interval`` if the last redraw was less ago."""
        if not self.live:
            return
        with self._lock:
            self._dirty = True
            if self._clock() - self._last >= self.interval:
                self._draw()

    def close(self) -> None:
        """Stop redrawing and erase the block (what it said is for the caller to print once, as the final state)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._stop.set()
        if self._ticker is not None and self._ticker is not threading.current_thread():
            self._ticker.join(5.0)
        with self._lock:
            if self.live:
                self._write(self._up() + "".join(f"\r{line}\x1b[K\n" for line in self._pending) + "\x1b[J")
                self._pending.clear()
                self._drawn = 0

    def __enter__(self) -> LiveBlock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tick(self) -> None:
        """Draw what changed since the last redraw (and, once a second, the block anyway); the background thread
        calls this every ``interval``."""
        with self._lock:
            if self.live and not self._closed and (self._dirty or (self._drawn and self._clock() - self._last >= 1.0)):
                self._draw()

    def _tick_loop(self) -> None:
        while not self._stop.wait(max(self.interval, 0.02)):
            self.tick()

    def _up(self) -> str:
        return f"\x1b[{self._drawn}A" if self._drawn else ""

    def _draw(self) -> None:
        # Called with the lock held.
        if self._closed:
            return
        columns, rows = _terminal_size(self.stream)
        try:
            lines = [clean(line) for line in self._render()]
        except Exception as exc:  # noqa: BLE001 - a bug in render must not kill the batch's thread
            lines = [f"(progress display failed: {type(exc).__name__})"]
        room = max(1, rows - 1)
        if len(lines) > room:  # keep the last line (the overall one), say how many are not shown
            hidden = len(lines) - room + 1
            lines = [*lines[: room - 2], f"... and {hidden} more", lines[-1]] if room >= 3 else lines[-room:]
        width = max(1, columns - 1)
        parts = [self._up()]
        parts += [f"\r{line}\x1b[K\n" for line in self._pending]
        parts += [f"\r{line[:width]}\x1b[K\n" for line in lines]
        parts.append("\x1b[J")
        self._pending.clear()
        self._write("".join(parts))
        self._drawn = len(lines)
        self._dirty = False
        self._last = self._clock()
        self.redraws += 1

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: the batch goes on, its journal is what counts
            pass
