"""``python benchmarks/run.py`` (``make bench``): one table of what the client costs, measured in one run.

1. ``get_model`` on ``httpx.MockTransport`` (in process, the same bytes for every client): a complete instance
   of Scenario's model definition (every property filled, about 4 KB): raw httpx, our generated function and
   resource client, a stock openapi-python-client build of the same spec, Scenario's own ``scenario-sdk``;
2. ``list_models`` pages of 1, 100 and 1000 such models, the same clients (ms per page, µs per model); then the
   1000-model page again with every field of every model read, nested ones included (ours parse nested models
   on first read, so the call alone does not show that cost);
3. memory kept by a parsed 1000-model page (``tracemalloc``) against the plain dicts ``json.loads`` gives, also
   after every field was read;
4. 200 concurrent ``get_model`` calls (``asyncio.gather``) on the mock transport;
5. the same over real HTTP against the LowCodeAPI stand-in on 127.0.0.1 (sync sequential, async concurrent);
6. cold start: a fresh interpreter's import + first call, and ``python -X importtime``;
7. ``python -m codegen generate --offline`` wall time (rewrites generated/, identically);
8. requests sent for 100 ``get_model`` calls against an old-format-only LowCodeAPI (``url_format="auto"``).

Every timed row comes from interleaved, paired repeats: "Figure" is the variant's median, "vs raw" is that
median over the raw median of the same block (so figures divide into ratios), "paired ratio" is the median and
min-max of the per-repeat ratios (the spread). Nothing is asserted; targets are only marked met / NOT MET.
The table goes to stdout and, as Markdown, to ``benchmarks/results.md``; ``benchmarks/readme.py`` copies that
into README.md's Performance section. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
for _path in (str(REPO), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import httpx  # noqa: E402
from _harness import (  # noqa: E402
    Stats,
    Table,
    interleaved,
    interleaved_async,
    load_average,
    log,
    machine,
    mib,
    ms,
    ratio,
    summarize,
    us,
)
from _payloads import load_definitions, model_payload, page_payload  # noqa: E402

TOKEN = "at_bench_token"
MOCK_BASE = "https://api.lowcodeapi.com/scenario"  # never contacted: every request goes to a MockTransport
SDK_BASE = "https://api.cloud.scenario.com/v1"  # scenario-sdk's own default; also never contacted
SPEC_PATH = REPO / "codegen" / "spec" / "scenario.openapi.json"
RESULTS = BENCH / "results.md"
JSON_HEADERS = [("content-type", "application/json; charset=utf-8")]
BENCH_EXTRA = "pip install -e '.[bench]'"

# Targets (issue #12): ratios to raw httpx + json on the same bytes, never asserted
GET_MAX = 1.15
PAGE_MAX = {100: 1.5, 1000: 1.6}
MEMORY_MAX = 1.0
ASYNC_MAX = 1.15
COLD_MAX = 1.3
LOOPBACK_MAX = 1.3
IMPORT_MAX_S = 0.100
GENERATE_MAX_S = 5.0
REQUESTS_FOR_100 = 101


@dataclass(frozen=True)
class Plan:
    """How much to run: ``Plan()`` is ``make bench`` (about 4 minutes on 2 cores), ``Plan.tiny()`` a smoke run."""

    get_calls: int = 300
    get_repeats: int = 20
    warmup: int = 100
    page_sizes: tuple[int, ...] = (1, 100, 1000)
    page_calls: tuple[int, ...] = (300, 8, 1)  # calls per sample, one per page size
    page_repeats: tuple[int, ...] = (15, 12, 9)
    memory_size: int = 1000
    async_concurrency: int = 200
    async_repeats: int = 12
    loop_calls: int = 100
    loop_repeats: int = 10
    loop_warmup: int = 30
    loop_async_concurrency: int = 200
    loop_async_repeats: int = 5
    cold_runs: int = 7
    import_runs: int = 5
    generate_runs: int = 3
    subprocess_warmup: bool = True  # one discarded run per program first (byte-compiles, fills the file cache)
    budget_s: float = 25.0  # per block, once 3 repeats are done
    results: Path = RESULTS
    default_out: Path = REPO / ".bench" / "default_client"
    pycache: Path = REPO / ".bench" / "pycache"  # bytecode of the fresh interpreters (section 6)

    @classmethod
    def tiny(cls, out_dir: Path) -> Plan:
        """Every section on tiny sizes, one repeat, generate skipped: the machinery, not the figures."""
        return cls(
            get_calls=2,
            get_repeats=1,
            warmup=1,
            page_sizes=(1, 2, 3),
            page_calls=(1, 1, 1),
            page_repeats=(1, 1, 1),
            memory_size=3,
            async_concurrency=3,
            async_repeats=1,
            loop_calls=2,
            loop_repeats=1,
            loop_warmup=1,
            loop_async_concurrency=3,
            loop_async_repeats=1,
            cold_runs=1,
            import_runs=1,
            generate_runs=0,
            subprocess_warmup=False,
            budget_s=5.0,
            results=out_dir / "results.md",
            default_out=out_dir / "default_client",
            pycache=out_dir / "pycache",
        )


# ------------------------------------------------------------------------------------ peers


@dataclass
class Peers:
    """The clients compared in sections 1-4 besides ours; a peer that is not installed is ``None``."""

    stock: Any  # the default openapi-python-client build: (package, get_model module, list_models module)
    sdk: Any  # the scenario_sdk module (Scenario's official SDK, a Stainless build on pydantic), or None
    stock_seconds: float
    notes: list[str] = field(default_factory=list)


def load_peers(plan: Plan, spec: dict[str, Any]) -> Peers:
    from _default_client import build, load

    log(f"peers: stock openapi-python-client build -> {plan.default_out} ...")
    seconds = build(spec, SPEC_PATH, plan.default_out)
    stock = load(plan.default_out)
    sdk: Any
    try:
        import scenario_sdk as sdk
    except ImportError:  # the optional `bench` extra is not installed
        sdk = None
    return Peers(stock=stock, sdk=sdk, stock_seconds=seconds)


def sdk_version() -> str:
    from importlib.metadata import version

    return version("scenario-sdk")


def settle_heap() -> None:
    """Collect, then move every object alive now (the bench's own modules, the stock build's generator state) to
    the permanent generation: the collector then scans what the measured calls allocate, as in an application
    process, not the bench's baggage (without this a full collection costs ~0.3 s here, and a collection
    triggered inside a measured call would charge the bench's heap to that call)."""
    gc.collect()
    gc.freeze()


