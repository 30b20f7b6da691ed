"""Issue #16, points 6, 7 and 8 (real HTTP to raw servers on 127.0.0.1, sync and async).

6. Every error answer is typed: any non-2xx body (JSON nested 1,000 deep, invalid UTF-8, a charset that cannot
   decode it, a ``Content-Encoding`` it does not have) gives the status error of its status code.
7. ``UNSET`` is one object per process: a model survives ``copy``, ``deepcopy`` and ``pickle`` equal.
8. Inputs that cannot work fail before sending with a builtin error: an id making the URL too long, a base URL
   with a query or fragment, ``follow_redirects=True``; a redirect is an error carrying no token; environment
   proxies see the whole URL of an ``http://`` base URL (docs/reliability.md).
"""

from __future__ import annotations

import copy
import gzip
import json
import pickle
import traceback
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import (
    APIStatusError,
    AsyncScenario,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    Scenario,
)
from scenario_lowcodeapi.api.models import get_model, list_models
from scenario_lowcodeapi.models import GetModelsByModelIdResponse, GetModelsResponse
from scenario_lowcodeapi.types import UNSET, Unset
from tests.faults import Fault, FaultServer, no_async_sleep, no_sleep
from tests.payloads import complete
from tests.wire import OK_BODY

TOKEN = "at_guest_inputs_9c2d"
DEEP = b"[" * 1000 + b"]" * 1000  # 2 KB, deeper than the recursion limit lets json.loads go
DEEPISH = b"[" * 900 + b"]" * 900  # decodes, but too deep to print


