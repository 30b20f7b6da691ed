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
import gc
import sys
import time
from dataclasses import replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
for _path in (str(REPO), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from _harness import Table, load_average, log, machine  # noqa: E402
from _payloads import load_definitions  # noqa: E402
from _plan import BENCH_EXTRA, SPEC_PATH, Plan, load_peers, sdk_version, settle_heap  # noqa: E402
from bench_async import bench_async  # noqa: E402
from bench_cold_start import bench_cold, bench_imports  # noqa: E402
from bench_generate import bench_generate  # noqa: E402
from bench_loopback import bench_loopback  # noqa: E402
from bench_memory import bench_memory  # noqa: E402
from bench_mock_calls import bench_get  # noqa: E402
from bench_pages import bench_pages  # noqa: E402
from bench_profile import profile_get_model  # noqa: E402
from bench_request_count import bench_request_count  # noqa: E402

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
        "to row (a), each pair taken moments apart (the spread). Targets are judged on the paired ratio (the machine's speed changes by phases; a pair shares one); nothing is asserted."
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
            plan, get_repeats=40, page_repeats=(12, 12, 6), async_repeats=6, loop_repeats=3, cold_runs=3, import_runs=2
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
