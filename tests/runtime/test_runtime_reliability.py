"""Unit tests of the reliability pieces of the runtime: probe sharing, fork reset, closed pools, the redacted
request, secret registry, attempt deadlines (no network; tests/test_reliability_*.py do it over HTTP)."""

from __future__ import annotations

import asyncio
import threading
import traceback
from collections.abc import Callable

import httpx
import pytest
from rt_helpers import BASE, TOKEN, Script, Step, fail, respond

from codegen.runtime import _base_client
from codegen.runtime._base_client import Client, attempt_deadline, publish
from codegen.runtime._exceptions import LowCodeAPIError, make_status_error
from codegen.runtime._redact import Secrets, redact_data, redact_text
from codegen.runtime._routing import FormatMemory, Route

ClientFactory = Callable[..., Client]
MODEL = Route.from_template("GET", "/v1/models/{modelId}")


def test_claim_probe_first_caller_probes_the_rest_wait() -> None:
    memory = FormatMemory()
    mine, theirs = memory.claim_probe(BASE)
    assert mine is not None and theirs is None
    second_mine, second_theirs = memory.claim_probe(BASE)
    assert second_mine is None and second_theirs is mine
    woke = threading.Event()

    def waiter() -> None:
        assert second_theirs is not None and second_theirs.wait(5)
        woke.set()

    thread = threading.Thread(target=waiter)
    thread.start()
    memory.set(BASE, "old")
    memory.release(BASE, mine)
    thread.join(5)
    assert woke.is_set()
    assert memory.claim_probe(BASE) == (None, None)  # known now: nobody probes


@pytest.mark.anyio
async def test_probe_wakes_coroutines_from_another_thread() -> None:
    memory = FormatMemory()
    mine, _ = memory.claim_probe(BASE)
    _, theirs = memory.claim_probe(BASE)
    assert mine is not None and theirs is not None
    waiting = asyncio.ensure_future(theirs.await_done())
    await asyncio.sleep(0)
    assert not waiting.done()
    threading.Thread(target=memory.release, args=(BASE, mine)).start()
    await asyncio.wait_for(waiting, 5)
    await theirs.await_done()  # already finished: returns at once


def test_clear_releases_probes() -> None:
    memory = FormatMemory()
    mine, _ = memory.claim_probe(BASE)
    assert mine is not None
    memory.clear()
    assert mine.wait(0)


def test_pools_are_dropped_in_a_forked_child(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Client(TOKEN, httpx_args={"transport": httpx.MockTransport(respond(200))})
    parent_sync = client.get_httpx_client()
    parent_async = client.get_async_httpx_client()
    given = httpx.Client(transport=httpx.MockTransport(respond(200)))
    other = Client(TOKEN)
    other.set_httpx_client(given)
    real_pid = _base_client.os.getpid()
    monkeypatch.setattr(_base_client.os, "getpid", lambda: real_pid + 1)  # "we are the child now"
    child_sync = client.get_httpx_client()
    assert child_sync is not parent_sync and not parent_sync.is_closed  # the parent's is left alone
    assert client.get_async_httpx_client() is not parent_async
    assert client.with_options(max_retries=0).get_httpx_client() is child_sync  # copies share the new pools
    assert other.get_httpx_client() is given  # a client the caller gave us stays theirs
    assert client.request(MODEL, path_params={"modelId": "m"}).status_code == 200


def test_closed_pools_raise_lowcodeapi_error(client_factory: ClientFactory) -> None:
    client = client_factory(Script(respond(200)))
    client.close()
    with pytest.raises(LowCodeAPIError, match="This client has been closed"):
        client.request(MODEL, path_params={"modelId": "m"})


def test_wire_request_repr_and_publish(client_factory: ClientFactory) -> None:
    script = Script(respond(404, {"message": "nope"}))
    client = client_factory(script, url_format="new")
    response = client.request(MODEL, path_params={"modelId": "m"})
    assert str(response.request.url) == f"{BASE}/v1/models/m?api_token=***"
    assert str(response.url) == f"{BASE}/v1/models/m?api_token=***"
    assert TOKEN not in repr(response.request)
    assert script.requests[0].url.params["api_token"] == TOKEN  # what went out had it
    assert publish(response) is response and str(response.request.url).endswith("api_token=***")
    bare = httpx.Response(200)
    assert publish(bare) is bare


def test_traceback_locals_of_a_request_frame_hold_no_token(client_factory: ClientFactory) -> None:
    client = client_factory(Script(respond(200)))
    request = client._build(client.get_httpx_client(), MODEL, {"modelId": "m"}, "new", "", None, client._timeout_ext)
    assert TOKEN in str(request.url)  # it is the wire request...
    assert TOKEN not in repr(request)  # ...whose repr a traceback reporter would print


def test_a_clients_secrets_are_redacted_everywhere() -> None:
    secret = "at_registered+secret/1"
    secrets = Secrets(secret)
    assert redact_text(f"echo {secret} and at_registered%2Bsecret%2F1", secrets) == "echo *** and ***"
    body = {"message": f"bad {secret}", "list": [secret, 1, None], secret: True}
    assert redact_data(body, secrets) == {"message": "bad ***", "list": ["***", 1, None], "***": True}
    response = httpx.Response(
        401,
        json={"message": f"Invalid token {secret}", "code": secret},
        request=httpx.Request("GET", f"{BASE}/v1/x?api_token=***"),
    )
    error = make_status_error(publish(response, secrets))
    text = "".join(traceback.format_exception(error)) + repr(error) + repr(error.body) + str(error.code)
    assert secret not in text and error.message == "Invalid token ***"


@pytest.mark.parametrize(
    ("timeout", "deadline"),
    [(5, 5.0), (0.25, 0.25), (None, None), (httpx.Timeout(3.0), None)],
)
def test_attempt_deadline(timeout: float | httpx.Timeout | None, deadline: float | None) -> None:
    assert attempt_deadline(timeout) == deadline
    client = Client(TOKEN, timeout=timeout)
    assert client._deadline == deadline
    assert client.with_options(timeout=2)._deadline == 2.0


def test_api_token_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="api_token must be a str, got int"):
        Client(12345)  # type: ignore[arg-type]


