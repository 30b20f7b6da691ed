"""Issue #11 (parts 2-7): a typed API users can trust. Errors importable from one place and typed, raw responses
that raise like openai-python's, a log line per attempt, configuration from the environment and per client, api.md,
and the small traps (str image file names, model reprs, page_size docs, save() errors)."""

from __future__ import annotations

import asyncio
import datetime
import importlib
import inspect
import json
import logging
import os
import pkgutil
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import scenario_lowcodeapi
import scenario_lowcodeapi.errors as errors
from codegen.paths import GENERATED
from scenario_lowcodeapi import APIResponse, AsyncScenario, Client, Scenario
from scenario_lowcodeapi.errors import (
    InferenceFailedError,
    InvalidImageError,
    LowCodeAPIError,
    NotFoundError,
    TrainingFailedError,
    WaitTimeoutError,
)
from scenario_lowcodeapi.models import Inference, Model, PutImagesEraseBackgroundResponse
from tests.conftest import ROOT
from tests.ops import operation_modules
from tests.standin import Fault, StandIn
from tests.test_overlay import EXPECTED_IDS

TOKEN = "at_typed_api_secret_token"
API_MD = GENERATED / "api.md"


@pytest.fixture
def client(standin: StandIn) -> Iterator[Scenario]:
    with Scenario(TOKEN, base_url=standin.base_url) as c:
        yield c


# -- 2. errors ----------------------------------------------------------------------------------------------------


def _package_exception_classes() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    for info in pkgutil.walk_packages(scenario_lowcodeapi.__path__, "scenario_lowcodeapi."):
        if info.name.startswith("scenario_lowcodeapi._cli"):
            continue  # the command line's own exceptions never leave its main() (tests/cli)
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__.startswith("scenario_lowcodeapi.")
            ):
                found.add(value)
    return found


def test_errors_module_exports_every_exception_class_the_package_defines() -> None:
    defined = _package_exception_classes()
    assert len(defined) >= 16  # the 11 HTTP/transport errors, 3 waiting errors, pagination, images
    exported = {getattr(errors, name) for name in errors.__all__}
    missing = sorted(cls.__name__ for cls in defined - exported)
    assert not missing, f"not importable from scenario_lowcodeapi.errors: {missing}"
    assert all(issubclass(cls, LowCodeAPIError) for cls in defined)
    for name in errors.__all__:  # and the top-level package gives the same classes
        assert getattr(scenario_lowcodeapi, name) is getattr(errors, name)


def test_waiting_errors_are_typed_with_the_models() -> None:
    def hints(cls: type) -> dict[str, Any]:
        return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]) | {"Inference": Inference, "Model": Model})

    assert hints(InferenceFailedError)["inference"] is Inference
    assert hints(TrainingFailedError)["model"] is Model
    assert set(typing.get_args(hints(WaitTimeoutError)["last"])) == {Inference, Model}


def test_wait_errors_carry_the_typed_objects(standin: StandIn, client: Scenario) -> None:
    standin.store.inferences["inf_1"]["status"] = "failed"
    with pytest.raises(InferenceFailedError) as failed:
        client.inferences.wait("model_1", "inf_1", poll_interval=0)
    assert isinstance(failed.value.inference, Inference) and failed.value.inference.id == "inf_1"
    standin.store.inferences["inf_1"]["status"] = "queued"
    with pytest.raises(WaitTimeoutError) as timed_out:
        client.inferences.wait("model_1", "inf_1", timeout=0, poll_interval=0)
    assert isinstance(timed_out.value.last, Inference) and timed_out.value.status == "queued"


# -- 3. raw responses ---------------------------------------------------------------------------------------------


def test_raw_response_raises_the_typed_error_on_404(standin: StandIn, client: Scenario) -> None:
    with pytest.raises(NotFoundError) as info:
        client.models.with_raw_response.get("missing")
    assert info.value.status_code == 404 and TOKEN not in str(info.value)


def test_raw_response_parse_and_http_details(standin: StandIn, client: Scenario) -> None:
    raw = client.models.with_raw_response.get("model_2")
    assert isinstance(raw, APIResponse)
    model = raw.parse()
    assert model.model.id == "model_2" and raw.parse() is model  # parsed once
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert raw.http_request.method == "GET" and "api_token=***" in str(raw.http_request.url)
    assert TOKEN not in str(raw.http_request.url) and TOKEN not in repr(raw) and TOKEN not in raw.url
    assert isinstance(raw.elapsed, datetime.timedelta) and raw.elapsed.total_seconds() >= 0
    assert raw.retries_taken == 0
    assert json.loads(raw.content) == raw.json()


