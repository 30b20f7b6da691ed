"""What a batch hands back: one :class:`BatchItem` per request in a :class:`BatchResult`, the counts passed to
``on_progress`` (:class:`BatchProgress`), dry-run costs (:class:`BatchEstimate`) and :class:`BudgetExceededError`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ._exceptions import LowCodeAPIError

__all__ = ["BatchEstimate", "BatchItem", "BatchProgress", "BatchResult", "BatchStatus", "BudgetExceededError"]

BatchStatus = Literal["succeeded", "failed", "skipped", "unknown"]


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
    """Dry-run costs (free): ``items`` per request, in order, and their ``total``: what is left to pay.

    ``already_created`` lists the requests (indexes) a batch journal, when one was given, says were created
    already: they were paid once and a re-run never sends them again, so their item is 0 and they were not
    dry-run. A create whose answer was lost counts at its estimate (it may or may not have been charged).
    """

    items: list[float]
    already_created: list[int] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.items)
