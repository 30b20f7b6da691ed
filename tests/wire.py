"""What tests need to look at the wire: copies of sent requests, and an answer every operation parses.

Importable before generation (tests/runtime uses it): the generated package is imported only when called for.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from scenario_lowcodeapi import Scenario

# The root fields the 28 operations' 200 answers guarantee (codegen/response_types.py), each with an id; the list
# fields are left out (a missing root array parses as []). Any operation parses {"data": OK_PAYLOAD}.
OK_PAYLOAD = {
    "model": {"id": "model_1"},
    "inference": {"id": "inf_1"},
    "job": {},
    "asset": {"id": "asset_1"},
    "trainingImage": {"id": "ti_1"},
    "image": {"id": "img_1"},
}
OK_BODY = json.dumps({"data": OK_PAYLOAD}).encode()

# A 1x1 PNG as a data URL: what Scenario's image fields take.
PNG_DATA_URL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="
)

# Express' finalhandler page for an unmatched route (what LowCodeAPI answers a URL in the format it does not serve).
EXPRESS_404 = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n'
    "<body>\n<pre>Cannot {method} {path}</pre>\n</body>\n</html>\n"
)


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as it went out: the client redacts the token from the original's URL once the
    call is over, so a transport that keeps requests for later assertions keeps copies."""
    copy = httpx.Request(request.method, str(request.url), headers=request.headers, content=request.content)
    copy.extensions = dict(request.extensions)
    return copy


def recording_scenario(**kwargs: Any) -> tuple[Scenario, list[httpx.Request]]:
    """``Scenario(**kwargs)`` on an ``httpx.MockTransport`` that answers every request ``OK_BODY`` and keeps a
    :func:`snapshot` of it in the returned list (sync calls only)."""
    from scenario_lowcodeapi import Scenario

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(snapshot(request))
        return httpx.Response(200, content=OK_BODY)

    client = Scenario(**kwargs)
    client.client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(handler)))
    return client, seen