# ------------------------------------------------------------------------------------ mock transport


def compact(payload: object) -> bytes:
    """JSON as Express (LowCodeAPI) and Scenario send it: no spaces."""
    return json.dumps(payload, separators=(",", ":")).encode()


class MockHandler:
    """Answers every request with one fixed JSON body; records requests while ``seen`` is a list."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.seen: list[httpx.Request] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.seen is not None:  # a copy: the client redacts the token in its own request once the call is over
            self.seen.append(httpx.Request(request.method, str(request.url), headers=request.headers))
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)


@dataclass
class Setup:
    """Every client of one block, each on its own ``httpx.MockTransport`` answering the same payload bytes.

    LowCodeAPI wraps Scenario's body in ``{"data": ...}``; the stock build and scenario-sdk (which talks to
    Scenario directly) get the unwrapped body: the same payload bytes without the 9-byte envelope.
    """

    env: MockHandler
    plain: MockHandler
    raw: httpx.Client
    ours: Any  # scenario_lowcodeapi.Client
    scen: Any  # scenario_lowcodeapi.Scenario
    stock: Any
    sdk: Any

    def close(self) -> None:
        self.raw.close()
        self.ours.close()
        self.scen.close()
        self.stock.get_httpx_client().close()
        if self.sdk is not None:
            self.sdk.close()


def make_setup(payload: object, peers: Peers) -> Setup:
    from scenario_lowcodeapi import Client, Scenario

    body = compact(payload)
    env = MockHandler(b'{"data":' + body + b"}")
    plain = MockHandler(body)
    raw = httpx.Client(transport=httpx.MockTransport(env))
    ours = Client(TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)})
    scen = Scenario(TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)})
    stock_pkg = peers.stock[0]
    stock = stock_pkg.Client(
        base_url=MOCK_BASE, httpx_args={"params": {"api_token": TOKEN}, "transport": httpx.MockTransport(plain)}
    )
    sdk = None
    if peers.sdk is not None:
        sdk = peers.sdk.Scenario(
            api_key="bench_key",
            api_secret="bench_secret",
            base_url=SDK_BASE,
            max_retries=2,
            http_client=httpx.Client(transport=httpx.MockTransport(plain)),
        )
    return Setup(env, plain, raw, ours, scen, stock, sdk)


LABELS = {
    "raw": "(a) raw httpx + json [1]",
    "raw_parse": "(a+) raw httpx + our from_dict [2]",
    "func": "(b) generated function",
    "res": "(c) resource client",
    "stock": "(d) stock openapi-python-client [3]",
    "sdk": "(e) scenario-sdk [4]",
}
OURS = ("func", "res")


def check_once(handler: MockHandler, call: Callable[[], object], path: str, query: dict[str, str]) -> object:
    """Run ``call`` once and check it sent exactly one request to ``path`` carrying ``query``."""
    handler.seen = []
    try:
        result = call()
    finally:
        seen, handler.seen = handler.seen, None
    assert len(seen) == 1, f"expected one request, got {len(seen)}"
    url = seen[0].url
    assert url.path.endswith(path), url
    for key, value in query.items():
        assert url.params.get(key) == value, (key, url)
    return result


def model_id_of(result: Any) -> str:
    if isinstance(result, dict):
        return str(result["model"]["id"])
    return str(result.model.id)


def page_models_of(result: Any) -> list[Any]:
    if isinstance(result, dict):
        return list(result["models"])
    if hasattr(result, "items"):  # our SyncPage
        return list(result.items)
    return list(result.models)


def get_variants(s: Setup, peers: Peers) -> dict[str, Callable[[], object]]:
    from scenario_lowcodeapi.api.models import get_model
    from scenario_lowcodeapi.models import GetModelsByModelIdResponse

    url, tok = f"{MOCK_BASE}/v1/models/model_1", {"api_token": TOKEN}
    raw, ours, scen, stock, sdk = s.raw, s.ours, s.scen, s.stock, s.sdk
    stock_get = peers.stock[1]
    variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.get(url, params=tok).json()["data"],
        "raw_parse": lambda: GetModelsByModelIdResponse.from_dict(raw.get(url, params=tok).json()["data"]),
        "func": lambda: get_model.sync("model_1", client=ours),
        "res": lambda: scen.models.get("model_1"),
        "stock": lambda: stock_get.sync("model_1", client=stock),
    }
    if sdk is not None:
        variants["sdk"] = lambda: sdk.models.retrieve("model_1")
    for key, call in variants.items():
        handler = s.env if key in ("raw", "raw_parse", "func", "res") else s.plain
        query = {} if key == "sdk" else tok  # scenario-sdk authenticates with a header, not the query
        assert model_id_of(check_once(handler, call, "/models/model_1", query)) == "model_1", key
    return variants


def list_variants(s: Setup, peers: Peers, size: int) -> dict[str, Callable[[], object]]:
    from scenario_lowcodeapi.api.models import list_models
    from scenario_lowcodeapi.models import GetModelsResponse

    url, q = f"{MOCK_BASE}/v1/models", {"api_token": TOKEN, "pageSize": size}
    raw, ours, scen, stock, sdk = s.raw, s.ours, s.scen, s.stock, s.sdk
    stock_list = peers.stock[2]
    variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.get(url, params=q).json()["data"],
        "raw_parse": lambda: GetModelsResponse.from_dict(raw.get(url, params=q).json()["data"]),
        "func": lambda: list_models.sync(client=ours, page_size=size),
        "res": lambda: scen.models.list(page_size=size),
        "stock": lambda: stock_list.sync(client=stock, page_size=size),
    }
    if sdk is not None:
        variants["sdk"] = lambda: sdk.models.list(page_size=size)
    for key, call in variants.items():
        handler = s.env if key in ("raw", "raw_parse", "func", "res") else s.plain
        query = {"pageSize": str(size)} if key == "sdk" else {"api_token": TOKEN, "pageSize": str(size)}
        models = page_models_of(check_once(handler, call, "/models", query))
        assert len(models) == size, (key, len(models))
        first = models[0]
        assert (first["id"] if isinstance(first, dict) else first.id) == "model_1", key
    return variants


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    import attrs

    if attrs.has(cls):
        return tuple(f.name for f in attrs.fields(cls))
    return tuple(getattr(cls, "model_fields", ()))  # pydantic (scenario-sdk)


def read_all(value: Any) -> None:
    """Read every value below ``value``: each field of a model (attrs or pydantic), each item, each dict value."""
    cls = value.__class__
    if cls is dict:
        for item in value.values():
            read_all(item)
    elif cls is list:
        for item in value:
            read_all(item)
    elif cls is not str:
        for name in _field_names(cls):
            read_all(getattr(value, name))


def every_field_read(variants: dict[str, Callable[[], object]]) -> dict[str, Callable[[], object]]:
    """Each variant, then every field of every model on the page read (plain dicts: every value visited)."""

    def reading(call: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            result = call()
            read_all(page_models_of(result))
            return result

        return run

    return {key: reading(call) for key, call in variants.items() if key != "raw_parse"}


def check_complete(payload: dict[str, Any]) -> None:
    """Our models parse the payload losslessly and know every key of it (none lands in additional_properties)."""
    from scenario_lowcodeapi.models import GetModelsByModelIdResponse

    parsed = GetModelsByModelIdResponse.from_dict(payload)
    assert parsed.to_dict() == payload, "the generated models do not round-trip the bench payload"
    unknown = unknown_keys(parsed)
    assert not unknown, f"keys the generated models do not declare: {unknown[:5]}"


def unknown_keys(obj: Any, path: str = "$") -> list[str]:
    """Paths of keys that landed in ``additional_properties`` of a model that declares fields (a schema miss)."""
    import attrs

    found: list[str] = []
    if attrs.has(type(obj)):
        declared = [f.name for f in attrs.fields(type(obj)) if f.name != "additional_properties"]
        extra = getattr(obj, "additional_properties", {})
        if declared and extra:
            found += [f"{path}.{k}" for k in extra]
        for name in declared:
            found += unknown_keys(getattr(obj, name), f"{path}.{name}")
        if not declared:  # a free-form map: its values may be models
            for k, v in extra.items():
                found += unknown_keys(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            found += unknown_keys(item, f"{path}[{i}]")
    return found


def add_block(
    table: Table, section: str, op: str, res: dict[str, Stats], figure: Callable[[Stats], str], limit: float | None
) -> None:
    for key, label in LABELS.items():
        if key not in res:
            if key == "sdk":
                table.add(section, f"{op}: {label}", f"not installed ({BENCH_EXTRA})")
            continue
        table.add_stats(section, f"{op}: {label}", figure(res[key]), res[key], limit if key in OURS else None)


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
        "(one gc.collect() before each batch of calls, so every batch starts from the same heap)."
    )
    table.note("[2] (a+) raw httpx plus the generated models' from_dict: the parsing share, for reference.")


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


# ------------------------------------------------------------------------------------ 5. loopback stand-in


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


# ------------------------------------------------------------------------------------ 6. cold start

# Cold = fresh interpreter, warm bytecode cache. This environment may set PYTHONDONTWRITEBYTECODE (then every run
# would compile the package from source); the bytecode goes to .bench/pycache (gitignored) instead.
_DROPPED_ENV = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
_IMPORT_LINE = re.compile(r"^import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(.*)$")

# Each program reads the response bytes first, then times its imports, client construction and first call
# on an httpx.MockTransport answering those bytes, checks the result and prints the seconds.
_COLD_PRELUDE = (
    "import sys, time\n"
    "body = open(sys.argv[1], 'rb').read()\n"
    "H = [('content-type', 'application/json; charset=utf-8')]\n"
    "t0 = time.perf_counter()\n"
)
_COLD_CODE = {
    "raw": (
        "import httpx\n"
        "c = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, headers=H, content=body)))\n"
        "mid = c.get(URL + '/v1/models/model_1', params={'api_token': TOKEN}).json()['data']['model']['id']\n"
    ),
    "res": (
        "from scenario_lowcodeapi import Scenario\n"
        "import httpx\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, headers=H, content=body))\n"
        "mid = Scenario(TOKEN, base_url=URL, httpx_args={'transport': t}).models.get('model_1').model.id\n"
    ),
    "stock": (
        "from scenario_default import Client\n"
        "from scenario_default.api.models import get_model\n"
        "import httpx\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, headers=H, content=body))\n"
        "c = Client(base_url=URL, httpx_args={'params': {'api_token': TOKEN}, 'transport': t})\n"
        "mid = get_model.sync('model_1', client=c).model.id\n"
    ),
    "sdk": (
        "from scenario_sdk import Scenario\n"
        "import httpx\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, headers=H, content=body))\n"
        "c = Scenario(api_key='k', api_secret='s', base_url=SDK, http_client=httpx.Client(transport=t))\n"
        "mid = c.models.retrieve('model_1').model.id\n"
    ),
}
_COLD_LABELS = {
    "raw": "(a) import httpx + first raw call",
    "res": "(c) from scenario_lowcodeapi import Scenario + first call",
    "stock": "(d) stock openapi-python-client import + first call",
    "sdk": "(e) scenario-sdk import + first call",
}


def _env(plan: Plan) -> dict[str, str]:
    """The environment of a fresh interpreter: bytecode cached in ``plan.pycache``, the stock build importable."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    env["PYTHONPYCACHEPREFIX"] = str(plan.pycache)
    env["PYTHONPATH"] = str(plan.default_out)
    return env


