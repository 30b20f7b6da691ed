"""A small user script, checked with `mypy --strict` by `make test`: the resource client is typed end to end."""

from __future__ import annotations

from pathlib import Path

from scenario_lowcodeapi import AsyncScenario, NotFoundError, Scenario, SyncPage, Unset
from scenario_lowcodeapi.models import Inference, Model


def newest_model_names(client: Scenario, limit: int = 10) -> list[str]:
    names: list[str] = []
    page: SyncPage[Model] = client.models.list(page_size=limit)
    for model in page:
        names.append(model.name if isinstance(model.name, str) else model.id)
        if len(names) >= limit:
            break
    return names


def generate(client: Scenario, model_id: str, prompt: str) -> Inference:
    created = client.inferences.create(model_id, parameters={"type": "txt2img", "prompt": prompt})
    return client.with_options(timeout=30.0).inferences.wait(model_id, created.inference.id, timeout=300)


def cut_out(client: Scenario, image: Path) -> bytes | None:
    return client.images.erase_background(image=image, return_image=True).image_bytes()


def status_of(client: Scenario, model_id: str) -> str:
    try:
        status = client.models.get(model_id).model.status
    except NotFoundError as exc:
        return f"missing ({exc.status_code})"
    return "unknown" if isinstance(status, Unset) else str(status)


async def count_tags(client: AsyncScenario) -> int:
    count = 0
    async for _tag in client.tags.list(page_size=50):
        count += 1
    return count


def original_assets(client: Scenario, model_id: str) -> Model:
    """Per-call options: extra query parameters, headers and body keys, and this call's timeout (None: none)."""
    return client.models.get(
        model_id, extra_query={"originalAssets": "true"}, extra_headers={"x-trace-id": "t1"}, timeout=None
    ).model


async def original_assets_async(client: AsyncScenario, model_id: str) -> Model:
    from scenario_lowcodeapi.api.models import get_model

    got = await get_model.asyncio(model_id, client=client.client, extra_query={"originalAssets": "true"}, timeout=5)
    return got.model
