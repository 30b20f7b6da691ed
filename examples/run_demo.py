"""`make demo`: start the bundled LowCodeAPI stand-in on 127.0.0.1 and run the quickstart against it.

The stand-in routes only the old URL format, like LowCodeAPI's open-source server, so the run also
shows the client learning the format once (one INFO line) and then sending one request per call.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from examples import quickstart  # noqa: E402
from tests.standin import StandIn  # noqa: E402


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="   (log) %(message)s")
    logging.getLogger("scenario_lowcodeapi").setLevel(logging.INFO)
    with StandIn(routing="old", envelope="result") as standin:
        print(f"LowCodeAPI stand-in on {standin.base_url} (routing=old, envelope=result)")
        os.environ["LOWCODEAPI_API_TOKEN"] = "at_demo_token"
        code = quickstart.main(["--base-url", standin.base_url])
        print(f"{len(standin.requests)} requests served by the stand-in")
    return code


if __name__ == "__main__":
    sys.exit(main())
