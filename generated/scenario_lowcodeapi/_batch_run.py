"""The batch core: one async state machine over the items of a batch (:class:`BatchRun`). It reads what the journal
says of each item, recovers creates whose answer was lost, keeps to the budget, creates, waits and downloads, and
writes every step to the journal before the next (the rules are in :mod:`._batch`'s docstring). It talks to Scenario
only through an ``_Ops`` (:mod:`._batch_ops`), so it is unit-tested with a fake; pacing is :mod:`._scheduling`'s."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._batch_ops import _Found, _Ops
from ._batch_results import BatchItem, BatchProgress, BatchResult, BatchStatus, BudgetExceededError
from ._downloads import glob_escape
from ._exceptions import APIConnectionError, APIStatusError, LowCodeAPIError, RateLimitError, ResponseDecodeError
from ._journal import ItemRecord, Journal, item_keys
from ._scheduling import MAX_RATE_LIMITED, Pacer, gather_or_cancel

__all__ = ["BatchRun"]

_SUCCEEDED = frozenset({"succeeded"})
_FAILED = frozenset({"failed", "canceled"})
_CLOCK_SKEW = 300.0  # seconds: an inference created this long before our "sending" record may still be ours


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


def _maybe_created(exc: BaseException) -> bool:
    """After this error, the create may have taken effect (the answer was lost, or came from a proxy)."""
    if isinstance(exc, APIStatusError):
        return exc.status_code >= 500 or exc.status_code == 408
    return isinstance(exc, APIConnectionError | ResponseDecodeError)


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


class BatchRun:
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
        self.pacer = Pacer(concurrency)
        self.items: list[_Item] = []
        bodies = [params.to_dict() for params in parameters]
        for index, (params, body, (key, n)) in enumerate(
            zip(parameters, bodies, item_keys(model_id, bodies), strict=True)
        ):
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

        await gather_or_cancel(estimate(item) for item in need)
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

        await gather_or_cancel(one(item) for item in work)
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
                if attempt > MAX_RATE_LIMITED:
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
