"""Child process for the loopback benchmarks: ``python benchmarks/_serve.py both`` runs ``StandIn(routing=...)``,
prints its base URL on one line, and serves until its stdin is closed (so it can never outlive the parent's pipe).

A separate process keeps the stand-in's server threads off the benchmark's GIL, as a real proxy would be.

The stand-in listens with a backlog of 512, not socketserver's default of 5: with 5, the 100 connections an ``httpx.AsyncClient`` opens at once overflow the accept queue, and the dropped SYNs/ACKs
cost 1 s+ retransmits or read timeouts, which would measure the kernel's retry timer, not the client.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def main() -> int:
    from tests.standin import StandIn  # its server listens with a backlog of 512

    routing = sys.argv[1] if len(sys.argv) > 1 else "both"
    with StandIn(routing=routing, envelope="data") as standin:  # type: ignore[arg-type]  # raw reads ["data"]
        print(standin.base_url, flush=True)
        sys.stdin.read()  # EOF when the parent closes the pipe or exits
    return 0


if __name__ == "__main__":
    sys.exit(main())