def cold_program(key: str) -> str:
    consts = f"URL = {MOCK_BASE!r}\nSDK = {SDK_BASE!r}\nTOKEN = {TOKEN!r}\n"
    done = "t1 = time.perf_counter()\nassert mid == 'model_1', mid\nprint(t1 - t0)\n"
    return consts + _COLD_PRELUDE + _COLD_CODE[key] + done


def cold_start(key: str, body_file: Path, plan: Plan) -> float:
    proc = subprocess.run(
        [sys.executable, "-c", cold_program(key), str(body_file)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(plan),
        timeout=60,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cold start of {key} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return float(proc.stdout.strip())


def bench_cold(table: Table, plan: Plan, peers: Peers, definitions: dict[str, Any]) -> None:
    body = compact({"model": model_payload(1, definitions)})
    files = {"env": plan.default_out / "model_env.json", "plain": plan.default_out / "model_plain.json"}
    files["env"].write_bytes(b'{"data":' + body + b"}")
    files["plain"].write_bytes(body)
    keys = ["raw", "res", "stock"] + (["sdk"] if peers.sdk is not None else [])

    def one(key: str) -> float:
        return cold_start(key, files["env" if key in ("raw", "res") else "plain"], plan)

    log(f"6. cold start to first call: {len(keys)} programs x (1 warm-up + {plan.cold_runs}) fresh interpreters ...")
    if plan.subprocess_warmup:
        for key in keys:  # byte-compile into .bench/pycache, fill the OS file cache
            one(key)
    samples: dict[str, list[float]] = {key: [] for key in keys}
    for r in range(plan.cold_runs):  # interleaved and rotated, like the timing loops
        k = r % len(keys)
        for key in keys[k:] + keys[:k]:
            samples[key].append(one(key))
    res = summarize(samples)
    for key, label in _COLD_LABELS.items():
        if key not in res:
            table.add("6", label, f"not installed ({BENCH_EXTRA})")
            continue
        table.add_stats("6", label, ms(res[key].median), res[key], COLD_MAX if key == "res" else None)
    table.note(
        f"[7] Cold start: a fresh interpreter per sample (median of {plan.cold_runs}, interleaved), timing from "
        "before the first import to the first call's parsed result on httpx.MockTransport (interpreter start-up "
        "excluded); bytecode cached (PYTHONPYCACHEPREFIX=.bench/pycache, warmed by one discarded run)."
    )


def parse_importtime(stderr: str) -> list[tuple[int, str, int]]:
    """``(level, module, cumulative_us)`` for each ``-X importtime`` line, in print order."""
    rows = []
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            name = match.group(3)[1:]  # drop the one separator space; the rest is 2 spaces per level
            level = (len(name) - len(name.lstrip(" "))) // 2
            rows.append((level, name.strip(), int(match.group(2))))
    return rows


def importtime(code: str, top: str, plan: Plan) -> tuple[float, float]:
    """``(cumulative µs of the top-level `top` line, µs of the whole statement)`` for ``python -c code``.

    The statement total sums every top-level line from ``top``'s on: lazy attribute imports triggered by
    ``from X import Name`` appear as top-level lines of their own after the package's line.
    """
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(plan),
        timeout=60,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"python -c {code!r} failed: {proc.stderr.strip().splitlines()[-1:]}")
    rows = parse_importtime(proc.stderr)
    start = next(i for i, (level, name, _) in enumerate(rows) if level == 0 and name == top)
    own = rows[start][2]
    total = sum(cum for level, _, cum in rows[start:] if level == 0)
    return float(own), float(total)


def bench_imports(table: Table, plan: Plan) -> None:
    cases = [
        ("import httpx", "import httpx", "httpx", None),
        ("import scenario_lowcodeapi", "import scenario_lowcodeapi", "scenario_lowcodeapi", IMPORT_MAX_S),
        (
            "from scenario_lowcodeapi import Scenario",
            "from scenario_lowcodeapi import Scenario",
            "scenario_lowcodeapi",
            None,
        ),
    ]
    log(f"6. import time: {len(cases)} statements x (1 warm-up + {plan.import_runs}) fresh interpreters ...")
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, *_ in cases}
    if plan.subprocess_warmup:
        for _label, code, top, _ in cases:  # byte-compile, fill the OS file cache
            importtime(code, top, plan)
    for _ in range(plan.import_runs):
        for label, code, top, _ in cases:
            samples[label].append(importtime(code, top, plan))
    for label, _, _top, limit in cases:
        own = statistics.median(s[0] for s in samples[label]) / 1e6
        total = statistics.median(s[1] for s in samples[label]) / 1e6
        if label == "import httpx":
            table.add("6", f"-X importtime: {label} (cumulative)", ms(own))
        elif limit is not None:
            table.add(
                "6", f"-X importtime: {label} (cumulative)", ms(own), "", f"<= {limit * 1e3:.0f} ms", own <= limit
            )
        else:
            table.add("6", f"-X importtime: {label} (top line / whole statement) [8]", f"{ms(own)} / {ms(total)}")
    table.note(
        f"[8] python -X importtime, median of {plan.import_runs}; 'top line' is the cumulative time of the "
        "top-level scenario_lowcodeapi line (the package __init__ is lazy), 'whole statement' adds the top-level "
        "lines the lazy attribute import triggers after it (httpx, attrs, models...); -X importtime adds overhead."
    )


