"""Section 5: ``get_model`` over real HTTP against the LowCodeAPI stand-in (in a child process) on 127.0.0.1,
sync sequential and async concurrent."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable

import httpx
from _harness import (
    Table,
    interleaved,
    interleaved_async,
    log,
    ms,
    summarize,
    us,
)
from _mock import (
    OURS,
    model_id_of,
)
from _plan import (
    BENCH,
    LOOPBACK_MAX,
    REPO,
    TOKEN,
    Plan,
)


class ChildStandIn:
    """``StandIn(routing=...)`` in a child process (benchmarks/_serve.py); stopped by closing its stdin."""

    def __init__(self, routing: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "_serve.py"), routing],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self.close()
            raise RuntimeError(f"stand-in child did not start (got {self.base_url!r})")

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()  # our own child, by its handle
            self.proc.wait(timeout=5)


def bench_loopback(table: Table, plan: Plan) -> None:
    from scenario_lowcodeapi import AsyncScenario, Client, Scenario
    from scenario_lowcodeapi.api.models import get_model

    labels = {"raw": "(a) raw httpx + json", "func": "(b) generated function", "res": "(c) resource client"}
    server = ChildStandIn("both")
    try:
        base = server.base_url
        raw_http = httpx.Client()
        ours = Client(TOKEN, base_url=base, url_format="new")
        scen = Scenario(client=Client(TOKEN, base_url=base, url_format="new"))
        tok = {"api_token": TOKEN}
        get_url = f"{base}/v1/models/model_1"
        variants: dict[str, Callable[[], object]] = {
            "raw": lambda: raw_http.get(get_url, params=tok).json()["data"],
            "func": lambda: get_model.sync("model_1", client=ours),
            "res": lambda: scen.models.get("model_1"),
        }
        for key, call in variants.items():
            assert model_id_of(call()) == "model_1", key
        log(f"5. loopback sync: get_model, {plan.loop_calls} sequential calls x {plan.loop_repeats} repeats ...")
        res = summarize(
            interleaved(
                variants,
                number=plan.loop_calls,
                repeats=plan.loop_repeats,
                warmup=plan.loop_warmup,
                batch_budget_s=5.0,
                total_budget_s=plan.budget_s,
            )
        )
        for key, label in labels.items():
            limit = LOOPBACK_MAX if key in OURS else None
            table.add_stats("5", f"sync get_model: {label}", us(res[key].median), res[key], limit)
        raw_http.close()
        ours.close()
        scen.close()
        n = plan.loop_async_concurrency

        async def run_async() -> dict[str, list[float]]:
            raw_async = httpx.AsyncClient()
            a_ours = Client(TOKEN, base_url=base, url_format="new")
            a_scen = AsyncScenario(client=Client(TOKEN, base_url=base, url_format="new"))

            async def raw_call() -> object:
                return (await raw_async.get(get_url, params=tok)).json()["data"]

            async_variants: dict[str, Callable[[], Awaitable[object]]] = {
                "raw": raw_call,
                "func": lambda: get_model.asyncio("model_1", client=a_ours),
                "res": lambda: a_scen.models.get("model_1"),
            }
            for key, call in async_variants.items():
                assert model_id_of(await call()) == "model_1", key
            try:
                return await interleaved_async(
                    async_variants,
                    concurrency=n,
                    repeats=plan.loop_async_repeats,
                    round_timeout_s=30.0,
                    total_budget_s=plan.budget_s,
                )
            finally:
                await raw_async.aclose()
                await a_ours.aclose()
                await a_scen.close()

        log(f"5. loopback async: get_model, {n} concurrent x {plan.loop_async_repeats} rounds ...")
        walls = summarize(asyncio.run(run_async()))
        for key, label in labels.items():
            st = walls[key]
            figure = f"{ms(st.median)} ({us(st.median / n)}/call)"
            limit = LOOPBACK_MAX if key in OURS else None
            table.add_stats("5", f"async get_model x{n} gather: {label}", figure, st, limit)
    finally:
        server.close()
    table.note(
        "[6] Section 5: StandIn(routing='both') in a child process (off this process's GIL) on 127.0.0.1, "
        "url_format='new', keep-alive clients, the stand-in's own seed model (about 1.5 KB); sync = sequential "
        "calls, async = one asyncio.gather through one httpx.AsyncClient (default pool limits: 100 connections); "
        "the async wall time is bound by the stand-in's throughput (stdlib ThreadingHTTPServer)."
    )
