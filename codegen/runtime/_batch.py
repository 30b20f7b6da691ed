"""Many generations in one call: ``client.inferences.batch(model_id, requests, out_dir=...)``.

The principle: a batch costs what you agreed to, exactly once per image, however often it is interrupted and re-run.

Design
------
One **async core** (:class:`~._batch_run.BatchRun`) holds every decision: what the journal says about each item, what to
recover, the budget, the pacing, waiting and downloading. It talks to Scenario through a small ``_Ops`` interface
(dry run, create, get, list, download; in ``_batch_ops``, with the two cost readers) so it is unit-tested with a
fake. ``AsyncScenario`` runs it on the caller's event loop with async operations; ``Scenario`` runs it on a private
event loop in a worker thread, with the sync client's calls in a thread pool of ``concurrency`` workers. An async core was chosen over a sans-IO state machine
because a batch *is* a scheduler (N items, each a create, polls and downloads, a shared rate-limit pause): asyncio
expresses that directly, and the sync driver costs one thread; the HTTP calls themselves stay the client's own
(same retries, redaction, URL-format fallback) in both drivers.

This module holds the entry points (:func:`batch`, :func:`abatch`, :func:`estimate_batch`, :func:`aestimate_batch`);
the core is :mod:`._batch_run`, the journal-independent pacing and thread driver :mod:`._scheduling`, what a
batch returns :mod:`._batch_results`.

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

import functools
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._batch_ops import _AsyncOps, _Ops, _ThreadOps
from ._batch_results import BatchEstimate, BatchItem, BatchProgress, BatchResult, BatchStatus, BudgetExceededError
from ._batch_run import BatchRun
from ._journal import Journal, JournalLockedError, item_keys, read_records
from ._scheduling import Pacer, gather_or_cancel, run_in_thread

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

JOURNAL_NAME = "scenario-batch.jsonl"


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
        core = BatchRun(
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
    return run_in_thread(
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


def _created_in(journal: str | os.PathLike[str] | None, model_id: str, parameters: list[Any]) -> set[int]:
    """The indexes of the requests ``journal`` says were created (an inference ID recorded): paid already."""
    if journal is None:
        return set()
    records = read_records(journal)
    keys = item_keys(model_id, [params.to_dict() for params in parameters])
    return {i for i, key in enumerate(keys) if (record := records.get(key)) is not None and record.inference_id}


async def _estimate(ops: _Ops, parameters: list[Any], concurrency: int, created: set[int]) -> BatchEstimate:
    pacer = Pacer(concurrency)
    left = [i for i in range(len(parameters)) if i not in created]
    costs = await gather_or_cancel(pacer.call(functools.partial(ops.dry_run, parameters[i])) for i in left)
    items = [0.0] * len(parameters)
    for i, cost in zip(left, costs, strict=True):
        items[i] = cost
    return BatchEstimate(items, sorted(created))


def estimate_batch(
    client: Client,
    model_id: str,
    requests: Sequence[Any],
    *,
    concurrency: int = 4,
    journal: str | os.PathLike[str] | None = None,
) -> BatchEstimate:
    """Dry-run every request not created yet according to ``journal`` (free, nothing is created): the sync driver."""
    _check_options(concurrency, None)
    parameters = _parameters(requests)
    created = _created_in(journal, model_id, parameters)
    ops = _ThreadOps(client, model_id)
    return run_in_thread(lambda: _estimate(ops, parameters, concurrency, created), workers=concurrency + 1)


async def aestimate_batch(
    client: Client,
    model_id: str,
    requests: Sequence[Any],
    *,
    concurrency: int = 4,
    journal: str | os.PathLike[str] | None = None,
) -> BatchEstimate:
    """Dry-run every request not created yet according to ``journal`` (free): the async driver."""
    _check_options(concurrency, None)
    parameters = _parameters(requests)
    created = _created_in(journal, model_id, parameters)
    return await _estimate(_AsyncOps(client, model_id), parameters, concurrency, created)
