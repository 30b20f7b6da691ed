"""A batch in a child process, for the tests that kill it (tests/test_batch_kill.py) or race it for the journal.

    python -m tests.batch_child BASE_URL OUT_DIR COUNT [--concurrency N] [--journal PATH]

Runs ``client.inferences.batch("model_1", <COUNT prompts>, out_dir=OUT_DIR)`` and prints one JSON line with the
statuses, or ``locked: <message>`` and exit code 3 when the journal is in use.
"""

from __future__ import annotations

import argparse
import json
import sys

from scenario_lowcodeapi import Scenario
from scenario_lowcodeapi.errors import JournalLockedError


def requests(count: int) -> list[dict[str, object]]:
    return [{"type": "txt2img", "prompt": f"sprite number {i}", "numSamples": 2} for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("out_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--journal")
    args = parser.parse_args()
    with Scenario(api_token="at_child", base_url=args.base_url, max_retries=0) as client:
        try:
            result = client.inferences.batch(
                "model_1",
                requests(args.count),  # type: ignore[arg-type]
                out_dir=args.out_dir,
                journal=args.journal,
                concurrency=args.concurrency,
                poll_interval=0.05,
            )
        except JournalLockedError as exc:
            print(f"locked: {exc}", flush=True)
            return 3
    print(json.dumps([item.status for item in result.items]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
