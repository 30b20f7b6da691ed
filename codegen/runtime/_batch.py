"""Many generations in one call: ``client.inferences.batch(model_id, requests, out_dir=...)``.

The principle: a batch costs what you agreed to, exactly once per image, however often it is interrupted and re-run.

Design
------
One **async core** (:class:`_BatchRun`) holds every decision: what the journal says about each item, what to
recover, the budget, the pacing, waiting and downloading. It talks to Scenario through a small ``_Ops`` interface
(dry run, create, get, list, download; in ``_batch_ops``, with the two cost readers) so it is unit-tested with a
fake. ``AsyncScenario`` runs it on the caller's event loop with async operations; ``Scenario`` runs it on a private
event loop in a worker thread, with the sync client's calls in a thread pool of ``concurrency`` workers. An async core was chosen over a sans-IO state machine
because a batch *is* a scheduler (N items, each a create, polls and downloads, a shared rate-limit pause): asyncio
expresses that directly, and the sync driver costs one thread; the HTTP calls themselves stay the client's own
(same retries, redaction, URL-format fallback) in both drivers.

Money rules
-----------
* Every state change of an item is appended to the journal (:mod:`._journal`) and flushed to disk before the next
  step; ``sending`` is written before a create leaves.
* An item whose create was sent but whose answer never came (a crash, ``kill -9``, Ctrl-C, a reset, a timeout, a
  502/503) is never re-sent on its own: the batch lists the model's inferences and adopts the one whose parameters
  equal the request's, created after the ``sending`` record, that no other item owns. If there is not exactly one,
  the item is ``unknown`` until ``resend_unknown=True`` is passed.
* ``max_cost``: every request still to create is dry-run first (free) and :class:`BudgetExceededError` is raised
  before any paid request when what the journal says was charged, plus the estimates, exceeds it. While running, no
  create is sent once charged + in-flight estimates + its own estimate would pass it.
* A 4xx answer (but 429) or a 429 means no inference was made: the item may be sent again (429: by the batch, after
  the pause; 4xx: it fails, and a re-run tries again: nothing was charged).
"""

from __future__ import annotations

import asyncio
import functools
import os
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from ._batch_ops import _AsyncOps, _Found, _Ops, _ThreadOps
from ._exceptions import APIConnectionError, APIStatusError, LowCodeAPIError, RateLimitError, ResponseDecodeError
from ._images import glob_escape
from ._journal import ItemRecord, Journal, JournalLockedError, request_key

if TYPE_CHECKING:
    from ._base_client import Client

__all__ = [
    "BatchEstimate",
    "BatchItem",
    "BatchProgress",
    "BatchResult",
    "BatchStatus",
    "BudgetExceededError",
    "JournalLockedError",
    "abatch",
    "aestimate_batch",
    "batch",
    "estimate_batch",
]

T = TypeVar("T")
BatchStatus = Literal["succeeded", "failed", "skipped", "unknown"]

JOURNAL_NAME = "scenario-batch.jsonl"
_SUCCEEDED = frozenset({"succeeded"})
_FAILED = frozenset({"failed", "canceled"})
# 429s one request may get before its item fails. Each pauses the whole batch for its Retry-After (honoured as
# sent, 0 included), else 0.5 s doubling up to 64 s: a storm of any length the server ends is ridden out.
_MAX_RATE_LIMITED = 200
_MAX_PAUSE = 60.0
_CLOCK_SKEW = 300.0  # seconds: an inference created this long before our "sending" record may still be ours


class BudgetExceededError(LowCodeAPIError):
    """The batch would cost more than ``max_cost``: ``estimate`` (already charged + dry-run estimates of what is left)
    and ``limit``. Raised before any paid request is sent."""

    estimate: float
    limit: float
    spent: float

    def __init__(self, message: str, *, estimate: float, limit: float, spent: float = 0.0) -> None:
        super().__init__(message)
        self.estimate = estimate
        self.limit = limit
        self.spent = spent


@dataclass
class BatchItem:
    """The outcome of one request of a batch. ``files`` are the images on disk; ``cost`` what Scenario's answer said
    it charged (``None`` when it did not say, or the item was never created)."""

    index: int
    status: BatchStatus
    inference_id: str | None = None
    files: list[Path] = field(default_factory=list)
    cost: float | None = None
    error: str | None = None


