"""`make demo`: the command line and the quickstart against the bundled LowCodeAPI stand-in, on 127.0.0.1.

The stand-in routes only the old URL format and answers the open-source server's `result` envelope, like
LowCodeAPI's open-source server, so `doctor` shows what it finds there and the client learns the format once (one
INFO line). The stand-in draws each generated image from its prompt and really removes the background of
`examples/assets/sample.png`: the pictures saved are worth opening.

    python examples/run_demo.py [--out DIR]      (default: demo-output/ in the repository)
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from examples import quickstart  # noqa: E402
from tests.standin import StandIn  # noqa: E402

FIRST_PROMPT = "a lighthouse at dawn, watercolor"  # examples/quickstart.py's
SECOND_PROMPT = "a red fox in the snow, pixel art"
DEMO_TOKEN = "at_demo_token"


def cli(*args: str) -> str:
    """Run `scenario-lowcodeapi ARGS` (as `python -m scenario_lowcodeapi`), show it and its output, return stdout."""
    print(f"$ scenario-lowcodeapi {shlex.join(args)}", flush=True)
    result = subprocess.run(
        [sys.executable, "-m", "scenario_lowcodeapi", *args], capture_output=True, text=True, timeout=120
    )
    for line in (result.stdout + result.stderr).splitlines():
        print(f"  {line}")
    if result.returncode not in (0,):
        raise SystemExit(f"scenario-lowcodeapi {args[0]} exited with {result.returncode}")
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output", help="where to save the pictures")
    out_dir: Path = parser.parse_args(argv).out.resolve()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(line_buffering=True)  # keep our lines and the (stderr) log lines in order in a pipe
    start = time.perf_counter()
    logging.basicConfig(level=logging.WARNING, format="   (log) %(message)s")
    logging.getLogger("scenario_lowcodeapi").setLevel(logging.INFO)
    with StandIn(routing="old", envelope="result") as standin:
        print(f"LowCodeAPI stand-in on {standin.base_url} (routing=old, envelope=result)\n")
        os.environ["LOWCODEAPI_BASE_URL"] = standin.base_url
        os.environ["LOWCODEAPI_API_TOKEN"] = DEMO_TOKEN

        print("== The command line: is the setup right? ==")
        cli("doctor")
        cli("models", "list", "--limit", "3")

        print("\n== The library: examples/quickstart.py ==")
        with quickstart.Scenario() as client:
            model_id = quickstart.run(client, out_dir / "quickstart")

            print(f"\n== A second prompt: {SECOND_PROMPT!r}, fetched with the command line ==")
            created = client.inferences.create(
                model_id, parameters={"type": "txt2img", "prompt": SECOND_PROMPT, "numSamples": 2}
            )
            done = client.inferences.wait(model_id, created.inference.id, poll_interval=0.2)
        cli("inferences", "get", model_id, done.id)
        cli("download", model_id, done.id, "--out", str(out_dir / "second-prompt"))

        print("\n== Both prompts as a batch: `generate` (the cost first, then again to show it resumes) ==")
        prompts = (FIRST_PROMPT, SECOND_PROMPT)
        batch_dir = str(out_dir / "generate")
        cli("generate", model_id, *prompts, "--dry-run")
        cli("generate", model_id, *prompts, "--out", batch_dir, "--max-cost", "20", "--poll-interval", "0.2")
        cli("generate", model_id, *prompts, "--out", batch_dir)  # nothing created again: both skipped
        print(f"\n{len(standin.requests)} requests served by the stand-in in {time.perf_counter() - start:.1f} s")

    print(f"\nPictures in {out_dir}:")
    for path in sorted(out_dir.rglob("*.png")):
        print(f"  {path.relative_to(out_dir)}  ({path.stat().st_size} bytes)")
    print(
        "quickstart/inference/: drawn from 'a lighthouse at dawn, watercolor'; second-prompt/: from "
        f"{SECOND_PROMPT!r} (different prompts, different pictures); generate/: both, one each;\n"
        "quickstart/sample-no-background.png: examples/assets/sample.png with its blue background transparent."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