# ------------------------------------------------------------------------------------ 7. make generate

_PRINTED = re.compile(r"generate: .* in ([0-9.]+) s")


def bench_generate(table: Table, plan: Plan) -> None:
    log(f"7. python -m codegen generate --offline x {plan.generate_runs} (rewrites generated/ identically) ...")
    walls: list[float] = []
    printed: list[float] = []
    for _ in range(plan.generate_runs):
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--offline"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
            check=False,
        )
        walls.append(time.perf_counter() - start)
        if proc.returncode != 0:
            last = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
            table.add(
                "7", "python -m codegen generate --offline", f"FAILED (exit {proc.returncode})", "", "< 5 s", False
            )
            table.note(f"[9] generate failed: {last}")
            return
        match = _PRINTED.search(proc.stdout)
        if match:
            printed.append(float(match.group(1)))
    wall = statistics.median(walls)
    target = f"< {GENERATE_MAX_S:.0f} s"
    table.add("7", "python -m codegen generate --offline (wall)", f"{wall:.2f} s", "", target, wall < GENERATE_MAX_S)
    if printed:
        table.add("7", "  time the command prints", f"{statistics.median(printed):.2f} s")
    table.note(f"[9] median of {plan.generate_runs} subprocess runs; wall includes interpreter start-up and imports.")