def test_raw_response_counts_retries(standin: StandIn, client: Scenario) -> None:
    standin.inject(
        Fault(status=503, headers={"Retry-After": "0"}, path="/v1/models"),
        Fault(status=502, headers={"Retry-After": "0"}, path="/v1/models"),
    )
    raw = client.models.with_raw_response.list(page_size=2)
    assert raw.retries_taken == 2 and raw.status_code == 200
    assert [m.id for m in raw.parse().models][:1] == ["model_1"] or raw.parse().models


def test_raw_response_of_an_operation_that_may_answer_bytes(standin: StandIn, client: Scenario) -> None:
    image_id = standin.store.inferences["inf_1"]["images"][0]["id"]
    parsed = client.inferences.with_raw_response.get_image("model_1", "inf_1", image_id).parse()
    assert not isinstance(parsed, bytes) and parsed.image.id == image_id
    with pytest.raises(NotFoundError, match="no_such_image"):
        client.inferences.with_raw_response.get_image("model_1", "inf_1", "no_such_image")
    standin.inject(Fault(status=200, body=b"\x89PNG\r\n\x1a\n....", content_type="image/png", path="/images/"))
    raw = client.inferences.with_raw_response.get_image("model_1", "inf_1", image_id)
    assert raw.headers["content-type"] == "image/png" and raw.parse() == raw.content == b"\x89PNG\r\n\x1a\n...."


def test_raw_response_async(standin: StandIn) -> None:
    async def main() -> None:
        async with AsyncScenario(TOKEN, base_url=standin.base_url) as client:
            raw = await client.models.with_raw_response.get("model_1")
            assert raw.parse().model.id == "model_1" and raw.retries_taken == 0
            with pytest.raises(NotFoundError):
                await client.inferences.with_raw_response.get("model_1", "no_such_inference")

    asyncio.run(main())


def test_function_style_detailed_keeps_parsed(standin: StandIn, client: Scenario) -> None:
    from scenario_lowcodeapi.api.models import get_model

    detailed = get_model.sync_detailed("missing", client=client.client)
    assert detailed.status_code == 404 and detailed.parsed is None
    raw = get_model.sync_raw("model_1", client=client.client)
    assert raw.parse().model.id == "model_1"


# -- 4. logging ---------------------------------------------------------------------------------------------------

_SCRIPT = """
import sys
from scenario_lowcodeapi import Scenario
with Scenario(sys.argv[1], base_url=sys.argv[2]) as client:
    client.models.get("model_1")
"""


def _run_logged(level: str, standin: StandIn) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SCENARIO_LOWCODEAPI", "LOWCODEAPI"))}
    env["SCENARIO_LOWCODEAPI_LOG"] = level
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, TOKEN, standin.base_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr


def test_debug_env_logs_one_line_per_successful_call(standin: StandIn) -> None:
    lines = _run_logged("debug", standin).strip().splitlines()
    assert len(lines) == 1, lines
    assert re.search(
        r"DEBUG\] HTTP GET http://127\.0\.0\.1:\d+/scenario/v1/models/model_1\?api_token=\*\*\* -> 200 OK "
        r"in \d+ ms \(attempt 1\)$",
        lines[0],
    ), lines[0]
    assert TOKEN not in lines[0]


def test_info_env_logs_nothing_on_success(standin: StandIn) -> None:
    assert _run_logged("info", standin) == ""


