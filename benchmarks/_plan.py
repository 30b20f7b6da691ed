"""What a benchmark run measures and how much (``Plan``), the constants every section shares (the mock base
URLs, the token, the targets), and the peers the sections compare against (``Peers``)."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _harness import (
    log,
)

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
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

    get_calls: int = 20  # calls per sample: short samples, many repeats, so each pair is taken close in time
    get_repeats: int = 200
    warmup: int = 100
    page_sizes: tuple[int, ...] = (1, 100, 1000)
    page_calls: tuple[int, ...] = (50, 2, 1)  # calls per sample, one per page size (short: see get_calls)
    page_repeats: tuple[int, ...] = (60, 60, 30)
    memory_size: int = 1000
    async_concurrency: int = 200
    async_repeats: int = 30
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