# ------------------------------------------------------------------------------------ 8. request count


def bench_request_count(table: Table) -> None:
    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi._routing import format_memory
    from scenario_lowcodeapi.api.models import get_model
    from tests.standin import StandIn

    log("8. request count: 100 get_model calls, url_format='auto', old-format-only stand-in ...")
    format_memory.clear()
    with StandIn(routing="old") as standin:
        client = Client(TOKEN, base_url=standin.base_url, url_format="auto", max_retries=2)
        try:
            for _ in range(100):
                assert get_model.sync("model_1", client=client).model.id == "model_1"
        finally:
            client.close()
        recorded = standin.requests
    count = len(recorded)
    shapes: dict[str, int] = {}
    for request in recorded:
        shapes[request.url_format] = shapes.get(request.url_format, 0) + 1
    detail = ", ".join(f"{n} {shape}" for shape, n in sorted(shapes.items()))
    table.add(
        "8",
        f"requests for 100 get_model calls, old-format-only server ({detail})",
        str(count),
        "",
        f"{REQUESTS_FOR_100}",
        count == REQUESTS_FOR_100,
    )


# ------------------------------------------------------------------------------------ profile


def profile_get_model(definitions: dict[str, Any], calls: int = 2000, top: int = 25) -> str:
    """cProfile of ``calls`` get_model.sync calls on the mock transport (realistic payload), by own time."""
    import cProfile
    import io
    import pstats

    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi.api.models import get_model

    handler = MockHandler(b'{"data":' + compact({"model": model_payload(1, definitions)}) + b"}")
    client = Client(TOKEN, base_url=MOCK_BASE, httpx_args={"transport": httpx.MockTransport(handler)})
    for _ in range(200):
        get_model.sync("model_1", client=client)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        get_model.sync("model_1", client=client)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# ------------------------------------------------------------------------------------ main

