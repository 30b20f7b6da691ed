"""Section 4: concurrent ``get_model`` calls (``asyncio.gather``) on the mock transport."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _harness import (
    Table,
    interleaved_async,
    log,
    ms,
    summarize,
    us,
)
from _mock import (
    MockHandler,
    add_block,
    compact,
    model_id_of,
)
from _payloads import model_payload
from _plan import (
    ASYNC_MAX,
    MOCK_BASE,
    SDK_BASE,
    TOKEN,
    Peers,
    Plan,
)


def bench_async(table: Table, plan: Plan, peers: Peers, definitions: dict[str, Any]) -> None:
    from scenario_lowcodeapi import AsyncScenario, Client
    from scenario_lowcodeapi.api.models import get_model

    payload = {"model": model_payload(1, definitions)}
    body = compact(payload)
    env, plain = MockHandler(b'{"data":' + body + b"}"), MockHandler(body)
    n = plan.async_concurrency
    url, tok = f"{MOCK_BASE}/v1/models/model_1", {"api_token": TOKEN}

    async def run() -> dict[str, list[float]]:
        raw = httpx.AsyncClient(transport=httpx.MockTransport(env))
        ours = Client(TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)})
        scen = AsyncScenario(
            TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)}
        )
        stock = peers.stock[0].Client(
            base_url=MOCK_BASE, httpx_args={"params": tok, "transport": httpx.MockTransport(plain)}
        )
        stock_get = peers.stock[1]

        async def raw_call() -> object:
            return (await raw.get(url, params=tok)).json()["data"]

        variants: dict[str, Callable[[], Awaitable[object]]] = {
            "raw": raw_call,
            "func": lambda: get_model.asyncio("model_1", client=ours),
            "res": lambda: scen.models.get("model_1"),
            "stock": lambda: stock_get.asyncio("model_1", client=stock),
        }
        sdk = None
        if peers.sdk is not None:
            sdk = peers.sdk.AsyncScenario(
                api_key="bench_key",
                api_secret="bench_secret",
                base_url=SDK_BASE,
                max_retries=2,
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(plain)),
            )
            variants["sdk"] = lambda: sdk.models.retrieve("model_1")
        for key, call in variants.items():
            assert model_id_of(await call()) == "model_1", key
        try:
            return await interleaved_async(
                variants,
                concurrency=n,
                repeats=plan.async_repeats,
                round_timeout_s=60.0,
                total_budget_s=plan.budget_s,
            )
        finally:
            await raw.aclose()
            await ours.aclose()
            await scen.close()
            await stock.get_async_httpx_client().aclose()
            if sdk is not None:
                await sdk.close()

    log(f"4. async get_model x{n} gather on the mock transport, {plan.async_repeats} rounds ...")
    res = summarize(asyncio.run(run()))
    add_block(
        table,
        "4",
        f"async get_model x{n} gather",
        res,
        lambda st: f"{ms(st.median)} ({us(st.median / n)}/call)",
        ASYNC_MAX,
    )
