"""Generate a set of game sprites in one batch: a budget, a journal, resumable downloads.

    LOWCODEAPI_API_TOKEN=at_... python examples/batch.py MODEL_ID --out-dir sprites/
    python examples/batch.py model_1 --base-url http://127.0.0.1:8765/scenario   # against the stand-in

Interrupt it (Ctrl-C, a crash, kill -9) and run it again: what is downloaded is skipped, what was created is
waited for and downloaded, nothing is paid twice.
"""

from __future__ import annotations

import argparse
import sys

from scenario_lowcodeapi import BatchProgress, BatchResult, Scenario
from scenario_lowcodeapi.errors import BudgetExceededError
from scenario_lowcodeapi.request_types import GenerationParametersDict

ITEMS = ["sword", "shield", "potion", "key", "chest", "coin", "gem", "scroll"]


def show(progress: BatchProgress) -> None:
    print(
        f"\r{progress.done + progress.skipped}/{progress.total} done, {progress.running} running, "
        f"{progress.failed} failed, {progress.images_saved} images, {progress.cost:g} credits",
        end="",
        flush=True,
    )


def generate(client: Scenario, model_id: str, out_dir: str, max_cost: float) -> BatchResult:
    requests: list[GenerationParametersDict] = [
        {"type": "txt2img", "prompt": f"pixel-art {item} icon, transparent background", "numSamples": 2}
        for item in ITEMS
    ]
    estimate = client.inferences.estimate_batch(model_id, requests)  # dry runs: free
    print(f"estimated cost: {estimate.total:g} credits for {len(requests)} requests")
    result = client.inferences.batch(
        model_id,
        requests,
        out_dir=out_dir,  # images and the journal (out_dir/scenario-batch.jsonl) go here
        concurrency=4,
        max_cost=max_cost,  # checked before any paid request, and while running
        on_progress=show,
    )
    print()
    for item in result.items:
        names = ", ".join(path.name for path in item.files)
        print(f"  {ITEMS[item.index]:<7} {item.status:<9} {item.inference_id or '-':<10} {names or item.error}")
    print(f"charged: {result.total_cost:g} credits; failed: {len(result.failed)}; unknown: {len(result.unknown)}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("model_id")
    parser.add_argument("--out-dir", default="sprites")
    parser.add_argument("--max-cost", type=float, default=100.0)
    parser.add_argument("--base-url", default=None)
    args = parser.parse_args(argv)
    with Scenario(base_url=args.base_url) as client:
        try:
            result = generate(client, args.model_id, args.out_dir, args.max_cost)
        except BudgetExceededError as exc:
            print(f"not started: {exc}")  # e.g. estimate 80 > max_cost 50: nothing was sent
            return 2
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
