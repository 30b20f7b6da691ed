"""Route, build_path and FormatMemory."""

from __future__ import annotations

import logging
import threading

import pytest
from rt_helpers import TOKEN

from codegen.runtime._routing import FormatMemory, Route, build_path

MODEL = Route("GET", "/v1/models/{modelId}", "/v1/models/modelId", ("modelId",))
INFERENCE = Route.from_template("get", "/v1/models/{modelId}/inferences/{inferenceId}")
MODELS = Route("GET", "/v1/models")


def test_route_from_template() -> None:
    assert Route.from_template("GET", "/v1/models/{modelId}") == MODEL
    assert INFERENCE == Route(
        "GET",
        "/v1/models/{modelId}/inferences/{inferenceId}",
        "/v1/models/modelId/inferences/inferenceId",
        ("modelId", "inferenceId"),
    )
    assert Route.from_template("POST", "/v1/models") == Route("POST", "/v1/models", None, ())
    with pytest.raises(AttributeError):
        MODEL.path = "/x"  # type: ignore[misc]
    assert not hasattr(MODEL, "__dict__")  # slots


def test_build_path_new_format_quotes_values() -> None:
    assert build_path(MODEL, {"modelId": "model_abc"}, "new") == ("/v1/models/model_abc", {})
    assert build_path(MODEL, {"modelId": "a/b c?d#e&f"}, "new") == ("/v1/models/a%2Fb%20c%3Fd%23e%26f", {})
    assert build_path(INFERENCE, {"modelId": "m", "inferenceId": "i"}, "new") == ("/v1/models/m/inferences/i", {})


def test_build_path_old_format_moves_values_to_the_query() -> None:
    assert build_path(MODEL, {"modelId": "a/b"}, "old") == ("/v1/models/modelId", {"modelId": "a/b"})
    assert build_path(INFERENCE, {"modelId": "m", "inferenceId": "i"}, "old") == (
        "/v1/models/modelId/inferences/inferenceId",
        {"modelId": "m", "inferenceId": "i"},
    )
    # old_path missing on a hand-written Route: derived from the template
    bare = Route("GET", "/v1/models/{modelId}", None, ("modelId",))
    assert build_path(bare, {"modelId": "m"}, "old") == ("/v1/models/modelId", {"modelId": "m"})


def test_build_path_without_path_params() -> None:
    for fmt in ("new", "old"):
        assert build_path(MODELS, {}, fmt) == ("/v1/models", {})  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["new", "old"])
@pytest.mark.parametrize("values", [{}, {"modelId": ""}, {"modelId": ".."}, {"modelId": "."}])
def test_build_path_rejects_missing_and_dangerous_values(fmt: str, values: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="modelId"):
        build_path(MODEL, values, fmt)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 42, b"model_abc", ["m"]])
@pytest.mark.parametrize("fmt", ["new", "old"])
def test_build_path_rejects_non_strings(value: object, fmt: str) -> None:
    # str(None) would send GET /v1/models/None
    with pytest.raises(
        TypeError,
        match=f"Path parameter 'modelId' of GET /v1/models/{{modelId}} must be a str, got {type(value).__name__}",
    ):
        build_path(MODEL, {"modelId": value}, fmt)  # type: ignore[arg-type]


def test_format_memory_is_per_base_url(caplog: pytest.LogCaptureFixture) -> None:
    memory = FormatMemory()
    caplog.set_level(logging.DEBUG, logger="scenario_lowcodeapi")
    assert memory.get("https://a.test/scenario") is None
    memory.set("https://a.test/scenario", "old")
    memory.set("https://a.test/scenario", "old")
    memory.set("https://b.test/scenario", "new")
    assert memory.get("https://a.test/scenario") == "old"
    assert memory.get("https://b.test/scenario") == "new"
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert infos == [
        "LowCodeAPI at https://a.test/scenario routes path parameters in the old URL format; using it from now on"
    ]
    memory.clear()
    assert memory.get("https://a.test/scenario") is None


def test_format_memory_redacts_a_token_in_a_base_url(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scenario_lowcodeapi")
    FormatMemory().set(f"https://a.test/scenario?api_token={TOKEN}", "old")
    assert TOKEN not in caplog.text


def test_format_memory_thread_safety() -> None:
    memory = FormatMemory()
    barrier = threading.Barrier(8)

    def work(i: int) -> None:
        barrier.wait()
        for j in range(200):
            memory.set(f"https://h{j % 5}.test", "old" if (i + j) % 2 else "new")
            memory.get(f"https://h{j % 5}.test")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(memory.get(f"https://h{k}.test") in ("new", "old") for k in range(5))