@dataclass
class BatchResult:
    """One :class:`BatchItem` per request, in request order."""

    items: list[BatchItem]
    journal: Path

    @property
    def total_cost(self) -> float:
        """What Scenario reported as charged for these items (earlier runs included; items it said nothing for
        count 0)."""
        return sum(item.cost for item in self.items if item.cost is not None)

    @property
    def succeeded(self) -> list[BatchItem]:
        return [item for item in self.items if item.status == "succeeded"]

    @property
    def skipped(self) -> list[BatchItem]:
        return [item for item in self.items if item.status == "skipped"]

    @property
    def failed(self) -> list[BatchItem]:
        return [item for item in self.items if item.status == "failed"]

    @property
    def unknown(self) -> list[BatchItem]:
        return [item for item in self.items if item.status == "unknown"]

    @property
    def files(self) -> list[Path]:
        return [path for item in self.items for path in item.files]

    @property
    def ok(self) -> bool:
        """Every item succeeded now or in an earlier run."""
        return all(item.status in ("succeeded", "skipped") for item in self.items)


@dataclass(frozen=True)
class BatchProgress:
    """Counts of a running batch, passed to ``on_progress`` after every change. ``cost`` is what was charged so far
    (journal included; the dry-run estimate where Scenario reported no cost), ``images_saved`` the files written by
    this run, ``item`` the item that changed, if any."""

    total: int
    queued: int
    running: int
    done: int
    failed: int
    skipped: int
    unknown: int
    cost: float
    images_saved: int
    item: BatchItem | None = None


@dataclass(frozen=True)
class BatchEstimate:
    """Dry-run costs (free): ``items`` per request, in order, and their ``total``."""

    items: list[float]

    @property
    def total(self) -> float:
        return sum(self.items)


# -- pacing ----------------------------------------------------------------------------------------------------


class _Pacer:
    """At most ``limit`` requests in flight. A 429 halves the limit and pauses every new request for its
    ``Retry-After`` (else a doubling backoff); each success adds ``1/limit`` back, up to the configured maximum."""

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum
        self.limit = float(maximum)
        self.in_flight = 0
        self.max_in_flight = 0
        self.rate_limited = 0
        self._paused_until = 0.0
        self._waiters: list[asyncio.Future[None]] = []

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            delay = self._paused_until - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
                continue
            if self.in_flight < max(1, int(self.limit)):
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                return
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def release(self, *, ok: bool) -> None:
        self.in_flight -= 1
        if ok and self.limit < self.maximum:
            self.limit = min(float(self.maximum), self.limit + 1.0 / self.limit)
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def rate_limited_by(self, exc: RateLimitError, attempt: int) -> None:
        self.rate_limited += 1
        self.limit = max(1.0, self.limit / 2)
        wait = exc.retry_after if exc.retry_after is not None else 0.5 * 2 ** min(attempt, 7)
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + min(max(wait, 0.0), _MAX_PAUSE))

    async def call(self, fn: Callable[[], Awaitable[T]]) -> T:
        """``fn()`` inside a slot; a 429 pauses, slows down and tries again (only for requests safe to repeat)."""
        attempt = 0
        while True:
            await self.acquire()
            try:
                result = await fn()
            except RateLimitError as exc:
                self.release(ok=False)
                attempt += 1
                if attempt > _MAX_RATE_LIMITED:
                    raise
                self.rate_limited_by(exc, attempt)
                continue
            except BaseException:
                self.release(ok=False)
                raise
            self.release(ok=True)
            return result


# -- the core --------------------------------------------------------------------------------------------------


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


def _maybe_created(exc: BaseException) -> bool:
    """After this error, the create may have taken effect (the answer was lost, or came from a proxy)."""
    if isinstance(exc, APIStatusError):
        return exc.status_code >= 500 or exc.status_code == 408
    return isinstance(exc, APIConnectionError | ResponseDecodeError)


