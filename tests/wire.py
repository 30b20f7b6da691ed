"""What tests need to look at the wire: copies of sent requests, and an answer every operation parses."""

from __future__ import annotations

import json

import httpx

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


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as it went out: the client redacts the token from the original's URL once the
    call is over, so a transport that keeps requests for later assertions keeps copies."""
    copy = httpx.Request(request.method, str(request.url), headers=request.headers, content=request.content)
    copy.extensions = dict(request.extensions)
    return copy
