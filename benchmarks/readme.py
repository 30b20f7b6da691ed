"""Copy ``benchmarks/results.md`` into the Performance page, docs/performance.md (``make bench`` runs this after run.py).

The page holds the table between two marker comments (it lived in README.md until issue #20); everything between
them is results.md without its title, byte for byte, so the docs cannot say anything the last run did not measure.
``--check`` exits 1 when the page is out of date instead of rewriting it (tests/test_benchmarks.py checks the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "docs" / "performance.md"
RESULTS = REPO / "benchmarks" / "results.md"
START = "<!-- bench:start (copied from benchmarks/results.md by benchmarks/readme.py; do not edit) -->"
END = "<!-- bench:end -->"


def block(results: str) -> str:
    """results.md without its ``# title`` line: what goes between the markers."""
    lines = results.strip("\n").splitlines()
    if not lines or not lines[0].startswith("# "):
        raise ValueError("results.md does not start with a '# ' title line: not written by benchmarks/run.py")
    return "\n".join(lines[1:]).strip("\n")


def updated(readme: str, results: str) -> str:
    """``readme`` with the text between the markers replaced by :func:`block` of ``results``."""
    if readme.count(START) != 1 or readme.count(END) != 1:
        raise ValueError(f"{PAGE.name} must contain the marker lines {START!r} and {END!r} exactly once each")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block(results)}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/readme.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/performance.md differs from results.md")
    args = parser.parse_args(argv)
    readme = PAGE.read_text(encoding="utf-8")
    new = updated(readme, RESULTS.read_text(encoding="utf-8"))
    if args.check:
        if new != readme:
            print("docs/performance.md's table differs from benchmarks/results.md: run benchmarks/readme.py")
            return 1
        return 0
    if new != readme:
        PAGE.write_text(new, encoding="utf-8")
        print("docs/performance.md: table updated from benchmarks/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