async def _all(coroutines: Iterable[Coroutine[Any, Any, T]]) -> list[T]:
    """Run them concurrently; if one raises, the others are cancelled (and awaited) before the error propagates, so
    nothing keeps working on a batch whose journal is about to close."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


@dataclass
class _Item:
    index: int
    parameters: Any  # GenerationParameters
    body: dict[str, Any]
    key: str
    n: int
    record: ItemRecord
    result: BatchItem
    estimate: float | None = None
    plan: str = "create"  # create | resume | skip | recover | unknown | failed
    images: list[tuple[str, str]] = field(default_factory=list)  # (image id, URL) once succeeded

    @property
    def prefix(self) -> str:
        return f"{self.key[:12]}" + (f"-{self.n}" if self.n else "")


class _BatchRun:
    def __init__(
        self,
        ops: _Ops,
        model_id: str,
        parameters: Sequence[Any],
        *,
        out_dir: Path,
        journal: Journal,
        concurrency: int,
        max_cost: float | None,
        on_progress: Callable[[BatchProgress], None] | None,
        resend_unknown: bool,
        poll_interval: float,
        max_poll_interval: float,
        wait_timeout: float | None,
    ) -> None:
        self.ops = ops
        self.model_id = model_id
        self.out_dir = out_dir
        self.journal = journal
        self.concurrency = concurrency
        self.max_cost = max_cost
        self.on_progress = on_progress
        self.resend_unknown = resend_unknown
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        self.wait_timeout = wait_timeout
        self.pacer = _Pacer(concurrency)
        self.items: list[_Item] = []
        seen: dict[str, int] = {}
        for index, params in enumerate(parameters):
            body = params.to_dict()
            key = request_key(model_id, body)
            n = seen.get(key, 0)
            seen[key] = n + 1
            record = journal.record(key, n)
            self.items.append(_Item(index, params, body, key, n, record, BatchItem(index, "unknown")))
        self.claimed = {r.inference_id for r in journal.records.values() if r.inference_id}
        self.running = 0
        self.finished: dict[str, int] = {"done": 0, "failed": 0, "skipped": 0, "unknown": 0}
        self.images_saved = 0
        self.committed = 0.0  # charged (journal and this run) + in-flight reservations

    # progress

    def _progress(self, item: _Item | None = None) -> None:
        if self.on_progress is None:
            return
        ended = sum(self.finished.values())
        self.on_progress(
            BatchProgress(
                total=len(self.items),
                queued=len(self.items) - ended - self.running,
                running=self.running,
                done=self.finished["done"],
                failed=self.finished["failed"],
                skipped=self.finished["skipped"],
                unknown=self.finished["unknown"],
                cost=self._charged(),
                images_saved=self.images_saved,
                item=item.result if item is not None else None,
            )
        )

    def _charged(self) -> float:
        return sum(item.record.charged or 0.0 for item in self.items)

    def _finish(self, item: _Item, status: BatchStatus, error: str | None = None) -> None:
        result = item.result
        result.status = status
        result.error = error
        result.inference_id = item.record.inference_id
        result.cost = item.record.reported
        names = [item.record.files[j] for j in sorted(item.record.files)]
        result.files = [self.out_dir / name for name in names]
        self.finished["done" if status == "succeeded" else status] += 1

    # planning (no paid request)

    def _files_complete(self, item: _Item) -> bool:
        return all((self.out_dir / name).is_file() for name in item.record.files.values())

    def _plan(self) -> None:
        for item in self.items:
            record = item.record
            if record.state == "done" and self._files_complete(item):
                item.plan = "skip"
            elif record.state == "inference-failed":
                item.plan = "failed"
            elif record.inference_id is not None:
                item.plan = "resume"
            elif record.state == "sending":
                item.plan = "recover"
            else:
                item.plan = "create"

    def _match(self, item: _Item, found: list[_Found]) -> list[_Found]:
        sent = item.record.sent_at
        return [
            f
            for f in found
            if f.inference_id not in self.claimed
            and all(f.parameters.get(k) == v for k, v in item.body.items())
            and (sent is None or f.created_at is None or f.created_at >= sent - _CLOCK_SKEW)
        ]

    async def _recover(self, items: list[_Item]) -> None:
        """Find the inferences Scenario made for creates whose answer never came; adopt exactly-one matches."""
        if not items:
            return
        try:
            found = await self.pacer.call(self.ops.list_recent)
        except LowCodeAPIError:
            found = []
        candidates = {id(item): self._match(item, found) for item in items}
        for item in items:
            matches = [m for m in candidates[id(item)] if m.inference_id not in self.claimed]
            # The same inference must not fit two uncertain items: then neither can be sure.
            contested = any(
                other is not item
                and {m.inference_id for m in matches} & {m.inference_id for m in candidates[id(other)]}
                for other in items
            )
            if len(matches) == 1 and not contested:
                self.claimed.add(matches[0].inference_id)
                self.journal.append(
                    item.key, item.n, {"ev": "created", "id": matches[0].inference_id, "recovered": True}
                )
                item.plan = "resume"
            elif self.resend_unknown:
                item.plan = "create"
            else:
                item.plan = "unknown"

    async def _budget(self) -> None:
        to_create = [item for item in self.items if item.plan == "create"]
        if self.max_cost is None:
            return
        spent = self._charged()
        # Items that may have been charged without the journal knowing how much (a create whose answer was lost:
        # unknown, or found again by listing) count at their estimate.
        maybe = [
            item
            for item in self.items
            if item.plan == "unknown" or (item.plan == "resume" and item.record.charged is None)
        ]
        need = [item for item in to_create + maybe if item.estimate is None]

        async def estimate(item: _Item) -> None:
            item.estimate = await self.pacer.call(lambda: self.ops.dry_run(item.parameters))

        await _all(estimate(item) for item in need)
        remaining = sum(item.estimate or 0.0 for item in to_create)
        uncertain = sum(item.estimate or 0.0 for item in maybe)  # may have been charged: counted as spent
        total = spent + uncertain + remaining
        if total > self.max_cost:
            raise BudgetExceededError(
                f"the batch would cost {total:g} creative units (already charged {spent + uncertain:g}, "
                f"{len(to_create)} requests left estimated at {remaining:g}), more than max_cost={self.max_cost:g}: "
                "nothing was sent",
                estimate=total,
                limit=self.max_cost,
                spent=spent + uncertain,
            )
        self.committed = spent + uncertain

    # running

    async def run(self) -> BatchResult:
        self._plan()
        await self._recover([item for item in self.items if item.plan == "recover"])
        await self._budget()
        for item in self.items:
            if item.plan == "skip":
                self._finish(item, "skipped")
            elif item.plan == "failed":
                self._finish(item, "failed", item.record.error or "the inference failed (journal)")
            elif item.plan == "unknown":
                self._finish(item, "unknown", self._unknown_text())
        self._progress()
        slots = asyncio.Semaphore(self.concurrency)
        work = [item for item in self.items if item.plan in ("create", "resume")]

        async def one(item: _Item) -> None:
            async with slots:
                self.running += 1
                self._progress(item)
                try:
                    await self._run_item(item)
                finally:
                    self.running -= 1
                self._progress(item)

        await _all(one(item) for item in work)
        return BatchResult([item.result for item in self.items], self.journal.path)

    @staticmethod
    def _unknown_text() -> str:
        return (
            "the create was sent but its answer never came, and no inference of the model matches it for sure: "
            "it may or may not have been made (and charged); check, then re-run with resend_unknown=True to send it"
        )

    async def _run_item(self, item: _Item) -> None:
        try:
            if item.plan == "create" and not await self._create(item):
                return
            status = await self._wait(item)
            if status is None:
                return
            await self._download(item)
            self.journal.append(item.key, item.n, {"ev": "done"})
            self._finish(item, "succeeded")
        except (LowCodeAPIError, OSError) as exc:
            self._finish(item, "failed", _one_line(exc))

    async def _create(self, item: _Item) -> bool:
        attempt = 0
        while True:
            await self.pacer.acquire()
            reserve = item.estimate or 0.0
            if self.max_cost is not None and self.committed + reserve > self.max_cost:
                self.pacer.release(ok=False)
                self._finish(
                    item, "failed", f"not sent: it would take the batch past max_cost={self.max_cost:g} (budget)"
                )
                return False
            self.committed += reserve
            self.journal.append(item.key, item.n, {"ev": "sending"})
            try:
                inference_id, cost = await self.ops.create(item.parameters)
            except RateLimitError as exc:
                self.pacer.release(ok=False)
                self.committed -= reserve
                self.journal.append(item.key, item.n, {"ev": "not-created", "error": _one_line(exc)})
                attempt += 1
                if attempt > _MAX_RATE_LIMITED:
                    self._finish(item, "failed", f"gave up after {attempt} rate-limited attempts: {_one_line(exc)}")
                    return False
                self.pacer.rate_limited_by(exc, attempt)
                continue
            except LowCodeAPIError as exc:
                self.pacer.release(ok=False)
                if _maybe_created(exc):
                    await self._recover([item])
                    if item.plan == "resume":
                        return True
                    self._finish(item, "unknown", f"{_one_line(exc)}; {self._unknown_text()}")
                    return False
                self.committed -= reserve
                self.journal.append(item.key, item.n, {"ev": "not-created", "error": _one_line(exc)})
                self._finish(item, "failed", _one_line(exc))
                return False
            except BaseException:
                self.pacer.release(ok=False)
                raise
            self.pacer.release(ok=True)
            charged = cost if cost is not None else item.estimate
            self.committed += (charged or 0.0) - reserve
            self.claimed.add(inference_id)
            event: dict[str, Any] = {"ev": "created", "id": inference_id, "cost": cost, "estimate": item.estimate}
            self.journal.append(item.key, item.n, event)
            self._progress(item)
            return True

    async def _wait(self, item: _Item) -> str | None:
        inference_id = item.record.inference_id
        assert inference_id is not None
        loop = asyncio.get_running_loop()
        start = loop.time()
        interval = self.poll_interval
        while True:
            status, images = await self.pacer.call(lambda: self.ops.get(inference_id))
            if status in _SUCCEEDED:
                if item.record.state not in ("succeeded", "done"):
                    self.journal.append(item.key, item.n, {"ev": "succeeded", "images": len(images)})
                item.images = images
                return status
            if status in _FAILED:
                error = f"inference {inference_id} ended as {status}"
                self.journal.append(item.key, item.n, {"ev": "inference-failed", "error": error})
                self._finish(item, "failed", error)
                return None
            elapsed = loop.time() - start
            if self.wait_timeout is not None and elapsed + interval > self.wait_timeout:
                self._finish(
                    item,
                    "failed",
                    f"inference {inference_id} still {status or 'unknown'} after {elapsed:.0f}s "
                    f"(wait_timeout {self.wait_timeout:g}s): re-run the batch to keep waiting; it is not created again",
                )
                return None
            await asyncio.sleep(interval)
            interval = min(interval * 1.5, self.max_poll_interval)

    async def _download(self, item: _Item) -> None:
        for j, (image_id, url) in enumerate(item.images):
            name = item.record.files.get(j)
            if name is not None and (self.out_dir / name).is_file():
                continue
            stem = f"{item.prefix}-{j}"
            for stale in self.out_dir.glob(f".{glob_escape(stem)}.*.part"):  # left by a killed download
                stale.unlink(missing_ok=True)
            path = await self.pacer.call(functools.partial(self.ops.download, url, self.out_dir, stem))
            self.journal.append(item.key, item.n, {"ev": "file", "image": j, "name": path.name, "image_id": image_id})
            self.images_saved += 1
            self._progress(item)


# -- entry points ----------------------------------------------------------------------------------------------


def _check_options(concurrency: int, max_cost: float | None) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an integer >= 1, got {concurrency!r}")
    if max_cost is not None and (
        isinstance(max_cost, bool) or not isinstance(max_cost, int | float) or not max_cost >= 0
    ):
        raise ValueError(f"max_cost must be a number >= 0 or None, got {max_cost!r}")


def _parameters(requests: Sequence[Any]) -> list[Any]:
    """Each request as a ``GenerationParameters`` (checked like ``inferences.create``'s ``parameters``) before
    anything is sent: a bad one is a ``TypeError`` naming ``requests[i]``."""
    from ._request_inputs import as_model
    from .models import GenerationParameters
    from .request_types import GenerationParametersDict

    if isinstance(requests, str | bytes | Mapping) or not isinstance(requests, Sequence):
        raise TypeError(f"requests: expected a sequence of generation parameters, got {type(requests).__name__}")
    return [
        as_model(GenerationParameters, value, f"requests[{i}]", GenerationParametersDict)
        for i, value in enumerate(requests)
    ]


def _journal_path(out_dir: Path, journal: str | os.PathLike[str] | None) -> Path:
    return out_dir / JOURNAL_NAME if journal is None else Path(journal)


async def _run(
    ops: _Ops,
    model_id: str,
    requests: Sequence[Any],
    *,
    out_dir: str | os.PathLike[str],
    journal: str | os.PathLike[str] | None,
    concurrency: int,
    max_cost: float | None,
    on_progress: Callable[[BatchProgress], None] | None,
    resend_unknown: bool,
    poll_interval: float,
    max_poll_interval: float,
    wait_timeout: float | None,
    parameters: list[Any] | None = None,
) -> BatchResult:
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with Journal(_journal_path(folder, journal)) as opened:
        core = _BatchRun(
            ops,
            model_id,
            parameters if parameters is not None else _parameters(requests),
            out_dir=folder,
            journal=opened,
            concurrency=concurrency,
            max_cost=max_cost,
            on_progress=on_progress,
            resend_unknown=resend_unknown,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            wait_timeout=wait_timeout,
        )
        return await core.run()


def _run_in_thread(factory: Callable[[], Coroutine[Any, Any, T]], workers: int) -> T:
    """Run a coroutine on a private event loop in a worker thread (so it works from any thread, inside a running
    loop too), its blocking calls in a pool of ``workers`` threads. An interrupt of the caller (Ctrl-C) cancels it."""
    from concurrent.futures import ThreadPoolExecutor

    outcome: list[Any] = []
    failure: list[BaseException] = []
    started = threading.Event()
    state: dict[str, Any] = {}

    def target() -> None:
        loop = asyncio.new_event_loop()
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scenario-batch")
        loop.set_default_executor(executor)
        try:
            task = loop.create_task(factory())
            state["loop"], state["task"] = loop, task
            started.set()
            outcome.append(loop.run_until_complete(task))
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)
        finally:
            started.set()
            try:
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                loop.close()

    thread = threading.Thread(target=target, name="scenario-batch-loop", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.2)
    except BaseException:
        started.wait()
        loop, task = state.get("loop"), state.get("task")
        if loop is not None and task is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass
        thread.join(30.0)
        raise
    if failure:
        raise failure[0]
    return outcome[0]  # type: ignore[no-any-return]


def batch(
    client: Client,
    model_id: str,
    requests: Sequence[Any],
    *,
    out_dir: str | os.PathLike[str],
    journal: str | os.PathLike[str] | None = None,
    concurrency: int = 4,
    max_cost: float | None = None,
    on_progress: Callable[[BatchProgress], None] | None = None,
    resend_unknown: bool = False,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    wait_timeout: float | None = 600.0,
) -> BatchResult:
    """The sync driver (see ``Inferences.batch``)."""
    _check_options(concurrency, max_cost)
    parameters = _parameters(requests)
    ops = _ThreadOps(client, model_id)
    return _run_in_thread(
        lambda: _run(
            ops,
            model_id,
            requests,
            out_dir=out_dir,
            journal=journal,
            concurrency=concurrency,
            max_cost=max_cost,
            on_progress=on_progress,
            resend_unknown=resend_unknown,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            wait_timeout=wait_timeout,
            parameters=parameters,
        ),
        workers=concurrency + 1,
    )


async def abatch(
    client: Client,
    model_id: str,
    requests: Sequence[Any],
    *,
    out_dir: str | os.PathLike[str],
    journal: str | os.PathLike[str] | None = None,
    concurrency: int = 4,
    max_cost: float | None = None,
    on_progress: Callable[[BatchProgress], None] | None = None,
    resend_unknown: bool = False,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    wait_timeout: float | None = 600.0,
) -> BatchResult:
    """The async driver (see ``AsyncInferences.batch``)."""
    _check_options(concurrency, max_cost)
    return await _run(
        _AsyncOps(client, model_id),
        model_id,
        requests,
        out_dir=out_dir,
        journal=journal,
        concurrency=concurrency,
        max_cost=max_cost,
        on_progress=on_progress,
        resend_unknown=resend_unknown,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        wait_timeout=wait_timeout,
    )


async def _estimate(ops: _Ops, parameters: list[Any], concurrency: int) -> BatchEstimate:
    pacer = _Pacer(concurrency)
    costs = await _all(pacer.call(functools.partial(ops.dry_run, p)) for p in parameters)
    return BatchEstimate(list(costs))


def estimate_batch(client: Client, model_id: str, requests: Sequence[Any], *, concurrency: int = 4) -> BatchEstimate:
    """Dry-run every request (free, nothing is created): the sync driver."""
    _check_options(concurrency, None)
    parameters = _parameters(requests)
    ops = _ThreadOps(client, model_id)
    return _run_in_thread(lambda: _estimate(ops, parameters, concurrency), workers=concurrency + 1)


async def aestimate_batch(
    client: Client, model_id: str, requests: Sequence[Any], *, concurrency: int = 4
) -> BatchEstimate:
    """Dry-run every request (free): the async driver."""
    _check_options(concurrency, None)
    return await _estimate(_AsyncOps(client, model_id), _parameters(requests), concurrency)