TITLE = "scenario-lowcodeapi benchmarks"


def run(plan: Plan, *, skip_generate: bool = False, command: str = "make bench") -> Table:
    """Run every section; write ``plan.results`` (Markdown) and return the table."""
    from codegen.build import build_spec
    from codegen.fetch import load_spec_file

    started = time.perf_counter()
    load_start = load_average()
    log(f"Machine: {machine()}, load average {load_start}")
    definitions = load_definitions()
    peers = load_peers(plan, build_spec(load_spec_file(SPEC_PATH)))
    table = Table()
    count_table = Table()
    settle_heap()
    try:
        bench_get(table, plan, peers, definitions)
        bench_pages(table, plan, peers, definitions)
        bench_memory(table, plan, peers, definitions)
        bench_async(table, plan, peers, definitions)
        bench_loopback(table, plan)
        bench_request_count(count_table)  # before the subprocess sections: it needs a quiet format memory
        bench_cold(table, plan, peers, definitions)
        bench_imports(table, plan)
        if not skip_generate and plan.generate_runs > 0:
            bench_generate(table, plan)
    finally:
        gc.unfreeze()  # a caller (the smoke test's pytest process) gets its collector back as it was
    table.rows.extend(count_table.rows)
    sdk = f"scenario-sdk {sdk_version()}" if peers.sdk is not None else f"scenario-sdk not installed ({BENCH_EXTRA})"
    table.note(
        f"[3] stock openapi-python-client build of the same final spec (no custom templates, generated at bench time "
        f"in {peers.stock_seconds:.1f} s). It can neither send a query token nor unwrap LowCodeAPI's {{'data': ...}} "
        "envelope: it gets httpx_args={'params': {'api_token': ...}} and the unwrapped body."
    )
    table.note(
        f"[4] {sdk}: Scenario's official SDK (Stainless, pydantic models) talks to Scenario directly, so it gets the "
        "unwrapped body; on its own httpx.Client(transport=MockTransport(...)), max_retries=2."
    )
    table.notes.sort(key=lambda note: int(note[1 : note.index("]")]) if note.startswith("[") else 0)
    elapsed = time.perf_counter() - started
    header = (
        f"Machine: {machine()}  \nLoad average (1/5/15 min): {load_start} at start, {load_average()} at end  \n"
        f"Run: `{command}` on {time.strftime('%Y-%m-%d %H:%M %Z', time.localtime())}, {elapsed:.0f} s in all"
    )
    footer = (
        f"{targets_summary(table)} "
        "Figure = the variant's median over interleaved repeats; vs raw = that median / the median of row (a) of "
        "the same block (so figures divide into ratios); paired ratio = median [min-max] of the per-repeat ratios "
        "to row (a), each pair taken moments apart (the spread). Targets are judged on 'vs raw'; nothing is asserted."
    )
    plan.results.write_text(f"# {TITLE}\n\n{header}\n\n{table.markdown()}\n\n{footer}\n", encoding="utf-8")
    print(f"{TITLE}\n{header.replace('  ', '')}\n")
    print(table.text())
    print(f"\n{footer}")
    log(f"wrote {plan.results}")
    return table


