"""Section 3: memory kept by a parsed page (``tracemalloc``), against the plain dicts of ``json.loads``."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from _harness import (
    Table,
    log,
    mib,
    ratio,
)
from _mock import (
    LABELS,
    OURS,
    every_field_read,
    list_variants,
    make_setup,
)
from _payloads import page_payload
from _plan import (
    BENCH_EXTRA,
    MEMORY_MAX,
    Peers,
    Plan,
)


def kept_bytes(call: Callable[[], object]) -> int:
    """Bytes still allocated after ``call()`` returns, held only by its result (tracemalloc; one warm-up call)."""
    call()
    gc.collect()
    tracemalloc.start()
    try:
        result = call()
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del result
    return kept


def bench_memory(table: Table, plan: Plan, peers: Peers, definitions: dict[str, Any]) -> None:
    size = plan.memory_size
    s = make_setup(page_payload(size, definitions), peers)
    try:
        variants = list_variants(s, peers, size)
        variants.pop("raw_parse")
        log(f"3. memory kept by a parsed {size}-model page, {len(variants)} clients (tracemalloc) ...")
        kept = {key: kept_bytes(call) for key, call in variants.items()}
        kept_read = {key: kept_bytes(call) for key, call in every_field_read(variants).items() if key in OURS}
    finally:
        s.close()
    base = kept["raw"]
    for key, label in LABELS.items():
        what = f"kept by a {size}-model page: {label}"
        if key not in kept:
            if key == "sdk":
                table.add("3", what, f"not installed ({BENCH_EXTRA})")
            continue
        rel = kept[key] / base
        figure = f"{mib(kept[key])} ({kept[key] / size / 1024:,.1f} KiB/model)"
        if key in OURS:
            table.add("3", what, figure, ratio(rel), f"<= {MEMORY_MAX}x raw", rel <= MEMORY_MAX)
        else:
            table.add("3", what, figure, ratio(rel))
    for key in OURS:
        rel = kept_read[key] / base
        figure = f"{mib(kept_read[key])} ({kept_read[key] / size / 1024:,.1f} KiB/model)"
        table.add("3", f"kept by a {size}-model page, every field read [10]: {LABELS[key]}", figure, ratio(rel))
    table.note(
        "[5] Section 3: tracemalloc's current size after one call (after a warm-up call and gc.collect()), i.e. the "
        "memory the returned object keeps alive: raw = the plain dicts of .json()['data']; (b) the typed response; "
        "(c) the page object (items + typed response); peers their return values. One measurement (deterministic)."
    )
