"""Timing, machine description and table rendering for ``benchmarks/run.py`` (no project imports here)."""

from __future__ import annotations

import asyncio
import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

# ------------------------------------------------------------------------------------------------ machine


def machine() -> str:
    """``CPU model, N cores (M usable), Python X.Y.Z (implementation), OS``."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        model = platform.processor() or model
    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cores
    py = f"Python {platform.python_version()} ({platform.python_implementation()})"
    return f"{model}, {cores} cores ({usable} usable), {py}, {platform.system()} {platform.release()}"


def load_average() -> str:
    try:
        return "/".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


# ------------------------------------------------------------------------------------------------- timing


class _Tracked:
    """A container the collector tracks, allocated without a free list (a list or tuple may come from one, which
    does not count as an allocation for the collector)."""


def _allocate() -> _Tracked:
    return _Tracked()


def settle_young_generation() -> None:
    """Allocate a few tracked containers, so that a young-generation collection the calls left due runs now.

    A call that parses with the collector paused (our clients, on bodies of 64 KiB or more) leaves the collection
    of what it allocated to the next allocation, wherever that is, as long as the result is alive (a user keeps
    it). Called inside the timed region while the last result is still held, this charges that collection to the
    variant that left it, not to the untimed ``gc.collect()`` before the next batch. (On 3.12+ a due collection
    runs at the next function call, hence calls rather than one literal.)
    """
    for _ in range(3):
        _allocate()


def run_batch(fn: Callable[[], object], number: int, budget_s: float) -> float:
    """Seconds per call of ``fn`` over ``number`` calls, stopping early (checked every 64 calls) past ``budget_s``.

    Each result is kept until the next call returns, as a user keeps what a call gave, and the collection the
    last one leaves due is timed with it (:func:`settle_young_generation`).
    """
    gc.collect()
    kept: object = None
    start = time.perf_counter()
    deadline = start + budget_s
    done = 0
    for i in range(number):
        kept = fn()
        done = i + 1
        if done & 63 == 0 and time.perf_counter() > deadline:
            break
    settle_young_generation()
    elapsed = time.perf_counter() - start
    del kept
    return elapsed / done


def interleaved(
    variants: dict[str, Callable[[], object]],
    *,
    number: int,
    repeats: int,
    warmup: int,
    batch_budget_s: float,
    total_budget_s: float,
) -> dict[str, list[float]]:
    """Seconds per call of each variant, one sample per repeat (summarize with :func:`summarize`).

    Repeats are interleaved (repeat r runs every variant once, in an order rotated by r) so a slow spell of the
    machine hits every variant alike; at least 3 repeats run, then the loop stops once ``total_budget_s`` is spent.
    """
    for fn in variants.values():
        for _ in range(warmup):
            fn()
    names = list(variants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    deadline = time.perf_counter() + total_budget_s
    for r in range(repeats):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(run_batch(variants[name], number, batch_budget_s))
        if r >= 2 and time.perf_counter() > deadline:
            break
    return samples


async def interleaved_async(
    variants: dict[str, Callable[[], Awaitable[object]]],
    *,
    concurrency: int,
    repeats: int,
    round_timeout_s: float,
    total_budget_s: float,
) -> dict[str, list[float]]:
    """Wall seconds of ``asyncio.gather`` over ``concurrency`` calls of each variant, one sample per round (after
    one warm-up round each), rounds interleaved as in :func:`interleaved`."""

    async def one_round(fn: Callable[[], Awaitable[object]]) -> float:
        gc.collect()
        start = time.perf_counter()
        kept = await asyncio.wait_for(asyncio.gather(*(fn() for _ in range(concurrency))), round_timeout_s)
        settle_young_generation()  # the results still held: see run_batch
        elapsed = time.perf_counter() - start
        del kept
        return elapsed

    for fn in variants.values():
        await one_round(fn)
    names = list(variants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    deadline = time.perf_counter() + total_budget_s
    for r in range(repeats):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(await one_round(variants[name]))
        if r >= 2 and time.perf_counter() > deadline:
            break
    return samples


@dataclass(frozen=True)
class Stats:
    """One variant's samples, paired with the base variant's samples of the same repeats.

    ``median`` is this variant's median; ``ratio`` is ``median / base median`` (so the figures of a block divide
    into its ratios exactly); ``paired``, ``lo`` and ``hi`` are the median, minimum and maximum of the per-repeat
    ratios (each sample over the base sample taken moments apart): the spread of the same samples.
    """

    median: float
    ratio: float
    paired: float
    lo: float
    hi: float
    n: int


def summarize(samples: dict[str, list[float]], base: str = "raw") -> dict[str, Stats]:
    """``name -> Stats`` of each variant against ``base``, every figure from the same paired samples."""
    base_median = statistics.median(samples[base])
    out = {}
    for name, values in samples.items():
        ratios = [v / b for v, b in zip(values, samples[base], strict=True)]
        median = statistics.median(values)
        out[name] = Stats(
            median, median / base_median, statistics.median(ratios), min(ratios), max(ratios), len(values)
        )
    return out


# -------------------------------------------------------------------------------------------------- table

HEADERS = ("#", "Measurement", "Figure", "vs raw", "paired ratio [min-max]", "Target", "Met")


@dataclass
class Table:
    rows: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        section: str,
        what: str,
        figure: str,
        ratio: str = "",
        target: str = "",
        met: bool | None = None,
        spread: str = "",
    ) -> None:
        mark = "" if met is None else ("met" if met else "NOT MET")
        self.rows.append((section, what, figure, ratio, spread, target, mark))

    def add_stats(
        self, section: str, what: str, figure: str, stats: Stats, limit: float | None = None, of: str = "raw"
    ) -> None:
        """A timed row: ``ratio`` = median / base median, spread = paired per-repeat ratios; met when the paired ratio
        (the median of the per-repeat ratios) is at most ``limit``: each pair is taken moments apart, so a machine
        whose speed changes by phases (2x swings lasting 0.1 s to seconds on the shared 2-core machine) weighs on
        both sides of a pair alike, where the two medians of ``ratio`` may come from different phases."""
        spread = f"{stats.paired:.2f}x [{stats.lo:.2f}-{stats.hi:.2f}]"
        if limit is None:
            self.add(section, what, figure, ratio(stats.ratio), spread=spread)
        else:
            self.add(section, what, figure, ratio(stats.ratio), f"<= {limit}x {of}", stats.paired <= limit, spread)

    def note(self, text: str) -> None:
        self.notes.append(text)

    def text(self) -> str:
        widths = [max(len(row[i]) for row in [HEADERS, *self.rows]) for i in range(len(HEADERS))]
        right = {2, 3, 4}  # figures and ratios right-aligned

        def fmt(row: tuple[str, ...]) -> str:
            cells = [
                cell.rjust(w) if i in right else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            return "  ".join(cells).rstrip()

        rule = "  ".join("-" * w for w in widths)
        lines = [fmt(HEADERS), rule]
        section = None
        for row in self.rows:
            if section is not None and row[0] != section:
                lines.append("")
            lines.append(fmt(row))
            section = row[0]
        if self.notes:
            lines.append("")
            lines.extend(self.notes)
        return "\n".join(lines)

    def markdown(self) -> str:
        def esc(cell: str) -> str:
            return cell.replace("|", "\\|")

        lines = [
            "| " + " | ".join(HEADERS) + " |",
            "|" + "|".join(["---", "---", "---:", "---:", "---:", "---", "---"]) + "|",
        ]
        lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in self.rows]
        if self.notes:
            lines.append("")
            lines += [f"{note}  " for note in self.notes]
        return "\n".join(lines)


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def ratio(value: float) -> str:
    return f"{value:.2f}x"


_STARTED = time.perf_counter()


def log(message: str) -> None:
    """Progress on stderr (seconds since start first), so stdout carries only the table."""
    print(f"[{time.perf_counter() - _STARTED:6.1f} s] {message}", file=sys.stderr, flush=True)


def mib(nbytes: float) -> str:
    return f"{nbytes / 2**20:,.2f} MiB"