def test_debug_logs_every_attempt_and_the_retry(
    standin: StandIn, client: Scenario, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scenario_lowcodeapi")
    standin.inject(Fault(status=500, headers={"Retry-After": "0"}, path="/v1/models/model_1"))
    client.models.get("model_1")
    messages = [r.getMessage() for r in caplog.records if r.name == "scenario_lowcodeapi"]
    assert [m.split(" -> ")[1].split(" in ")[0] for m in messages if m.startswith("HTTP ")] == [
        "500 Internal Server Error",
        "200 OK",
    ]
    assert [m for m in messages if m.startswith("Retrying")] and re.search(r"\(attempt 2\)$", messages[-1])
    assert TOKEN not in caplog.text


# -- 5. configuration ---------------------------------------------------------------------------------------------


def test_base_url_from_the_environment(standin: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", standin.base_url)
    with Scenario(TOKEN) as client:
        assert client.client.base_url == standin.base_url
        assert client.models.get("model_1").model.id == "model_1"
    assert Client(TOKEN, base_url="https://example.test/scenario").base_url == "https://example.test/scenario"
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", "  ")
    assert Client(TOKEN).base_url == "https://api.lowcodeapi.com/scenario"
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", "ftp://nope")
    with pytest.raises(ValueError, match="base_url must be an http"):
        Client(TOKEN)


def test_default_headers_and_with_options_headers(standin: StandIn) -> None:
    with Scenario(TOKEN, base_url=standin.base_url, default_headers={"X-Credential-Key": "k1"}) as client:
        client.models.get("model_1")
        assert standin.requests[-1].headers["x-credential-key"] == "k1"
        other = client.with_options(headers={"x-credential-key": "k2", "X-Trace": "t"})
        other.models.get("model_1")
        sent = standin.requests[-1].headers
        assert sent["x-credential-key"] == "k2" and sent["x-trace"] == "t"
        assert client.client.default_headers == {"X-Credential-Key": "k1"}  # the original is unchanged
        client.models.get("model_1")
        assert "x-trace" not in standin.requests[-1].headers
    with pytest.raises(ValueError, match="not both"):
        Client(TOKEN, headers={"a": "1"}, default_headers={"b": "2"})
    with pytest.raises(TypeError, match=r"default_headers\['x-n'\] must be a str, got int"):
        Client(TOKEN, default_headers={"x-n": 1})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match=r"headers\['x-n'\] must be a str"):
        Client(TOKEN).with_options(headers={"x-n": None})  # type: ignore[dict-item]


def test_async_client_and_low_level_client_take_the_same_header_options(standin: StandIn) -> None:
    async def main() -> None:
        async with AsyncScenario(TOKEN, base_url=standin.base_url, default_headers={"x-a": "1"}) as client:
            await client.with_options(headers={"X-A": "2", "x-b": "3"}).models.get("model_1")
            sent = standin.requests[-1].headers
            assert sent["x-a"] == "2" and sent["x-b"] == "3"
            await client.models.get("model_1")
            assert standin.requests[-1].headers["x-a"] == "1" and "x-b" not in standin.requests[-1].headers

    asyncio.run(main())
    from scenario_lowcodeapi.api.models import get_model

    with Client(TOKEN, base_url=standin.base_url, default_headers={"x-low": "level"}) as low:
        get_model.sync("model_1", client=low.with_options(headers={"x-extra": "e"}))
        assert standin.requests[-1].headers["x-low"] == "level" and standin.requests[-1].headers["x-extra"] == "e"


# -- 6. api.md ----------------------------------------------------------------------------------------------------


def _api_md() -> str:
    return API_MD.read_text(encoding="utf-8")


def test_api_md_lists_all_28_operations_with_route_and_function_style(served_spec: dict[str, Any]) -> None:
    text = _api_md()
    assert len(EXPECTED_IDS) == 28
    for op_id in EXPECTED_IDS:
        assert re.search(rf"from scenario_lowcodeapi\.api\.\w+ import {op_id}`", text), op_id
    client = Scenario(TOKEN)
    sections = re.findall(r"^### (\w+)\.(\w+)$", text, flags=re.M)
    generated_methods = [
        (name, method)
        for name in ("images", "inferences", "models", "tags", "usages")
        for method, _ in inspect.getmembers(type(getattr(client, name)), inspect.isfunction)
        if not method.startswith("_")
    ]
    assert sorted(sections) == sorted(generated_methods)
    routes = re.findall(r"^- HTTP: `(\w+) (\S+)`; retried: (safe|unsent-only)$", text, flags=re.M)
    assert len(routes) == 28
    for method, path, _retry in routes:
        assert method.lower() in served_spec["paths"][path]


def _attempts_after_a_503(module: Any) -> int:
    """How many requests the client sends for ``module``'s route when the first answer is a retryable 503."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        status = 503 if len(sent) == 1 else 200
        return httpx.Response(status, json={"data": {}}, headers={"Retry-After": "0"})

    client = Client(TOKEN, _sleep=lambda _: None)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(handler)))
    route = module._ROUTE
    client.request(route, path_params={p: "x" for p in route.path_params}, json=None if route.method == "GET" else {})
    return len(sent)


def test_api_md_retry_column_is_what_the_client_does() -> None:
    """Each operation's 'retried' entry matches the client: `safe` retries a 503, `unsent-only` does not."""
    text = _api_md()
    entries = re.findall(
        r"^- HTTP: `\w+ \S+`; retried: (\S+)\n(?:.*\n){1,3}?- Function style: .*? import (\w+)`", text, flags=re.M
    )
    assert len(entries) == 28
    modules = operation_modules()
    for retry, op_id in entries:
        assert _attempts_after_a_503(modules[op_id]) == (2 if retry == "safe" else 1), (op_id, retry)


def test_api_md_signatures_are_the_code() -> None:
    """Each method's parameter names in api.md are exactly those of the resource method (sync and async)."""
    text = _api_md()
    client = Scenario(TOKEN)
    for resource, method, body in re.findall(r"^client\.(\w+)\.(\w+)\(\n(.*?)^\) -> ", text, flags=re.M | re.S):
        listed = [line.strip().split(":")[0].rstrip(",") for line in body.splitlines()]
        for cls in (type(getattr(client, resource)), type(getattr(AsyncScenario(TOKEN), resource))):
            params = inspect.signature(getattr(cls, method)).parameters.values()
            expected = [p.name for p in params if p.name != "self"]
            keyword_from = next((i for i, p in enumerate(params) if p.kind is p.KEYWORD_ONLY), None)
            if keyword_from is not None:
                expected.insert(keyword_from - 1, "*")
            assert listed == expected, (resource, method)


def test_api_md_lists_every_error_and_helper() -> None:
    text = _api_md()
    for table in re.findall(r"(?:^\|.*\n)+", text, flags=re.M):  # a bare `|` in a cell would add a column
        counts = {len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}
        assert len(counts) == 1, table
    for name in errors.__all__:
        assert f"| `{name}` |" in text, name
    for helper in ("wait", "download_images", "wait_for_training"):
        assert re.search(rf"^### \w+\.{helper}$", text, flags=re.M), helper


# -- 7. small traps -----------------------------------------------------------------------------------------------


def test_str_naming_a_file_is_refused_before_any_request(
    standin: StandIn, client: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "photo.png").write_bytes((ROOT / "examples" / "assets" / "sample.png").read_bytes())
    before = len(standin.requests)
    with pytest.raises(InvalidImageError, match=r"pass pathlib\.Path\('photo\.png'\)"):
        client.images.erase_background(image="photo.png")
    assert len(standin.requests) == before
    client.images.erase_background(image=Path("photo.png"))  # the fix the message names works
    assert standin.requests[-1].json["image"].startswith("data:image/png;base64,")


def test_model_repr_is_short_and_shows_what_is_set(client: Scenario) -> None:
    model = client.models.get("model_1").model
    text = repr(model)
    assert text.startswith("Model(id='model_1'") and "\n" not in text
    assert "UNSET" not in text and len(text) < 1100, len(text)
    assert "training_images=[TrainingImage(id='ti_model_1_1', name='image_1.png', ...), " in text
    long = Model.from_dict({"id": "m", "name": "x" * 5000, "tags": [str(i) for i in range(50)]})
    short = repr(long)
    assert "<5000 chars>" in short and "<50 items>" in short and len(short) < 300
    assert repr(Model.from_dict({"id": "m"})) == "Model(id='m', privacy='private')"  # the default Scenario documents


def test_page_size_and_token_docs_name_what_each_list_pages() -> None:
    client = Scenario(TOKEN)
    plurals = {"models", "inferences", "classes", "tags"}
    checked = 0
    for resource in ("models", "inferences", "tags"):
        for name, fn in inspect.getmembers(type(getattr(client, resource)), inspect.isfunction):
            doc = fn.__doc__ or ""
            match = re.search(r"page_size \(int \| Unset\):\s+(.*)", doc)
            if not match:
                continue
            returns = str(fn.__annotations__["return"])
            item = re.fullmatch(r"SyncPage\[(\w+)\]", returns).group(1)  # type: ignore[union-attr]
            expected = {"Model": "models", "Inference": "inferences", "Tag": "tags"}.get(item, "classes")
            token = re.search(r"pagination_token \(str \| Unset\):\s+(.*?)\n\s*\n", doc, flags=re.S)
            assert token, (resource, name)
            for text in (match.group(1), token.group(1)):
                assert set(re.findall(r"\w+", text)) & plurals == {expected}, (resource, name, text)
            checked += 1
    assert checked == 5


def test_save_raises_what_its_docstring_promises(tmp_path: Path) -> None:
    doc = PutImagesEraseBackgroundResponse.save.__doc__ or ""
    assert "ValueError" in doc
    with pytest.raises(ValueError, match="carries no image"):
        PutImagesEraseBackgroundResponse.from_dict({"asset": {"id": "a"}}).save(tmp_path / "x.png")
    with pytest.raises(ValueError, match="invalid base64") as info:
        PutImagesEraseBackgroundResponse.from_dict({"asset": {"id": "a"}, "image": "!!!not base64"}).save(
            tmp_path / "x.png"
        )
    assert isinstance(info.value, InvalidImageError) and not (tmp_path / "x.png").exists()
