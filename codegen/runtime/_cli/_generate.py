"""``generate MODEL_ID PROMPT... [--prompts FILE] [--num N] [--out DIR] [--max-cost N] [--dry-run] [--concurrency N]``:
a batch (``client.inferences.batch``) from the command line.

Each prompt is one request, ``{"type": "txt2img", "prompt": ..., "numSamples": N}`` (Scenario's
``GenerationParameters``). The batch's journal lives in ``--out`` (``scenario-batch.jsonl``), so running the same
command again resumes: what is downloaded is skipped, what was created is waited for, nothing is paid twice.

Where things go: the saved files' paths on stdout, one a line (``... | xargs`` works); progress on stderr: on a
terminal a live block (one line per running request, then an overall line with counts and the cost so far) with a
permanent line per finished request above it; in a pipe or CI the same per-request lines and nothing redrawn. Then
one summary line. ``--json``: one document on stdout (items and totals), no progress.

Exit status: 0 every request succeeded (now or in an earlier run); 1 any failed or is ``unknown`` (or an API error:
the budget, a locked journal); 2 usage; 130 interrupted (one line says how to resume).
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import EXIT_API, EXIT_INTERRUPTED, EXIT_OK, Context, UsageError, positive_float, positive_int
from ._output import LiveBlock, Output, Status, clean

if TYPE_CHECKING:
    from .._batch import BatchItem, BatchProgress, BatchResult
    from ..request_types import GenerationParametersDict

__all__ = ["DEFAULT_OUT", "read_prompts", "register"]

DEFAULT_OUT = "scenario-output"
MAX_SAMPLES = 128  # Scenario's GenerationParameters.numSamples: within [1, 128]
_PROMPT_WIDTH = 40
_MARK_OF: dict[str, Status] = {"succeeded": "ok", "skipped": "ok", "failed": "fail", "unknown": "unknown"}


def read_prompts(positional: Sequence[str], prompts_file: str | None) -> list[str]:
    """The prompts: those on the command line, then ``--prompts FILE``'s (one a line; blank lines and lines starting
    with ``#`` are skipped; ``-`` is stdin). None at all is a usage error."""
    prompts = [p.strip() for p in positional]
    if any(not p for p in prompts):
        raise UsageError("a PROMPT is empty")
    if prompts_file is not None:
        try:
            if prompts_file == "-":
                import sys

                text = sys.stdin.read()
            else:
                text = Path(prompts_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise UsageError(f"cannot read --prompts {prompts_file}: {reason}") from None
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                prompts.append(line)
    if not prompts:
        raise UsageError("no prompt: give PROMPT arguments or --prompts FILE (one prompt a line)")
    return prompts


def _short(prompt: str, width: int = _PROMPT_WIDTH) -> str:
    text = clean(prompt)
    return text if len(text) <= width else text[: width - 3] + "..."


def _credits(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


@dataclass
class _Tracker:
    """What the progress display shows, kept from ``on_progress`` calls (made from the batch's worker thread).

    A running item's ``BatchItem`` says little until it ends, so its phase is read from the events: the first is
    "started", a later one that saved no file means the create was answered ("generating"), one that saved a file
    "saving images"; an event after which the counts of ended items grew is its end.
    """

    prompts: list[str]
    num: int
    out: Output
    live: bool = False
    block: LiveBlock | None = None
    started: float = field(default_factory=time.monotonic)
    progress: BatchProgress | None = None
    phases: dict[int, str] = field(default_factory=dict)  # running items: index -> phase
    saved: dict[int, int] = field(default_factory=dict)
    logged: set[int] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @staticmethod
    def _ended(p: BatchProgress) -> int:
        return p.done + p.failed + p.skipped + p.unknown

    def on_progress(self, progress: BatchProgress) -> None:
        finished: BatchItem | None = None
        with self.lock:
            previous, self.progress = self.progress, progress
            item = progress.item
            if item is not None:
                index = item.index
                ended = previous is not None and self._ended(progress) > self._ended(previous)
                if ended and index in self.phases:
                    del self.phases[index]
                    self.logged.add(index)
                    finished = item
                elif index not in self.phases:
                    self.phases[index] = "started"
                elif previous is not None and progress.images_saved > previous.images_saved:
                    self.saved[index] = self.saved.get(index, 0) + 1
                    self.phases[index] = f"saving images ({self.saved[index]}/{self.num})"
                else:
                    self.phases[index] = "generating"
        if self.block is not None:
            if finished is not None:
                self.block.log(self.item_line(finished))
            self.block.refresh()

    def item_line(self, item: BatchItem) -> str:
        mark = self.out.mark(_MARK_OF.get(item.status, "unknown"), live=self.live)
        head = f"{mark} #{item.index + 1} {item.status:<9}"
        if item.status in ("succeeded", "skipped"):
            what = f"{len(item.files)} image(s), {_credits(item.cost)} creative units"
        else:
            what = clean(item.error or "")
        return f"{head} {what}  {_short(self.prompts[item.index])!r}"

    def render(self) -> list[str]:
        with self.lock:
            p = self.progress
            phases = sorted(self.phases.items())
        lines = [f"  #{index + 1} {phase:<22} {_short(self.prompts[index])!r}" for index, phase in phases]
        elapsed = time.monotonic() - self.started
        if p is None:
            lines.append(f"starting {len(self.prompts)} request(s)... {elapsed:.0f}s")
        else:
            lines.append(
                f"{p.done + p.skipped}/{p.total} done, {p.running} running, {p.queued} queued, {p.failed} failed, "
                f"{p.unknown} unknown; {p.images_saved} image(s) saved; {p.cost:g} creative units so far; {elapsed:.0f}s"
            )
        return lines


def _requests(prompts: list[str], num: int) -> list[GenerationParametersDict]:
    return [{"type": "txt2img", "prompt": prompt, "numSamples": num} for prompt in prompts]


def _dry_run(ctx: Context, prompts: list[str], num: int) -> int:
    """The cost still to pay: requests the journal in ``--out`` says were created (an earlier run) cost nothing."""
    from .._batch import JOURNAL_NAME  # here: the command line starts without the batch machinery

    args = ctx.args
    with ctx.client() as client:
        estimate = client.inferences.estimate_batch(
            args.model_id, _requests(prompts, num), concurrency=args.concurrency, journal=Path(args.out) / JOURNAL_NAME
        )
    total = estimate.total
    created = set(estimate.already_created)
    left = len(prompts) - len(created)
    if ctx.out.json:
        ctx.out.document(
            {
                "dry_run": True,
                "model_id": args.model_id,
                "items": [
                    {"index": i, "prompt": prompt, "num_samples": num, "cost": cost, "already_created": i in created}
                    for i, (prompt, cost) in enumerate(zip(prompts, estimate.items, strict=True))
                ],
                "totals": {
                    "requests": len(prompts),
                    "already_created": len(created),
                    "images": left * num,
                    "cost": total,
                },
            }
        )
        return EXIT_OK
    for i, (prompt, cost) in enumerate(zip(prompts, estimate.items, strict=True)):
        what = "already created (paid)" if i in created else f"{cost:g} creative units"
        ctx.out.line(f"#{i + 1} {what}  {_short(prompt)!r}")
    before = f"; {len(created)} already created by an earlier run, not counted" if created else ""
    ctx.out.line(
        f"estimated cost: {total:g} creative units for {left} request(s), {left * num} image(s){before} "
        "(dry run: nothing was created or charged)"
    )
    return EXIT_OK


def _summary(result: BatchResult, out_dir: Path) -> str:
    now = sum(item.cost or 0.0 for item in result.items if item.status != "skipped")
    return (
        f"{len(result.succeeded)} succeeded, {len(result.skipped)} skipped, {len(result.failed)} failed, "
        f"{len(result.unknown)} unknown; {len(result.files)} image(s) in {out_dir}; "
        f"charged {now:g} creative units by this run, {result.total_cost:g} in all"
    )


def _document(result: BatchResult, prompts: list[str], ctx: Context, out_dir: Path) -> dict[str, Any]:
    return {
        "model_id": ctx.args.model_id,
        "out_dir": str(out_dir),
        "journal": str(result.journal),
        "ok": result.ok,
        "items": [
            {
                "index": item.index,
                "prompt": prompts[item.index],
                "status": item.status,
                "inference_id": item.inference_id,
                "files": [str(path) for path in item.files],
                "cost": item.cost,
                "error": item.error,
            }
            for item in result.items
        ],
        "totals": {
            "requests": len(result.items),
            "succeeded": len(result.succeeded),
            "skipped": len(result.skipped),
            "failed": len(result.failed),
            "unknown": len(result.unknown),
            "images": len(result.files),
            "cost": result.total_cost,
        },
    }


def cmd_generate(ctx: Context) -> int:
    args = ctx.args
    prompts = read_prompts(args.prompts, args.prompts_file)
    num: int = args.num
    if num > MAX_SAMPLES:
        raise UsageError(f"--num must be within [1, {MAX_SAMPLES}] (Scenario's numSamples), got {num}")
    if args.dry_run:
        return _dry_run(ctx, prompts, num)
    out_dir = Path(args.out)
    out = ctx.out
    tracker = _Tracker(prompts, num, out)
    block = out.live_block(tracker.render)
    tracker.live, tracker.block = block.live, block
    from .._batch import JOURNAL_NAME, JournalLockedError  # here: the command line starts without the batch machinery

    journal = out_dir / JOURNAL_NAME
    try:
        with ctx.client() as client:
            result = client.inferences.batch(
                args.model_id,
                _requests(prompts, num),
                out_dir=out_dir,
                concurrency=args.concurrency,
                max_cost=args.max_cost,
                on_progress=tracker.on_progress,
                resend_unknown=args.resend_unknown,
                poll_interval=args.poll_interval,
            )
    except JournalLockedError:
        block.close()
        out.error(
            f"{out_dir} is in use by another batch (its journal {journal} is locked): wait for it, or use another --out"
        )
        return EXIT_API
    except KeyboardInterrupt:
        block.close()
        out.error(
            f"interrupted: run the same command again to resume (journal {journal}); "
            "what was created is not created again"
        )
        return EXIT_INTERRUPTED
    finally:
        block.close()
    if out.json:
        out.document(_document(result, prompts, ctx, out_dir))
        return EXIT_OK if result.ok else EXIT_API
    for item in result.items:  # ended before any work (skipped, failed or unknown in the journal): no line yet
        if item.index not in tracker.logged:
            block.log(tracker.item_line(item))
    for path in result.files:
        out.line(str(path))
    block.log(_summary(result, out_dir))
    if result.unknown:
        block.log(
            f"{len(result.unknown)} request(s) unknown: sent, but whether Scenario made them is not known; check "
            "the model's inferences, then run again with --resend-unknown to send them"
        )
    elif result.failed:
        block.log("run the same command again to retry failed creates (inferences that ended failed are not re-sent)")
    return EXIT_OK if result.ok else EXIT_API


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="generate images from prompts (a resumable batch), save them in --out",
        description="One request per prompt (txt2img, --num images each), waited for and downloaded into --out. "
        "Run the same command again to resume: nothing is paid twice.",
        parents=[common],
        epilog="Exit status: 0 every request succeeded (now or earlier), 1 any failed or unknown or an API error, "
        "2 usage error, 130 interrupted.",
    )
    parser.add_argument("model_id", metavar="MODEL_ID")
    parser.add_argument("prompts", nargs="*", metavar="PROMPT", help="a prompt (one request each)")
    parser.add_argument(
        "--prompts",
        dest="prompts_file",
        metavar="FILE",
        help="more prompts, one a line (blank lines and # comments skipped; - for stdin)",
    )
    parser.add_argument(
        "--num", type=positive_int, default=1, metavar="N", help="images per request (numSamples; default 1)"
    )
    parser.add_argument(
        "--out",
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"where images and the journal go (default: ./{DEFAULT_OUT}); the same DIR resumes",
    )
    parser.add_argument(
        "--max-cost",
        type=_non_negative,
        default=None,
        metavar="N",
        help="a hard budget in creative units: dry-run every request first (free), stop before paying if over",
    )
    parser.add_argument("--dry-run", action="store_true", help="print the estimated cost; create nothing")
    parser.add_argument(
        "--concurrency", type=positive_int, default=4, metavar="N", help="requests in flight (default 4)"
    )
    parser.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again requests whose create was sent but never answered (they may have been charged)",
    )
    parser.add_argument(
        "--poll-interval",
        type=positive_float,
        default=1.0,
        metavar="SECONDS",
        help="first wait between status checks of an inference (default 1, growing to 10)",
    )
    parser.set_defaults(handler=cmd_generate, more_positionals="prompts")  # PROMPTs after options too


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of creative units, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of creative units >= 0, got {text!r}")
    return value
