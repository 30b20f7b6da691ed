"""Parse a 1000-model page (complete Scenario models) with the generated package, GC on, against raw json.

    python benchmarks/models_parse_page.py                 # the committed generated/ tree
    python benchmarks/models_parse_page.py /path/to/tree   # another build (e.g. from `git archive`), to compare

Prints medians of interleaved repeats and the memory a parsed page keeps. Not run by the tests: figures
from a shared machine are noisy; compare ratios, on the same machine, in the same minute.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    tree = Path(argv[0]) if argv else ROOT / "generated"
    sys.path[:0] = [str(tree), str(ROOT)]
    import httpx

    from scenario_lowcodeapi._response import parse_model  # type: ignore[import-not-found]
    from scenario_lowcodeapi.models import GetModelsResponse  # type: ignore[import-not-found]
    from tests.payloads import complete

    page = {"data": {"models": [complete("GetModelsByModelIdResponse")["model"] for _ in range(1000)]}}
    body = json.dumps(page).encode()
    request = httpx.Request("GET", "https://api.lowcodeapi.com/scenario/v1/models")

    def http_response() -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=request)

    def parsed() -> Any:
        return parse_model(http_response(), GetModelsResponse.from_dict)

    def raw() -> Any:
        return json.loads(http_response().content)["data"]

    def parsed_and_deferred_gc() -> Any:
        # parse_model pauses the GC; the allocations it skipped make the first collection after it bigger:
        # count that collection here, so the figure is not flattered
        out = parsed()
        gc.collect(0)
        return out

    assert len(parsed().models) == 1000
    runs = (("raw json", raw), ("parse_model", parsed), ("+ next gc", parsed_and_deferred_gc))
    times: dict[str, list[float]] = {name: [] for name, _ in runs}
    for _ in range(15):
        for name, fn in runs:
            gc.collect()  # each starts from a clean heap (not timed)
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    print(f"{tree}: 1000 models, {len(body) / 2**20:.1f} MiB of JSON, GC {'on' if gc.isenabled() else 'off'}")
    for name, samples in times.items():
        print(f"  {name:12} {statistics.median(samples) * 1000:7.1f} ms")
    for name in ("parse_model", "+ next gc"):
        ratios = [p / r for p, r in zip(times[name], times["raw json"], strict=True)]
        print(f"  {name:12} {statistics.median(ratios):7.2f}x raw (median of per-repeat ratios)")
    for name, fn in (("raw json", raw), ("parse_model", parsed)):
        gc.collect()
        tracemalloc.start()
        kept = fn()
        print(f"  {name:12} keeps {tracemalloc.get_traced_memory()[0] / 2**20:.2f} MiB")
        tracemalloc.stop()
        del kept


if __name__ == "__main__":
    main(sys.argv[1:])