def test_client_init_locals_never_hold_the_token() -> None:
    """A failure after the token was read (a bad base_url) must not show it in traceback locals."""
    with pytest.raises(ValueError) as info:
        Client(TOKEN, base_url="ftp://nope")
    text = "".join(traceback.TracebackException.from_exception(info.value, capture_locals=True).format())
    assert TOKEN not in text


class _RecordingBody(httpx.SyncByteStream):
    """A body that records the read timeout httpcore would use for it when the body starts."""

    def __init__(self, request: httpx.Request, seen: list[float | None]) -> None:
        self.request = request
        self.seen = seen

    def __iter__(self):  # type: ignore[no-untyped-def]
        self.seen.append(self.request.extensions["timeout"]["read"])
        yield b'{"data": {}}'


def test_sync_body_reads_never_wait_past_the_deadline() -> None:
    seen: list[float | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503 if not seen else 200, stream=_RecordingBody(request, seen))

    client = Client(TOKEN, timeout=5, max_retries=1, _sleep=lambda _: None)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(handler)))
    response = client.request(Route.from_template("GET", "/v1/models"))
    assert response.status_code == 200
    # Both attempts (the 503, then the 200): each body read capped by what was left of that attempt's 5 s.
    assert len(seen) == 2 and all(read is not None and 0 < read < 5.0 for read in seen)
    assert response.request.extensions["timeout"]["read"] == 5.0  # restored for a retry's full budget


def _requests_in_frames(exc: BaseException) -> list[httpx.Request]:
    found = []
    tb = exc.__traceback__
    while tb is not None:
        found.extend(v for v in tb.tb_frame.f_locals.values() if isinstance(v, httpx.Request))
        tb = tb.tb_next
    return found


@pytest.mark.parametrize(
    "step",
    [fail(httpx.ConnectError), fail(httpx.ReadTimeout), respond(503, {}, headers={"Retry-After": "999"})],
    ids=["connect", "read-timeout", "retry-after-too-long"],
)
def test_no_frame_keeps_the_token_once_an_error_leaves(client_factory: ClientFactory, step: Step) -> None:
    client = client_factory(Script(step), max_retries=1)
    with pytest.raises(LowCodeAPIError) as info:
        client.request(MODEL, path_params={"modelId": "m"})
    requests = _requests_in_frames(info.value)
    response = getattr(info.value, "response", None)
    if response is not None:
        requests.append(response.request)
    assert requests  # the frames of ours did hold the request...
    for request in requests:  # ...which no longer holds the token anywhere, not only in its repr
        assert str(request.url).endswith("api_token=***")
        assert TOKEN not in repr(vars(request))
