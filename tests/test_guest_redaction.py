"""Issue #16, point 2: each client redacts its own token, and nothing else (real HTTP, sync and async).

No process-wide registry: a client with a one-character token does not mangle any client's messages, a client's
errors are never touched by another client's token, and a token the server echoes escaped (HTML, JSON ``\\/``,
URL-quoted, character references, in any mix) is redacted like the raw one.
"""

from __future__ import annotations

import html
import json
import logging
import traceback
from urllib.parse import quote

import pytest

from scenario_lowcodeapi import APIStatusError, Client, LowCodeAPIError
from scenario_lowcodeapi.api.models import get_model, list_models
from tests.faults import Fault, FaultServer

MESSAGE = "Invalid parameter value for pageSize"
PLAIN = json.dumps({"message": MESSAGE, "code": "400", "provider": "scenario"}).encode()


def _status(status: int, body: bytes, content_type: str = "application/json") -> Fault:
    return Fault("status", status=status, body=body, content_type=content_type)


async def _error(client: Client, mode: str) -> APIStatusError:
    with pytest.raises(APIStatusError) as info:
        if mode == "sync":
            list_models.sync(client=client)
        else:
            await list_models.asyncio(client=client)
    return info.value


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("short", ["a", "1", "at_x"])
async def test_a_short_token_mangles_no_clients_messages(short: str, mode: str) -> None:
    with FaultServer(_status(400, PLAIN)) as server:
        first = Client(short, base_url=server.base_url, max_retries=0)  # accepted: too short to match literally
        later = Client("at_a_long_enough_token_1", base_url=server.base_url, max_retries=0)
        for client in (first, later):
            exc = await _error(client, mode)
            assert exc.message == MESSAGE and exc.code == "400" and exc.status_code == 400
            assert exc.response.json()["message"] == MESSAGE and exc.body == json.loads(PLAIN)
            assert str(exc).startswith(f"400 Bad Request: {MESSAGE} (code 400) [LowCodeAPI] for GET ")
            assert str(exc).endswith("api_token=***")  # the URL's value is redacted, whatever its length
            await client.aclose()
        received = [r.query["api_token"] for r in server.received]
    assert received == [[short], ["at_a_long_enough_token_1"]]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_clients_errors_are_not_touched_by_another_clients_token(mode: str) -> None:
    other = "at_some_other_token_77"  # a token this process knows, but not the answering client's
    body = json.dumps({"message": f"{MESSAGE} ({other})"}).encode()
    with FaultServer(_status(400, body)) as server:
        Client(other, base_url=server.base_url)
        mine = Client("at_my_own_token_1234", base_url=server.base_url, max_retries=0)
        exc = await _error(mine, mode)
        await mine.aclose()
    assert exc.message == f"{MESSAGE} ({other})" and exc.response.content == body


TOKEN = "at_Esc&aped/9f+x=2'q"


def _forms(token: str) -> dict[str, str]:
    json_slash = json.dumps(token)[1:-1].replace("/", "\\/")
    return {
        "raw": token,
        "html": html.escape(token),  # & -> &amp;, ' -> &#x27;
        "html-decimal": token.replace("&", "&#38;").replace("/", "&#47;").replace("'", "&#39;"),
        "html-named": token.replace("&", "&amp;").replace("/", "&sol;").replace("+", "&plus;"),
        "json-slash": json_slash,
        "json-unicode": token.replace("/", "\\u002F").replace("&", "\\u0026"),
        "url": quote(token, safe=""),
        "url-lower": quote(token, safe="").lower().replace("at_esc", "at_Esc"),
        "url-path": quote(token),  # "/" kept
        "mixed": token.replace("&", "&amp;").replace("/", "%2f").replace("+", "\\u002b"),
    }


FORMS = _forms(TOKEN)
assert len(set(FORMS.values())) == len(FORMS)


def _shown(exc: LowCodeAPIError) -> dict[str, str]:
    response = getattr(exc, "response", None)
    tb = exc.__traceback__
    seen = {
        "str": str(exc),
        "repr": repr(exc),
        "message": exc.message,
        "body": repr(getattr(exc, "body", "")),
        # the library's frames with their locals (the first frame is the test's own, holding the echoed forms)
        "traceback": "".join(
            traceback.TracebackException(type(exc), exc, tb.tb_next if tb else None, capture_locals=True).format()
        ),
    }
    if response is not None:
        seen["content"] = response.content.decode("utf-8", "replace")
        seen["text"] = response.text
        seen["headers"] = repr(response.headers.multi_items())
    return seen


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("where", ["json-400", "html-502", "text-200"])
async def test_an_escaped_echo_is_redacted(form: str, where: str, mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echoed = FORMS[form]
    if where == "json-400":
        fault = _status(400, b'{"message": "bad token ' + echoed.encode() + b'"}')
    elif where == "html-502":
        fault = _status(502, f"<html><h1>Bad gateway: {echoed}</h1></html>".encode(), "text/html")
    else:  # a 2xx the model cannot read: a ResponseDecodeError carries it
        fault = _status(200, f"login again: {echoed}".encode(), "text/html")
    fault.headers = {"X-Echo": echoed if form != "raw" else "x" + echoed}
    with FaultServer(fault) as server:
        client = Client(TOKEN, base_url=server.base_url, max_retries=0)
        with pytest.raises(LowCodeAPIError) as info:
            if mode == "sync":
                get_model.sync("model_1", client=client)
            else:
                await get_model.asyncio("model_1", client=client)
        await client.aclose()
        assert server.received[0].query["api_token"] == [TOKEN]
    seen = _shown(info.value)
    leaks = {where: [f for f, text in FORMS.items() if text in shown] for where, shown in seen.items()}
    assert {where: found for where, found in leaks.items() if found} == {}
    assert "***" in seen["content"] and "***" in seen["headers"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert [f for f, text in FORMS.items() if text in logged] == []