def targets_summary(table: Table) -> str:
    """``Targets met: n of m (not met: ...).`` over the rows that have a target."""
    judged = [row for row in table.rows if row[6]]
    missed = [f"{row[0]} {row[1]}" for row in judged if row[6] != "met"]
    met = len(judged) - len(missed)
    return f"Targets met: {met} of {len(judged)}" + (f" (not met: {'; '.join(missed)})." if missed else ".")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-generate", action="store_true", help="do not run section 7 (leaves generated/ alone)")
    parser.add_argument("--quick", action="store_true", help="about a fifth of the repeats (a rough look)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of 2000 get_model.sync calls")
    args = parser.parse_args(argv)
    plan = Plan()
    command = "make bench"
    if args.quick:
        plan = replace(
            plan, get_repeats=5, page_repeats=(5, 4, 3), async_repeats=3, loop_repeats=3, cold_runs=3, import_runs=2
        )
        plan = replace(plan, loop_async_repeats=2, generate_runs=1, budget_s=10.0)
        command = "benchmarks/run.py --quick"
    run(plan, skip_generate=args.skip_generate, command=command + (" --skip-generate" if args.skip_generate else ""))
    if args.profile:
        print("\ncProfile: 2000 get_model.sync calls on httpx.MockTransport\n")
        print(profile_get_model(load_definitions()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
