"""Section 1: ``get_model`` on ``httpx.MockTransport``, every client on the same bytes."""

from __future__ import annotations

from typing import Any

from _harness import (
    Table,
    interleaved,
    log,
    summarize,
    us,
)
from _mock import (
    add_block,
    check_complete,
    get_variants,
    make_setup,
)
from _payloads import model_payload
from _plan import (
    GET_MAX,
    Peers,
    Plan,
)


def bench_get(table: Table, plan: Plan, peers: Peers, definitions: dict[str, Any]) -> None:
    payload = {"model": model_payload(1, definitions)}
    check_complete(payload)
    s = make_setup(payload, peers)
    try:
        variants = get_variants(s, peers)
        log(
            f"1. get_model ({len(s.plain.body):,} B): {plan.get_calls} calls x {plan.get_repeats} repeats x {len(variants)} ..."
        )
        res = summarize(
            interleaved(
                variants,
                number=plan.get_calls,
                repeats=plan.get_repeats,
                warmup=plan.warmup,
                batch_budget_s=4.0,
                total_budget_s=plan.budget_s,
            )
        )
    finally:
        s.close()
    add_block(table, "1", "get_model", res, lambda st: us(st.median), GET_MAX)
    table.note(
        f"[1] Sections 1-4 run on httpx.MockTransport (in process, no network) answering the same bytes to every "
        f"client: a complete instance of Scenario's model definition (GetModelsByModelIdResponse, every property "
        f"filled, benchmarks/_payloads.py), {len(s.plain.body):,} B per model as compact JSON. raw: "
        "httpx.Client.get(url, params={'api_token': ...}).json()['data'] -- untyped dicts, no retries, no error "
        "mapping. Our clients: url_format='auto' (default), max_retries=2. GC stays on, as users run it "
        "(one gc.collect() before each batch of calls, so every batch starts from the same heap); each call's "
        "result is kept until the next call returns, as users keep results, and the collection the last one "
        "leaves due runs inside the timing (benchmarks/_harness.py: settle_young_generation)."
    )
    table.note("[2] (a+) raw httpx plus the generated models' from_dict: the parsing share, for reference.")
