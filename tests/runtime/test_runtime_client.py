"""Client construction, request building, connection reuse, options."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from rt_helpers import BASE, TOKEN, Script, respond

from codegen.runtime._base_client import DEFAULT_TIMEOUT, Client
from codegen.runtime._exceptions import LowCodeAPIError
from codegen.runtime._routing import Route

MODELS = Route.from_template("GET", "/v1/models")
MODEL = Route.from_template("GET", "/v1/models/{modelId}")
CREATE = Route.from_template("POST", "/v1/models/{modelId}/inferences")

ClientFactory = Callable[..., Client]


def test_token_required(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LowCodeAPIError) as info:
        Client()
    assert str(info.value) == "No LowCodeAPI API token: pass api_token=... or set LOWCODEAPI_API_TOKEN"
    with pytest.raises(LowCodeAPIError):
        Client("  ")
    monkeypatch.setenv("LOWCODEAPI_API_TOKEN", "at_from_env\n")
    script = Script(respond(200))
    client = Client(httpx_args={"transport": httpx.MockTransport(script)})
    client.request(MODELS)
    assert script.requests[0].url.params["api_token"] == "at_from_env"
    client.close()


def test_repr_hides_the_token() -> None:
    client = Client(TOKEN, max_retries=3, url_format="old")
    text = repr(client)
    assert text == (
        "Client(base_url='https://api.lowcodeapi.com/scenario', url_format='old', max_retries=3, api_token='***')"
    )
    assert TOKEN not in str(client)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"base_url": "api.lowcodeapi.com/scenario"}, "http"),
        ({"base_url": f"https://h.test/scenario?api_token={TOKEN}"}, "query"),
        ({"max_retries": -1}, "max_retries"),
        ({"url_format": "newest"}, "url_format"),
    ],
)
def test_invalid_options(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match) as info:
        Client(TOKEN, **kwargs)
    assert TOKEN not in str(info.value)


def test_request_url_token_and_params(client_factory: ClientFactory) -> None:
    script = Script(respond(200))
    client = client_factory(script, base_url="https://h.test/scenario/")
    response = client.request(
        MODELS, params={"pageSize": 10, "privacy": None, "blocked": False, "ok": True, "tags": ["a b", "c"]}
    )
    assert response.status_code == 200
    url = script.requests[0].url
    assert str(url).startswith("https://h.test/scenario/v1/models?")
    assert url.params.multi_items() == [
        ("pageSize", "10"),
        ("blocked", "false"),
        ("ok", "true"),
        ("tags", "a b"),
        ("tags", "c"),
        ("api_token", TOKEN),
    ]


def test_token_on_every_request_and_old_format_order(client_factory: ClientFactory) -> None:
    script = Script(respond(200))
    client = client_factory(script, url_format="old")
    client.request(MODEL, path_params={"modelId": "model_abc"}, params={"x": "1"})
    client.request(MODELS)
    first, second = (str(r.url) for r in script.requests)
    assert first == f"{BASE}/v1/models/modelId?modelId=model_abc&x=1&api_token={TOKEN}"
    assert second == f"{BASE}/v1/models?api_token={TOKEN}"


def test_json_body_headers_and_timeouts(client_factory: ClientFactory) -> None:
    script = Script(respond(200))
    client = client_factory(script, headers={"x-credential-key": "k"}, timeout=12.0)
    client.request(CREATE, path_params={"modelId": "m"}, json={"parameters": {"prompt": "a cat"}})
    client.request(MODELS, timeout=httpx.Timeout(3.0, connect=1.0))
    create, listing = script.requests
    assert create.method == "POST"
    assert json.loads(create.content) == {"parameters": {"prompt": "a cat"}}
    assert create.headers["content-type"] == "application/json"
    assert create.headers["x-credential-key"] == "k"
    assert create.extensions["timeout"] == {"connect": 12.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert listing.extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert Client(TOKEN).timeout == httpx.Timeout(DEFAULT_TIMEOUT)
    assert Client(TOKEN)._deadline == DEFAULT_TIMEOUT == 60.0  # the default is a whole-attempt deadline


def test_httpx_client_is_created_once_and_reused() -> None:
    script = Script(respond(200))
    client = Client(TOKEN, httpx_args={"transport": httpx.MockTransport(script)})
    first = client.get_httpx_client()
    for _ in range(3):
        client.request(MODELS)
    assert client.get_httpx_client() is first
    assert first.headers["user-agent"].startswith("scenario-lowcodeapi")
    assert first.timeout == httpx.Timeout(DEFAULT_TIMEOUT)
    copy = client.with_options(max_retries=0, timeout=None, url_format="new")
    assert copy.get_httpx_client() is first
    assert (copy.max_retries, copy.url_format, copy.timeout) == (0, "new", httpx.Timeout(None))
    assert (client.max_retries, client.url_format, client.timeout) == (2, "auto", httpx.Timeout(DEFAULT_TIMEOUT))
    with client:
        pass
    assert first.is_closed


@pytest.mark.anyio
async def test_async_client_is_created_once_and_reused() -> None:
    script = Script(respond(200))
    async with Client(TOKEN, httpx_args={"transport": httpx.MockTransport(script)}) as client:
        first = client.get_async_httpx_client()
        for _ in range(3):
            assert (await client.arequest(MODELS)).status_code == 200
        assert client.get_async_httpx_client() is first
        assert client.with_options(max_retries=1).get_async_httpx_client() is first
    assert first.is_closed
    assert len(script.requests) == 3


def test_returns_error_responses_without_raising(client_factory: ClientFactory) -> None:
    script = Script(respond(400, {"data": {"error": {"message": "bad", "code": "BAD"}}}))
    client = client_factory(script)
    assert client.request(MODELS).status_code == 400
    assert len(script.requests) == 1


def test_with_options_validates() -> None:
    client = Client(TOKEN)
    with pytest.raises(ValueError):
        client.with_options(max_retries=-2)
    with pytest.raises(ValueError):
        client.with_options(url_format="x")  # type: ignore[arg-type]
