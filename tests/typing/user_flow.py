"""The main flow of docs/getting-started.md plus error handling, as a user would write it. Never run: type-checked by
tests/typing/test_user_scripts.py with mypy --strict and pyright (strict); each ``reveal_type`` line names, in
its ``# expect:`` comment, the concrete type both checkers must show."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import reveal_type

from scenario_lowcodeapi import AsyncScenario, Scenario
from scenario_lowcodeapi.errors import (
    APIConnectionError,
    InferenceFailedError,
    LowCodeAPIError,
    NotFoundError,
    RateLimitError,
    TrainingFailedError,
    WaitTimeoutError,
)

log = logging.getLogger("user")


def main_flow(client: Scenario) -> Path:
    for model in client.models.list(page_size=50):
        reveal_type(model)  # expect: Model
        log.info("%s %s", model.id, model.status)

    response = client.models.get("model_abc")
    reveal_type(response)  # expect: GetModelsByModelIdResponse
    model = response.model
    reveal_type(model)  # expect: Model
    quote = client.inferences.create(model.id, parameters={"type": "txt2img", "prompt": "a red fox"}, dry_run=True)
    reveal_type(quote)  # expect: DryRunResponse
    reveal_type(quote.creative_units_cost)  # expect: float
    job = client.inferences.create(model.id, parameters={"type": "txt2img", "prompt": "a red fox"})
    reveal_type(job.inference)  # expect: Inference
    reveal_type(job.creative_units_cost)  # expect: float | Unset
    done = client.inferences.wait(model.id, job.inference.id, on_progress=lambda i: log.info("%s", i.status))
    reveal_type(done)  # expect: Inference
    paths = client.inferences.download_images(model.id, done.id, "out/")
    reveal_type(paths)  # expect: list[Path]

    cut = client.images.erase_background(image=Path("photo.png"), return_image=True)
    reveal_type(cut)  # expect: PutImagesEraseBackgroundResponse
    return cut.save("photo-no-bg.png")


def raw_and_errors(client: Scenario) -> str | None:
    raw = client.models.with_raw_response.get("model_abc")
    reveal_type(raw)  # expect: APIResponse[GetModelsByModelIdResponse]
    reveal_type(raw.parse())  # expect: GetModelsByModelIdResponse
    reveal_type(raw.retries_taken)  # expect: int
    reveal_type(raw.elapsed)  # expect: timedelta | None
    log.info("%s %s in %s", raw.status_code, raw.http_request.url, raw.elapsed)
    try:
        client.with_options(timeout=5, max_retries=0, headers={"x-trace": "1"}).models.get("nope")
    except NotFoundError as exc:
        reveal_type(exc.status_code)  # expect: int
        return exc.message
    except RateLimitError as exc:
        reveal_type(exc.retry_after)  # expect: float | None
    except APIConnectionError:
        return None
    try:
        client.models.wait_for_training("model_abc", timeout=60)
    except TrainingFailedError as exc:
        reveal_type(exc.model)  # expect: Model
    except WaitTimeoutError as exc:
        reveal_type(exc.last)  # expect: Inference | Model
    try:
        client.inferences.wait("model_abc", "inf_1")
    except InferenceFailedError as exc:
        reveal_type(exc.inference)  # expect: Inference
        return exc.status
    except LowCodeAPIError as exc:
        return str(exc)
    return None


async def async_flow(client: AsyncScenario) -> None:
    response = await client.models.get("model_abc")
    reveal_type(response.model)  # expect: Model
    async for inference in client.inferences.list_for_model("model_abc"):
        reveal_type(inference)  # expect: Inference
    raw = await client.models.with_raw_response.get("model_abc")
    reveal_type(raw.parse())  # expect: GetModelsByModelIdResponse
