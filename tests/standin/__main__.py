"""``python -m tests.standin --port 8765 --routing old --envelope result``: run the stand-in in the foreground.

Stops on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .server import StandIn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.standin", description="LowCodeAPI stand-in for Scenario")
    parser.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--routing", choices=("old", "new", "both"), default="old")
    parser.add_argument("--envelope", choices=("data", "result"), default="result")
    parser.add_argument("--models", type=int, default=5, help="number of seeded models (default 5)")
    parser.add_argument("--no-token-rule", action="store_true", help="accept any api_token, or none")
    parser.add_argument(
        "--known-token", action="append", default=None, help="a token LowCodeAPI knows (repeatable; default: any at_)"
    )
    parser.add_argument("--route-miss", choices=("json", "html"), default="json")
    parser.add_argument("--dry-run-status", type=int, default=200, help="status of a dry run's answer (200 or 269)")
    args = parser.parse_args(argv)

    try:
        standin = StandIn(
            routing=args.routing,
            envelope=args.envelope,
            token_rule=not args.no_token_rule,
            port=args.port,
            models=args.models,
            known_tokens=args.known_token,
            route_miss=args.route_miss,
            dry_run_status=args.dry_run_status,
        )
    except OSError as exc:
        print(f"cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1

    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_signal)
    standin.start()
    print(f"LowCodeAPI stand-in on {standin.base_url} (routing={args.routing}, envelope={args.envelope})", flush=True)
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        standin.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
