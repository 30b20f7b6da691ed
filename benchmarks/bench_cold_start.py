"""Section 6: cold start (a fresh interpreter's imports + first call) and ``python -X importtime``."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from _harness import (
    Table,
    log,
    ms,
    summarize,
)
from _mock import (
    compact,
)
from _payloads import model_payload
from _plan import (
    BENCH_EXTRA,
    COLD_MAX,
    IMPORT_MAX_S,
    MOCK_BASE,
    REPO,
    SDK_BASE,
    TOKEN,
    Peers,
    Plan,
)

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
