"""Section 8: requests sent for 100 ``get_model`` calls against an old-format-only LowCodeAPI stand-in
(``url_format="auto"``)."""

from __future__ import annotations

from _harness import (
    Table,
    log,
)
from _plan import (
    REQUESTS_FOR_100,
    TOKEN,
)


def bench_request_count(table: Table) -> None:
    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi.api.models import get_model
    from tests.standin import StandIn

    log("8. request count: 100 get_model calls, url_format='auto', old-format-only stand-in ...")
    with StandIn(routing="old") as standin:
        client = Client(TOKEN, base_url=standin.base_url, url_format="auto", max_retries=2)
        try:
            for _ in range(100):
                assert get_model.sync("model_1", client=client).model.id == "model_1"
        finally:
            client.close()
        recorded = standin.requests
    count = len(recorded)
    shapes: dict[str, int] = {}
    for request in recorded:
        shapes[request.url_format] = shapes.get(request.url_format, 0) + 1
    detail = ", ".join(f"{n} {shape}" for shape, n in sorted(shapes.items()))
    table.add(
        "8",
        f"requests for 100 get_model calls, old-format-only server ({detail})",
        str(count),
        "",
        f"{REQUESTS_FOR_100}",
        count == REQUESTS_FOR_100,
    )
