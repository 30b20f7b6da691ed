"""``python benchmarks/run.py`` (``make bench``): one table of what the client costs, measured in one run.

1. per-call cost on ``httpx.MockTransport`` (in-process): raw httpx, generated function, resource client,
   a default openapi-python-client build of the same spec;
2. the same over real HTTP against the LowCodeAPI stand-in on 127.0.0.1 (sync sequential, async concurrent);
3. cold import time (``python -X importtime``);
4. ``python -m codegen generate --offline`` wall time (rewrites generated/, identically);
5. requests sent for 100 ``get_model`` calls against an old-format-only LowCodeAPI (``url_format="auto"``).

Every figure is a median of repeated runs; nothing is asserted, targets are only marked met / NOT MET.
The table goes to stdout and, as Markdown, to ``benchmarks/results.md``; progress goes to stderr.
Options: ``--skip-generate`` (leave generated/ alone), ``--profile`` (also print a cProfile of 2000
``get_model.sync`` calls on the mock transport).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
for _path in (str(REPO), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import httpx  # noqa: E402
from _harness import (  # noqa: E402
    Table,
    interleaved,
    interleaved_async,
    load_average,
    log,
    machine,
    ms,
    ratio,
    summarize,
    us,
)

TOKEN = "at_bench_token"
MOCK_BASE = "https://api.lowcodeapi.com/scenario"  # never contacted: every request goes to a MockTransport
SPEC_PATH = REPO / "codegen" / "spec" / "scenario.openapi.json"
DEFAULT_OUT = REPO / ".bench" / "default_client"
RESULTS = BENCH / "results.md"
JSON_HEADERS = [("content-type", "application/json; charset=utf-8")]

# Targets
PER_CALL_MAX = 1.3  # x raw httpx
IMPORT_MAX_S = 0.100
GENERATE_MAX_S = 5.0
REQUESTS_FOR_100 = 101

# Iterations (bounded in count and in time)
MOCK_CALLS, MOCK_REPEATS, MOCK_WARMUP = 500, 28, 200  # 14,000 calls per variant, finely interleaved
LOOP_CALLS, LOOP_REPEATS, LOOP_WARMUP = 100, 15, 30
ASYNC_CONCURRENCY, ASYNC_REPEATS = 200, 5
IMPORT_RUNS = 7
GENERATE_RUNS = 3


def per_call_rows(
    table: Table, section: str, op: str, samples: dict[str, list[float]], labels: dict[str, str], targeted: set[str]
) -> None:
    results = summarize(samples)
    for key, label in labels.items():
        value, rel = results[key]
        if key in targeted:
            table.add(section, f"{op}: {label}", us(value), ratio(rel), f"<= {PER_CALL_MAX}x raw", rel <= PER_CALL_MAX)
        else:
            table.add(section, f"{op}: {label}", us(value), ratio(rel))


# ------------------------------------------------------------------------------------ 1. mock transport


class MockHandler:
    """Answers every request with one fixed JSON body; records requests while ``seen`` is a list."""

    def __init__(self, payload: object) -> None:
        import json

        self.body = json.dumps(payload).encode()
        self.seen: list[httpx.Request] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.seen is not None:
            self.seen.append(request)
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)


def _check_requests(handler: MockHandler, call: Callable[[], object], path: str, query: dict[str, str]) -> object:
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


def bench_mock(table: Table, spec: dict[str, Any]) -> None:
    from _default_client import build, load

    from scenario_lowcodeapi import Client, Scenario
    from scenario_lowcodeapi.api.models import get_model, list_models
    from scenario_lowcodeapi.models import GetModelsByModelIdResponse, GetModelsResponse
    from tests.standin.fixtures import make_seed_model

    log("1. default openapi-python-client build -> .bench/default_client ...")
    seconds = build(spec, SPEC_PATH, DEFAULT_OUT)
    _, d_get_model, d_list_models = load(DEFAULT_OUT)
    default_pkg = sys.modules["scenario_default"]

    model_payload = {"model": make_seed_model(1)}
    page_payload = {"models": [make_seed_model(1), make_seed_model(2)], "nextPaginationToken": "tok_page_2"}

    def setups(payload: object) -> dict[str, Any]:
        env, plain = MockHandler({"data": payload}), MockHandler(payload)
        raw = httpx.Client(transport=httpx.MockTransport(env))
        ours_f = Client(TOKEN, base_url=MOCK_BASE, max_retries=2)
        ours_f.set_httpx_client(httpx.Client(transport=httpx.MockTransport(env)))
        ours_r = Client(TOKEN, base_url=MOCK_BASE, max_retries=2)
        ours_r.set_httpx_client(httpx.Client(transport=httpx.MockTransport(env)))
        default = default_pkg.Client(
            base_url=MOCK_BASE, httpx_args={"params": {"api_token": TOKEN}, "transport": httpx.MockTransport(plain)}
        )
        return {"env": env, "plain": plain, "raw": raw, "f": ours_f, "r": Scenario(client=ours_r), "d": default}

    labels = {
        "raw": "(a) raw httpx [1]",
        "raw_parse": "(a+) raw httpx + our from_dict [2]",
        "func": "(b) generated function",
        "res": "(c) resource client",
        "default": "(d) default openapi-python-client [3]",
    }

    # -- get_model
    g = setups(model_payload)
    get_url = f"{MOCK_BASE}/v1/models/model_1"
    tok = {"api_token": TOKEN}
    raw_http, scen, ours, dflt = g["raw"], g["r"], g["f"], g["d"]
    get_variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw_http.get(get_url, params=tok).json()["data"],
        "raw_parse": lambda: GetModelsByModelIdResponse.from_dict(raw_http.get(get_url, params=tok).json()["data"]),
        "func": lambda: get_model.sync("model_1", client=ours),
        "res": lambda: scen.models.get("model_1"),
        "default": lambda: d_get_model.sync("model_1", client=dflt),
    }
    path = "/v1/models/model_1"
    for key, handler in (("raw", "env"), ("raw_parse", "env"), ("func", "env"), ("res", "env"), ("default", "plain")):
        result = _check_requests(g[handler], get_variants[key], path, tok)
        model_id = result["model"]["id"] if isinstance(result, dict) else result.model.id  # type: ignore[union-attr]
        assert model_id == "model_1", (key, result)

    log(f"1. mock transport: get_model, {MOCK_CALLS} calls x {MOCK_REPEATS} repeats per variant ...")
    res_get = interleaved(
        get_variants,
        number=MOCK_CALLS,
        repeats=MOCK_REPEATS,
        warmup=MOCK_WARMUP,
        batch_budget_s=4.0,
        total_budget_s=40.0,
    )
    per_call_rows(table, "1", "get_model", res_get, labels, {"func", "res"})

    # -- list_models
    s = setups(page_payload)
    list_url = f"{MOCK_BASE}/v1/models"
    lq = {"api_token": TOKEN, "pageSize": 2}
    raw_http2, scen2, ours2, dflt2 = s["raw"], s["r"], s["f"], s["d"]
    list_variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw_http2.get(list_url, params=lq).json()["data"],
        "raw_parse": lambda: GetModelsResponse.from_dict(raw_http2.get(list_url, params=lq).json()["data"]),
        "func": lambda: list_models.sync(client=ours2, page_size=2),
        "res": lambda: scen2.models.list(page_size=2).items,
        "default": lambda: d_list_models.sync(client=dflt2, page_size=2),
    }
    for key, handler in (("raw", "env"), ("raw_parse", "env"), ("func", "env"), ("res", "env"), ("default", "plain")):
        result = _check_requests(s[handler], list_variants[key], "/v1/models", {"api_token": TOKEN, "pageSize": "2"})
        if isinstance(result, dict):
            assert len(result["models"]) == 2 and result["nextPaginationToken"] == "tok_page_2", key
        elif isinstance(result, list):
            assert len(result) == 2, key
        else:
            assert len(result.models) == 2 and result.next_pagination_token == "tok_page_2", key  # type: ignore[attr-defined]

    log(f"1. mock transport: list_models, {MOCK_CALLS} calls x {MOCK_REPEATS} repeats per variant ...")
    res_list = interleaved(
        list_variants,
        number=MOCK_CALLS,
        repeats=MOCK_REPEATS,
        warmup=MOCK_WARMUP,
        batch_budget_s=4.0,
        total_budget_s=40.0,
    )
    per_call_rows(table, "1", "list_models", res_list, labels, {"func", "res"})

    table.note(
        "[1] raw httpx: httpx.Client.get(url, params={'api_token': ...}).json()['data'] -- untyped dicts, no "
        "retries, no error mapping. Section 1 uses httpx.MockTransport (in-process, no network), "
        f"{MOCK_CALLS} calls x {MOCK_REPEATS} interleaved repeats per variant; our Client has url_format='auto' "
        "(default), max_retries=2."
    )
    table.note("[2] (a+) is a floor for any typed client: raw httpx plus the generated models' from_dict alone.")
    table.note(
        f"[3] default openapi-python-client build of the same final spec (no custom templates, generated at bench "
        f"time into .bench/default_client in {seconds:.1f} s). It can neither send a query token nor unwrap "
        "LowCodeAPI's {'data': ...} envelope, so it gets httpx_args={'params': {'api_token': ...}} and its mock "
        "answers the unwrapped payload (a slightly smaller body to parse)."
    )


def profile_get_model(calls: int = 2000, top: int = 25) -> str:
    """cProfile of ``calls`` get_model.sync calls on the mock transport, sorted by own time."""
    import cProfile
    import io
    import pstats

    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi.api.models import get_model
    from tests.standin.fixtures import make_seed_model

    handler = MockHandler({"data": {"model": make_seed_model(1)}})
    client = Client(TOKEN, base_url=MOCK_BASE)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(handler)))
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


# ------------------------------------------------------------------------------------ 2. loopback stand-in


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


def bench_loopback(table: Table) -> None:
    from scenario_lowcodeapi import AsyncScenario, Client, Scenario
    from scenario_lowcodeapi.api.models import get_model, list_models

    labels = {"raw": "(a) raw httpx", "func": "(b) generated function", "res": "(c) resource client"}
    server = ChildStandIn("both")
    try:
        base = server.base_url
        raw_http = httpx.Client()
        ours = Client(TOKEN, base_url=base, url_format="new")
        scen = Scenario(client=Client(TOKEN, base_url=base, url_format="new"))
        tok = {"api_token": TOKEN}
        get_url = f"{base}/v1/models/model_1"
        get_variants: dict[str, Callable[[], object]] = {
            "raw": lambda: raw_http.get(get_url, params=tok).json()["data"],
            "func": lambda: get_model.sync("model_1", client=ours),
            "res": lambda: scen.models.get("model_1"),
        }
        assert get_variants["raw"]()["model"]["id"] == "model_1"  # type: ignore[index]
        assert get_variants["func"]().model.id == "model_1"  # type: ignore[attr-defined]
        assert get_variants["res"]().model.id == "model_1"  # type: ignore[attr-defined]
        log(f"2. loopback sync: get_model, {LOOP_CALLS} sequential calls x {LOOP_REPEATS} repeats per variant ...")
        res = interleaved(
            get_variants,
            number=LOOP_CALLS,
            repeats=LOOP_REPEATS,
            warmup=LOOP_WARMUP,
            batch_budget_s=5.0,
            total_budget_s=30.0,
        )
        per_call_rows(table, "2", "sync get_model", res, labels, {"func", "res"})

        list_url = f"{base}/v1/models"
        lq = {"api_token": TOKEN, "pageSize": 2}
        list_variants: dict[str, Callable[[], object]] = {
            "raw": lambda: raw_http.get(list_url, params=lq).json()["data"],
            "func": lambda: list_models.sync(client=ours, page_size=2),
            "res": lambda: scen.models.list(page_size=2).items,
        }
        assert len(list_variants["raw"]()["models"]) == 2  # type: ignore[index]
        assert len(list_variants["func"]().models) == 2  # type: ignore[attr-defined]
        assert len(list_variants["res"]()) == 2  # type: ignore[arg-type]
        log(f"2. loopback sync: list_models, {LOOP_CALLS} sequential calls x {LOOP_REPEATS} repeats per variant ...")
        res = interleaved(
            list_variants,
            number=LOOP_CALLS,
            repeats=LOOP_REPEATS,
            warmup=LOOP_WARMUP,
            batch_budget_s=5.0,
            total_budget_s=30.0,
        )
        per_call_rows(table, "2", "sync list_models", res, labels, {"func", "res"})
        raw_http.close()
        ours.close()

        async def run_async() -> dict[str, float]:
            raw_async = httpx.AsyncClient()
            a_ours = Client(TOKEN, base_url=base, url_format="new")
            a_scen = AsyncScenario(client=Client(TOKEN, base_url=base, url_format="new"))

            async def raw_call() -> object:
                return (await raw_async.get(get_url, params=tok)).json()["data"]

            variants: dict[str, Callable[[], Awaitable[object]]] = {
                "raw": raw_call,
                "func": lambda: get_model.asyncio("model_1", client=a_ours),
                "res": lambda: a_scen.models.get("model_1"),
            }
            assert (await variants["func"]()).model.id == "model_1"  # type: ignore[attr-defined]
            assert (await variants["res"]()).model.id == "model_1"  # type: ignore[attr-defined]
            try:
                return await interleaved_async(
                    variants,
                    concurrency=ASYNC_CONCURRENCY,
                    repeats=ASYNC_REPEATS,
                    round_timeout_s=30.0,
                    total_budget_s=30.0,
                )
            finally:
                await raw_async.aclose()
                await a_ours.aclose()

        log(f"2. loopback async: get_model, {ASYNC_CONCURRENCY} concurrent x {ASYNC_REPEATS} rounds per variant ...")
        walls = summarize(asyncio.run(run_async()))
        for key, label in labels.items():
            wall, rel = walls[key]
            what = f"async get_model x{ASYNC_CONCURRENCY} gather: {label}"
            figure = f"{ms(wall)} ({us(wall / ASYNC_CONCURRENCY)}/req)"
            if key == "raw":
                table.add("2", what, figure, ratio(rel))
            else:
                table.add("2", what, figure, ratio(rel), f"<= {PER_CALL_MAX}x raw", rel <= PER_CALL_MAX)
    finally:
        server.close()
    table.note(
        "[4] Section 2: StandIn(routing='both') in a child process (off this process's GIL) on 127.0.0.1, "
        "url_format='new', keep-alive clients; sync = sequential calls, async = one asyncio.gather of "
        f"{ASYNC_CONCURRENCY} calls through one httpx.AsyncClient (default pool limits: 100 connections); the async "
        "wall time is bound by the stand-in's throughput (stdlib ThreadingHTTPServer), so its ratios say little."
    )


# ------------------------------------------------------------------------------------ 3. import time

# Cold import = fresh interpreter, warm bytecode cache. This environment may set PYTHONDONTWRITEBYTECODE (then
# every run would compile the package from source); the bytecode goes to .bench/pycache (gitignored) instead.
_DROPPED_ENV = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
PYCACHE = REPO / ".bench" / "pycache"
_IMPORT_LINE = re.compile(r"^import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(.*)$")


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


def importtime(code: str, top: str) -> tuple[float, float]:
    """``(cumulative µs of the top-level `top` line, µs of the whole statement)`` for ``python -c code``.

    The statement total sums every top-level line from ``top``'s on: lazy attribute imports triggered by
    ``from X import Name`` appear as top-level lines of their own after the package's line.
    """
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
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


def bench_imports(table: Table) -> None:
    cases = [
        ("import httpx", "import httpx", "httpx", None),
        ("import scenario_lowcodeapi", "import scenario_lowcodeapi", "scenario_lowcodeapi", IMPORT_MAX_S),
        (
            "from scenario_lowcodeapi import Scenario",
            "from scenario_lowcodeapi import Scenario",
            "scenario_lowcodeapi",
            None,
        ),
        (
            "Client + api.models.get_model",
            "from scenario_lowcodeapi import Client; from scenario_lowcodeapi.api.models import get_model",
            "scenario_lowcodeapi",
            None,
        ),
    ]
    log(f"3. import time: {len(cases)} statements x (1 warm-up + {IMPORT_RUNS}) fresh interpreters ...")
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label, *_ in cases}
    for _label, code, top, _ in cases:  # warm-up: byte-compile, fill the OS file cache
        importtime(code, top)
    for _ in range(IMPORT_RUNS):  # interleaved, like the timing loops
        for label, code, top, _ in cases:
            samples[label].append(importtime(code, top))
    for label, _, _top, limit in cases:
        own = statistics.median(s[0] for s in samples[label]) / 1e6
        total = statistics.median(s[1] for s in samples[label]) / 1e6
        if label == "import httpx":
            table.add("3", f"{label} (cumulative)", ms(own))
        elif limit is not None:
            table.add("3", f"{label} (cumulative)", ms(own), "", f"<= {limit * 1e3:.0f} ms", own <= limit)
        else:
            table.add("3", f"{label} (top line / whole statement) [5]", f"{ms(own)} / {ms(total)}")
    table.note(
        f"[5] python -X importtime in a fresh interpreter, median of {IMPORT_RUNS}; 'top line' is the cumulative "
        "time of the top-level scenario_lowcodeapi line (the package __init__ is lazy), 'whole statement' adds the "
        "top-level lines the lazy attribute imports trigger after it (httpx, attrs, models...). Bytecode cached "
        "(PYTHONPYCACHEPREFIX=.bench/pycache, warmed by one discarded run); -X importtime adds its own overhead."
    )


# ------------------------------------------------------------------------------------ 4. make generate

_PRINTED = re.compile(r"generate: .* in ([0-9.]+) s")


def bench_generate(table: Table) -> None:
    log(f"4. python -m codegen generate --offline x {GENERATE_RUNS} (rewrites generated/ identically) ...")
    walls: list[float] = []
    printed: list[float] = []
    for _ in range(GENERATE_RUNS):
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
                "4", "python -m codegen generate --offline", f"FAILED (exit {proc.returncode})", "", "< 5 s", False
            )
            table.note(f"[6] generate failed: {last}")
            return
        match = _PRINTED.search(proc.stdout)
        if match:
            printed.append(float(match.group(1)))
    wall = statistics.median(walls)
    table.add(
        "4",
        "python -m codegen generate --offline (wall)",
        f"{wall:.2f} s",
        "",
        f"< {GENERATE_MAX_S:.0f} s",
        wall < GENERATE_MAX_S,
    )
    if printed:
        table.add("4", "  time the command prints", f"{statistics.median(printed):.2f} s")
    table.note(f"[6] median of {GENERATE_RUNS} subprocess runs; wall includes interpreter start-up and imports.")


# ------------------------------------------------------------------------------------ 5. request count


def bench_request_count(table: Table) -> None:
    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi._routing import format_memory
    from scenario_lowcodeapi.api.models import get_model
    from tests.standin import StandIn

    log("5. request count: 100 get_model calls, url_format='auto', old-format-only stand-in ...")
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
        "5",
        f"requests for 100 get_model calls, old-format-only server ({detail})",
        str(count),
        "",
        f"{REQUESTS_FOR_100}",
        count == REQUESTS_FOR_100,
    )


# ------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-generate", action="store_true", help="do not run section 4 (leaves generated/ alone)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the iterations (a smoke test)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of 2000 get_model.sync calls")
    args = parser.parse_args(argv)
    if args.quick:
        global MOCK_CALLS, MOCK_REPEATS, LOOP_CALLS, LOOP_REPEATS, ASYNC_REPEATS, IMPORT_RUNS, GENERATE_RUNS
        MOCK_CALLS, MOCK_REPEATS, LOOP_CALLS, LOOP_REPEATS = 100, 5, 20, 5
        ASYNC_REPEATS, IMPORT_RUNS, GENERATE_RUNS = 3, 3, 1

    from codegen.build import build_spec
    from codegen.fetch import load_spec_file

    started = time.perf_counter()
    load_start = load_average()
    log(f"Machine: {machine()}, load average {load_start}")
    spec = build_spec(load_spec_file(SPEC_PATH))
    table = Table()
    bench_mock(table, spec)
    bench_loopback(table)
    count_table = Table()
    bench_request_count(count_table)
    bench_imports(table)
    if not args.skip_generate:
        bench_generate(table)
    table.rows.extend(count_table.rows)
    elapsed = time.perf_counter() - started
    header = f"Machine: {machine()}\nLoad average (1/5/15 min): {load_start} at start, {load_average()} at end"

    title = "scenario-lowcodeapi benchmarks"
    footer = (
        f"Total bench time {elapsed:.0f} s. Figures are medians of interleaved repeats; 'vs raw' is the median of "
        "per-repeat ratios to row (a) of the same block (each pair taken moments apart)."
    )
    print(f"{title}\n{header}\n")
    print(table.text())
    print(f"\n{footer}")
    md_header = header.replace("\n", "  \n")  # Markdown line breaks
    RESULTS.write_text(
        f"# {title}\n\n{md_header}  \nRun: `.venv/bin/python benchmarks/run.py` on "
        f"{time.strftime('%Y-%m-%d %H:%M', time.localtime())}\n\n{table.markdown()}\n\n{footer}\n",
        encoding="utf-8",
    )
    log(f"wrote {RESULTS.relative_to(REPO)}")
    if args.profile:
        print("\ncProfile: 2000 get_model.sync calls on httpx.MockTransport\n")
        print(profile_get_model())
    return 0


if __name__ == "__main__":
    sys.exit(main())