def _status(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Fault:
    return Fault("status", status=status, body=body, content_type=content_type, headers=headers)


def _client(server: FaultServer, **kwargs: Any) -> Client:
    kwargs.setdefault("max_retries", 0)
    return Client(TOKEN, base_url=server.base_url, _sleep=no_sleep, _async_sleep=no_async_sleep, **kwargs)


async def _get_model(client: Client, mode: str, model_id: str = "model_1") -> Any:
    if mode == "sync":
        return get_model.sync(model_id, client=client)
    return await get_model.asyncio(model_id, client=client)


def _captured(exc: BaseException) -> str:
    tb = exc.__traceback__
    frames = tb.tb_next if tb else None  # the test's own frame first: it holds nothing secret, but skip it
    return "".join(traceback.TracebackException(type(exc), exc, frames, capture_locals=True).format())


# --- 6. every error answer is typed ----------------------------------------------------------------------------

ERROR_CLASSES = {400: BadRequestError, 404: NotFoundError, 429: RateLimitError, 500: InternalServerError}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("status", sorted(ERROR_CLASSES))
@pytest.mark.parametrize("body", ["deep", "deepish", "invalid-utf8", "utf16-no-bom", "gzip-claimed"])
async def test_every_error_answer_is_typed_with_its_status(status: int, body: str, mode: str) -> None:
    headers: dict[str, str] = {}
    content_type = "application/json"
    raw = {"deep": DEEP, "deepish": DEEPISH}.get(body, b'{"message": "caf\xe9 \xff"}')
    if body == "utf16-no-bom":
        content_type = "text/plain; charset=utf-16"
        raw = b"upstream failed"
    if body == "gzip-claimed":
        headers["Content-Encoding"] = "gzip"  # but the body is plain JSON
        raw = b'{"message": "upstream failed"}'
    # url_format="auto" for the 404s: the route-miss check reads the body too (then the old format is tried)
    with FaultServer(_status(status, raw, content_type, **headers)) as server:
        client = _client(server)
        with pytest.raises(APIStatusError) as info:
            await _get_model(client, mode)
        await client.aclose()
    exc = info.value
    assert type(exc) is ERROR_CLASSES[status] and exc.status_code == status
    repr(exc.body), str(exc), repr(exc)  # all printable
    if body == "gzip-claimed":  # the body as sent (not gzip), read as what it is
        assert exc.response.content == raw and exc.body == {"message": "upstream failed"}
        assert exc.message == "upstream failed"
    else:
        assert isinstance(exc.body, str) and exc.body  # the body falls back to its text


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_broken_content_encoding_on_a_500_keeps_the_status_and_the_body(mode: str) -> None:
    raw = json.dumps({"message": "upstream failed", "code": "E_UP"}).encode()
    for encoding in ("gzip", "deflate", "gzip, deflate"):
        with FaultServer(_status(500, raw, **{"Content-Encoding": encoding})) as server:
            client = _client(server, max_retries=1)
            with pytest.raises(InternalServerError) as info:
                await _get_model(client, mode)
            await client.aclose()
            assert server.count == 2  # a 500 to a safe read is retried, as any 500
        assert info.value.status_code == 500 and info.value.response.content == raw
        assert info.value.body == json.loads(raw) and info.value.code == "E_UP"
    # a body that really is gzip is decoded as before
    with FaultServer(_status(500, gzip.compress(raw), **{"Content-Encoding": "gzip"})) as server:
        client = _client(server)
        with pytest.raises(InternalServerError) as info:
            await _get_model(client, mode)
        await client.aclose()
    assert info.value.message == "upstream failed" and info.value.code == "E_UP"


# --- 7. copies are equal ---------------------------------------------------------------------------------------


def _copies(value: Any) -> dict[str, Any]:
    return {
        "copy": copy.copy(value),
        "deepcopy": copy.deepcopy(value),
        "pickle": pickle.loads(pickle.dumps(value)),
        "pickle-0": pickle.loads(pickle.dumps(value, protocol=0)),
    }


def test_unset_is_a_singleton_through_copy_deepcopy_and_pickle() -> None:
    for how, copied in _copies(UNSET).items():
        assert copied is UNSET, how
    assert _copies([UNSET, {"x": UNSET}])["pickle"][1]["x"] is UNSET


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("payload", ["sparse", "complete"])
async def test_a_model_round_trips_through_copy_deepcopy_and_pickle(payload: str, mode: str) -> None:
    if payload == "sparse":  # most fields UNSET
        body = json.dumps({"data": {"model": {"id": "model_1", "name": "fox"}}}).encode()
    else:  # nested models not read yet (parsed on first read)
        body = json.dumps({"data": complete("GetModelsByModelIdResponse")}).encode()
    with FaultServer(_status(200, body)) as server:
        client = _client(server)
        parsed = await _get_model(client, mode)
        await client.aclose()
    assert isinstance(parsed, GetModelsByModelIdResponse)
    expected = json.loads(body)["data"]
    if payload == "sparse":
        expected["model"]["privacy"] = "private"  # the schema's default, filled in
    for how, copied in _copies(parsed).items():
        assert copied == parsed, how
        assert copied.to_dict() == parsed.to_dict() == expected, how
        json.dumps(copied.to_dict())  # no UNSET left in it
        if payload == "sparse":
            assert copied.model.status is UNSET and isinstance(copied.model.status, Unset)


# --- 8. inputs that cannot work fail before sending -----------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("size", [70_000, 17_000])
async def test_an_id_too_long_for_a_url_is_a_value_error_before_sending(size: int, mode: str) -> None:
    with FaultServer(_status(200, OK_BODY)) as server:
        client = _client(server)
        with pytest.raises(ValueError, match=r"the request URL would be [\d,]+ characters long") as info:
            await _get_model(client, mode, "m" * size)
        assert server.count == 0
        with pytest.raises(ValueError, match="URL would be"):
            client.request(list_models._ROUTE, extra_query={"q": "x" * size})
        assert await _get_model(client, mode, "m" * 8_000) is not None  # long, but within the limit: sent
        assert server.count == 1
        await client.aclose()
    assert type(info.value) is ValueError
    assert TOKEN not in _captured(info.value) and TOKEN not in str(info.value)


def test_an_id_too_long_through_the_resource_client_leaves_no_token_in_locals() -> None:
    with FaultServer(_status(200, OK_BODY)) as server, Scenario(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(ValueError) as info:
            client.models.get("m" * 70_000)
        assert server.count == 0
    assert TOKEN not in _captured(info.value)


@pytest.mark.parametrize("make", [Client, Scenario, AsyncScenario])
@pytest.mark.parametrize("suffix", ["?", "#", "?x=1", "#frag", "/?", "?#"])
def test_a_base_url_with_a_query_or_fragment_is_refused(make: Any, suffix: str) -> None:
    with pytest.raises(ValueError, match="must not have a query string or fragment"):
        make(api_token=TOKEN, base_url="http://127.0.0.1:9/scenario" + suffix)


@pytest.mark.parametrize("make", [Client, Scenario, AsyncScenario])
def test_follow_redirects_is_refused(make: Any) -> None:
    with pytest.raises(ValueError, match="follow_redirects=True is not supported") as info:
        make(api_token=TOKEN, base_url="http://127.0.0.1:9/scenario", httpx_args={"follow_redirects": True})
    assert TOKEN not in _captured(info.value)
    make(api_token=TOKEN, base_url="http://127.0.0.1:9/scenario", httpx_args={"follow_redirects": False})
    client = Client(TOKEN)
    with pytest.raises(ValueError, match="set_httpx_client"):
        client.set_httpx_client(httpx.Client(follow_redirects=True))
    with pytest.raises(ValueError, match="set_async_httpx_client"):
        client.set_async_httpx_client(httpx.AsyncClient(follow_redirects=True))


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_redirect_to_another_host_is_an_error_and_the_token_goes_nowhere(mode: str) -> None:
    with FaultServer(_status(200, OK_BODY)) as elsewhere:
        target = f"http://127.0.0.1:{elsewhere.port}/steal?api_token={{token}}"
        with FaultServer(_status(302, b"", Location=target)) as server:
            client = _client(server)
            with pytest.raises(APIStatusError) as info:
                await _get_model(client, mode)
            await client.aclose()
            assert server.count == 1
        assert elsewhere.count == 0  # nothing followed the redirect
    exc = info.value
    assert exc.status_code == 302 and exc.response.history == []
    assert exc.response.headers["location"].endswith("/steal?api_token=***")
    shown = [str(exc), repr(exc), str(exc.response.request.url), repr(exc.response.headers), _captured(exc)]
    assert [text for text in shown if TOKEN in text] == []


# --- proxies from the environment (README, Reliability) ---------------------------------------------------------

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_an_env_proxy_sees_the_whole_url_of_an_http_base_url_unless_trust_env_is_off(
    clean_proxy_env: pytest.MonkeyPatch,
) -> None:
    # 127.0.0.2 is loopback, but nothing listens there: only the proxy can answer.
    with FaultServer(_status(200, OK_BODY)) as proxy:
        clean_proxy_env.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        with Client(TOKEN, base_url="http://127.0.0.2:9/scenario", max_retries=0) as client:
            assert list_models.sync(client=client) is not None
        assert proxy.received[0].target.startswith("http://127.0.0.2:9/scenario/v1/models?")
        assert proxy.received[0].query["api_token"] == [TOKEN]  # what docs/reliability.md warns about
        bypass = Client(TOKEN, base_url="http://127.0.0.2:9/scenario", max_retries=0, httpx_args={"trust_env": False})
        with bypass, pytest.raises(Exception, match="Connection error"):
            list_models.sync(client=bypass)
        assert proxy.count == 1  # trust_env=False: the proxy saw nothing more


def test_an_env_proxy_sees_only_the_host_of_an_https_base_url(clean_proxy_env: pytest.MonkeyPatch) -> None:
    with FaultServer(_status(200, b"")) as proxy:
        clean_proxy_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
        with Client(TOKEN, base_url="https://127.0.0.2:9/scenario", max_retries=0, timeout=5) as client:
            with pytest.raises(Exception, match="Connection error|timed out"):
                list_models.sync(client=client)
        assert [(r.method, r.target) for r in proxy.received][:1] == [("CONNECT", "127.0.0.2:9")]
        assert all(TOKEN not in r.target for r in proxy.received)


def test_list_models_still_parses_a_page_after_the_changes() -> None:
    body = json.dumps({"data": complete("GetModelsResponse")}).encode()
    with FaultServer(_status(200, body)) as server, _client(server) as client:
        page = list_models.sync(client=client)
    assert isinstance(page, GetModelsResponse) and page.to_dict() == json.loads(body)["data"]
