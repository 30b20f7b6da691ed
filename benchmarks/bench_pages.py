"""Section 2: ``list_models`` pages of 1, 100 and 1000 models, then the largest with every field read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from _harness import (
    Stats,
    Table,
    interleaved,
    log,
    ms,
    summarize,
    us,
)
from _mock import (
    add_block,
    every_field_read,
    list_variants,
    make_setup,
)
from _payloads import page_payload
from _plan import (
    PAGE_MAX,
    Peers,
    Plan,
)


def time_pages(variants: dict[str, Callable[[], object]], plan: Plan, calls: int, repeats: int) -> dict[str, Stats]:
    """The paired statistics of ``variants`` (list_models calls), ``calls`` per sample."""
    samples = interleaved(
        variants,
        number=calls,
        repeats=repeats,
        warmup=max(1, min(plan.warmup, 2 * calls)),
        batch_budget_s=8.0,
        total_budget_s=plan.budget_s,
    )
    return summarize(samples)


def bench_pages(table: Table, plan: Plan, peers: Peers, definitions: dict[str, Any]) -> None:
    for size, calls, repeats in zip(plan.page_sizes, plan.page_calls, plan.page_repeats, strict=True):
        s = make_setup(page_payload(size, definitions), peers)
        try:
            variants = list_variants(s, peers, size)
            log(f"2. list_models page of {size} ({len(s.plain.body):,} B): {calls} calls x {repeats} repeats ...")
            res = time_pages(variants, plan, calls, repeats)
        finally:
            s.close()

        def figure(st: Stats, n: int = size) -> str:
            per_page = ms(st.median) if st.median >= 1e-3 else us(st.median)
            return f"{per_page} ({us(st.median / n)}/model)"

        add_block(table, "2", f"page of {size}", res, figure, PAGE_MAX.get(size))
        if size == max(plan.page_sizes):
            bench_page_read(table, plan, peers, definitions, size, calls, repeats, figure)
    table.note(
        "[10] Our models parse nested models (a model's objects and arrays of objects) on the first read of their "
        "field; the call parses the payload and each item's own fields. 'every field read' times the call plus "
        "reading every field of every model on the page, nested ones included, for every client (raw: every value "
        "of the dicts visited), against raw doing the same: the cost when everything is read."
    )


def bench_page_read(
    table: Table,
    plan: Plan,
    peers: Peers,
    definitions: dict[str, Any],
    size: int,
    calls: int,
    repeats: int,
    figure: Callable[[Stats], str],
) -> None:
    s = make_setup(page_payload(size, definitions), peers)
    try:
        variants = every_field_read(list_variants(s, peers, size))
        log(f"2. list_models page of {size}, every field read: {calls} calls x {repeats} repeats ...")
        res = time_pages(variants, plan, calls, repeats)
    finally:
        s.close()
    add_block(table, "2", f"page of {size}, every field read [10]", res, figure, None)
