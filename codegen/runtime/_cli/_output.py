"""Where the command line writes, in one of three modes, so every command (and ``generate``'s progress display
later) reads the same way:

- ``json`` (``--json``): one JSON document on stdout, nothing else there; errors as one line on stderr.
- ``tty``: a person at a terminal; marks and colour (unless ``NO_COLOR`` is set or ``TERM=dumb``), lines may be
  redrawn (:meth:`Output.live_line`).
- ``plain``: a pipe or CI log: the same lines without colour or any other control character, nothing redrawn.

Text from the server (model names, messages) goes through :func:`clean` before it is printed: a name holding
escape sequences cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Literal, TextIO

__all__ = ["MARKS", "Mode", "Output", "Status", "clean"]

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
