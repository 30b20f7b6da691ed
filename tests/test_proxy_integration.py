"""The generated client against the LowCodeAPI stand-in on 127.0.0.1 (real HTTP): issue #3's acceptance.

Old/new URL formats and the learned fallback, both envelopes, every error class, Retry-After, POST
safety, and the token never showing in exceptions, logs or reprs. Sync and async run the same cases.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest

from scenario_lowcodeapi import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
    Scenario,
)
from scenario_lowcodeapi.api.inferences import create_inference
from scenario_lowcodeapi.api.models import get_model, list_models
from scenario_lowcodeapi.models import (
    GetModelsByModelIdResponse,
    GetModelsResponse,
    PostModelsInferencesByModelIdRequest,
)
from tests.standin import Fault, StandIn

TOKEN = "at_secret_token_6f1c2e9a"


def _client(standin: StandIn, **options: Any) -> Client:
    return Client(TOKEN, base_url=standin.base_url, **options)


async def _call(client: Client, mode: str, model_id: str) -> GetModelsByModelIdResponse:
    if mode == "sync":
        return get_model.sync(model_id, client=client)
    return await get_model.asyncio(model_id, client=client)


MODES = ["sync", "async"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_old_format_only_learns_once_50_calls_51_requests(mode: str) -> None:
    with StandIn(routing="old") as s:
        client = _client(s)
        first = await _call(client, mode, "model_1")
        assert isinstance(first, GetModelsByModelIdResponse) and first.model.id == "model_1"
        for _ in range(49):
            await _call(client, mode, "model_1")
        assert len(s.requests) == 51
        assert [r.url_format for r in s.requests[:2]] == ["new", "old"]
        assert all(r.url_format == "old" and r.query.get("modelId") == "model_1" for r in s.requests[1:])


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_new_format_only_never_sends_old_format(mode: str) -> None:
    with StandIn(routing="new") as s:
        client = _client(s)
        for _ in range(5):
            await _call(client, mode, "model_2")
        with pytest.raises(NotFoundError):
            await _call(client, mode, "model_missing")
        assert len(s.requests) == 6
        assert {r.url_format for r in s.requests} == {"new"}


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_real_not_found_on_old_only_server_is_scenarios_json_404(mode: str) -> None:
    with StandIn(routing="old", envelope="result") as s:
        client = _client(s)
        with pytest.raises(NotFoundError) as info:
            await _call(client, mode, "model_missing")
        assert "Model model_missing not found" in info.value.message
        assert "Cannot GET" not in str(info.value)


def test_forced_formats() -> None:
    with StandIn(routing="both") as s:
        get_model.sync("model_1", client=_client(s, url_format="old"))
        get_model.sync("model_1", client=_client(s, url_format="new"))
        assert [r.url_format for r in s.requests] == ["old", "new"]


@pytest.mark.parametrize("envelope", ["data", "result"])
def test_both_envelopes_unwrap_to_the_typed_payload(envelope: str) -> None:
    with StandIn(routing="both", envelope=envelope) as s:
        client = _client(s)
        page = list_models.sync(client=client, page_size=2)
        assert isinstance(page, GetModelsResponse)
        assert [m.id for m in page.models] == ["model_1", "model_2"] and page.next_pagination_token
        detailed = get_model.sync_detailed("model_3", client=client)
        assert detailed.status_code == 200 and detailed.parsed is not None and detailed.parsed.model.id == "model_3"
        assert b"model_3" in detailed.content


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("envelope", ["data", "result"])
async def test_error_classes_carry_the_servers_message(mode: str, envelope: str) -> None:
    with StandIn(routing="both", envelope=envelope) as s:
        with pytest.raises(AuthenticationError) as auth:
            await _call(Client("not_a_token", base_url=s.base_url), mode, "model_1")
        assert auth.value.status_code == 401 and "valid API token is required" in auth.value.message

        with pytest.raises(NotFoundError) as missing:
            await _call(_client(s), mode, "model_nope")
        assert missing.value.status_code == 404 and "model_nope not found" in missing.value.message

        s.inject(Fault(status=429, headers={"Retry-After": "120"}))
        with pytest.raises(RateLimitError) as limited:
            await _call(_client(s), mode, "model_1")
        assert limited.value.retry_after == 120

        s.inject(Fault(status=500))
        with pytest.raises(InternalServerError) as broken:
            await _call(_client(s, max_retries=0), mode, "model_1")
        assert broken.value.status_code == 500 and broken.value.message


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_503_twice_with_retry_after_zero_then_200_is_three_requests(mode: str) -> None:
    with StandIn(routing="both") as s:
        s.inject(Fault(status=503, headers={"Retry-After": "0"}), Fault(status=503, headers={"Retry-After": "0"}))
        result = await _call(_client(s), mode, "model_1")
        assert result.model.id == "model_1"
        assert len(s.requests) == 3


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_get_retries_a_dropped_connection(mode: str) -> None:
    with StandIn(routing="both") as s:
        s.inject(Fault(kind="drop"))
        assert (await _call(_client(s), mode, "model_1")).model.id == "model_1"
        assert len(s.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["hang", "drop"])
async def test_a_post_whose_response_never_comes_is_sent_exactly_once(mode: str, kind: str) -> None:
    with StandIn(routing="both") as s:
        s.inject(Fault(kind=kind, method="POST", delay=2.0))
        client = _client(s, timeout=0.5)
        body = PostModelsInferencesByModelIdRequest.from_dict({"parameters": {"prompt": "a fox"}})
        expected = APITimeoutError if kind == "hang" else APIConnectionError
        with pytest.raises(expected):
            if mode == "sync":
                create_inference.sync("model_1", client=client, body=body)
            else:
                await create_inference.asyncio("model_1", client=client, body=body)
        assert [r.method for r in s.requests] == ["POST"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES)
async def test_html_error_page_and_truncated_json(mode: str) -> None:
    with StandIn(routing="both") as s:
        s.inject(Fault(kind="html", status=502))
        with pytest.raises(InternalServerError) as html:
            await _call(_client(s, max_retries=0), mode, "model_1")
        assert "text/html" in str(html.value) and "\n" not in str(html.value) and len(str(html.value)) < 400
        s.inject(Fault(kind="truncated"))
        with pytest.raises(ResponseDecodeError):
            await _call(_client(s), mode, "model_1")


def _fault_matrix(s: StandIn) -> list[BaseException]:
    """Provoke every failure kind, sync and through the resource client; return the exceptions."""
    caught: list[BaseException] = []
    scenario = Scenario(TOKEN, base_url=s.base_url, timeout=0.5, max_retries=1)
    cases: list[tuple[Fault | None, str]] = [
        (None, "model_nope"),
        (Fault(status=500), "model_1"),
        (Fault(status=429, headers={"Retry-After": "3600"}), "model_1"),
        (Fault(kind="html", status=502), "model_1"),
        (Fault(kind="truncated"), "model_1"),
        (Fault(kind="hang", delay=2.0), "model_1"),
    ]
    for fault, model_id in cases:
        if fault is not None:
            s.inject(fault, fault)  # once per attempt: max_retries=1
        try:
            scenario.models.get(model_id)
        except Exception as exc:  # noqa: BLE001 - collecting everything on purpose
            caught.append(exc)
        s.clear_faults()
    try:
        get_model.sync("model_1", client=Client(TOKEN, base_url="http://127.0.0.1:9/scenario", max_retries=1))
    except Exception as exc:  # noqa: BLE001
        caught.append(exc)
    caught.append(_raise_post(s))
    return caught


def _raise_post(s: StandIn) -> BaseException:
    s.inject(Fault(kind="drop", method="POST"))
    try:
        create_inference.sync(
            "model_1",
            client=_client(s),
            body=PostModelsInferencesByModelIdRequest.from_dict({"parameters": {"prompt": "x"}}),
        )
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError("the dropped POST did not raise")


def test_token_never_appears_in_exceptions_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with StandIn(routing="old") as s:
        caught = _fault_matrix(s)
        client = _client(s)
        texts = [repr(client), str(client), repr(Scenario(client=client)), repr(client.with_options(timeout=1))]
    assert len(caught) >= 8
    kinds = {type(e) for e in caught}
    assert {NotFoundError, InternalServerError, RateLimitError, ResponseDecodeError, APITimeoutError} <= kinds
    assert APIConnectionError in {k.__mro__[1] for k in kinds} | kinds
    for exc in caught:
        texts += [str(exc), repr(exc), repr(exc.args), "".join(traceback.format_exception(exc))]
        if isinstance(exc, APIStatusError):
            texts.append(repr(exc.body))
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]
    assert any("retry" in t.lower() for t in texts), "expected retry log records to inspect"
    leaks = [t for t in texts if TOKEN in t]
    assert leaks == []


def test_an_image_answer_is_returned_as_bytes_where_the_operation_allows_it() -> None:
    from scenario_lowcodeapi.api.inferences import get_inference_image

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    with StandIn(routing="both") as s:
        s.inject(Fault(status=200, body=png, content_type="image/png"))
        client = _client(s)
        assert get_inference_image.sync("model_1", "inf_1", "img_1", client=client) == png
        s.inject(Fault(status=200, body=png, content_type="image/png"))
        with pytest.raises(ResponseDecodeError, match="image/png"):
            get_model.sync("model_1", client=client)  # a JSON-only operation says what it got instead
