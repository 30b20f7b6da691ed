"""What a batch asks of Scenario, and where Scenario puts costs: the batch core (``_batch``) talks to Scenario only
through ``_Ops`` (dry run, create, get, list, download). ``_AsyncOps`` awaits the async client's calls;
``_ThreadOps`` runs the sync client's calls in the private event loop's thread pool. The two cost readers
(``_dry_run_cost``, ``_charged_cost``) are the only code that knows which fields carry a cost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ._exceptions import LowCodeAPIError

if TYPE_CHECKING:
    from ._base_client import Client

T = TypeVar("T")

_RECOVERY_PAGES = 20  # pages of 100 inferences searched for a create whose answer was lost

# -- the cost readers: the one place that knows where Scenario puts costs ---------------------------------------


def _dry_run_cost(payload: object) -> float:
    """The cost a dry run announces: ``creativeUnitsCost`` of its answer (``DryRunResponse.to_dict()``). An answer carrying an inference
    means the request was not treated as a dry run (and was paid): that is an error, never a silent estimate."""
    if isinstance(payload, Mapping) and "inference" in payload:
        raise LowCodeAPIError(
            "the dry run was answered with an inference: it was not treated as a dry run (and may have been charged)"
        )
    if isinstance(payload, Mapping):
        cost = payload.get("creativeUnitsCost")
        if isinstance(cost, int | float) and not isinstance(cost, bool):
            return float(cost)
    raise LowCodeAPIError("the dry run answered without a creativeUnitsCost: the cost of this request is unknown")


def _charged_cost(response: object) -> float | None:
    """What a paid create answer says was charged (``creative_units_cost``), ``None`` when it does not say."""
    cost = getattr(response, "creative_units_cost", None)
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        return float(cost)
    return None


# -- what the core needs from Scenario -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    inference_id: str
    created_at: float | None
    parameters: Mapping[str, Any]


class _Ops(Protocol):
    async def dry_run(self, parameters: Any) -> float: ...
    async def create(self, parameters: Any) -> tuple[str, float | None]: ...
    async def get(self, inference_id: str) -> tuple[str, list[tuple[str, str]]]: ...
    async def list_recent(self) -> list[_Found]: ...
    async def download(self, url: str, folder: Path, stem: str) -> Path: ...


def _timestamp(value: object) -> float | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _inference_images(inference: Any) -> list[tuple[str, str]]:
    from .types import Unset

    images = [] if isinstance(inference.images, Unset) else inference.images
    return [(img.id, img.url) for img in images if isinstance(img.url, str) and img.url]


def _found(inference: Any) -> _Found:
    from .types import Unset

    parameters = {} if isinstance(inference.parameters, Unset) else inference.parameters.to_dict()
    return _Found(inference.id, _timestamp(inference.created_at), parameters)


class _AsyncOps:
    def __init__(self, client: Client, model_id: str) -> None:
        self._client = client
        self._model_id = model_id

    def _body(self, parameters: Any) -> Any:
        from .models import PostModelsInferencesByModelIdRequest

        return PostModelsInferencesByModelIdRequest(parameters=parameters)

    async def dry_run(self, parameters: Any) -> float:
        from .api.inferences import create_inference

        answer = await create_inference.asyncio(
            self._model_id, client=self._client, body=self._body(parameters), dry_run=True
        )
        return _dry_run_cost(answer.to_dict())

    async def create(self, parameters: Any) -> tuple[str, float | None]:
        from .api.inferences import create_inference

        answer = await create_inference.asyncio(self._model_id, client=self._client, body=self._body(parameters))
        return answer.inference.id, _charged_cost(answer)

    async def get(self, inference_id: str) -> tuple[str, list[tuple[str, str]]]:
        from ._wait import _status_text
        from .api.inferences import get_inference

        inference = (await get_inference.asyncio(self._model_id, inference_id, client=self._client)).inference
        return _status_text(inference.status), _inference_images(inference)

    async def list_recent(self) -> list[_Found]:
        from .api.inferences import list_model_inferences
        from .types import UNSET

        found: list[_Found] = []
        token: Any = UNSET
        for _ in range(_RECOVERY_PAGES):
            page = await list_model_inferences.asyncio(
                self._model_id, client=self._client, page_size=100, pagination_token=token
            )
            found.extend(_found(i) for i in page.inferences)
            if not isinstance(page.next_pagination_token, str) or not page.next_pagination_token:
                break
            token = page.next_pagination_token
        return found

    async def download(self, url: str, folder: Path, stem: str) -> Path:
        from ._downloads import adownload

        client = self._client
        return await adownload(
            client.get_async_httpx_client(),
            url,
            folder,
            stem,
            limit=client._deadline,
            max_bytes=client.max_response_bytes,
            skip_existing=True,
        )


class _ThreadOps:
    """The sync client's calls, each run in the private loop's thread pool."""

    def __init__(self, client: Client, model_id: str) -> None:
        self._client = client
        self._model_id = model_id
        self._body = _AsyncOps(client, model_id)._body

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(None, fn)

    async def dry_run(self, parameters: Any) -> float:
        from .api.inferences import create_inference

        def call() -> float:
            answer = create_inference.sync(
                self._model_id, client=self._client, body=self._body(parameters), dry_run=True
            )
            return _dry_run_cost(answer.to_dict())

        return await self._call(call)

    async def create(self, parameters: Any) -> tuple[str, float | None]:
        from .api.inferences import create_inference

        def call() -> tuple[str, float | None]:
            answer = create_inference.sync(self._model_id, client=self._client, body=self._body(parameters))
            return answer.inference.id, _charged_cost(answer)

        return await self._call(call)

    async def get(self, inference_id: str) -> tuple[str, list[tuple[str, str]]]:
        from ._wait import _status_text
        from .api.inferences import get_inference

        def call() -> tuple[str, list[tuple[str, str]]]:
            inference = get_inference.sync(self._model_id, inference_id, client=self._client).inference
            return _status_text(inference.status), _inference_images(inference)

        return await self._call(call)

    async def list_recent(self) -> list[_Found]:
        from .api.inferences import list_model_inferences
        from .types import UNSET

        def call() -> list[_Found]:
            found: list[_Found] = []
            token: Any = UNSET
            for _ in range(_RECOVERY_PAGES):
                page = list_model_inferences.sync(
                    self._model_id, client=self._client, page_size=100, pagination_token=token
                )
                found.extend(_found(i) for i in page.inferences)
                if not isinstance(page.next_pagination_token, str) or not page.next_pagination_token:
                    break
                token = page.next_pagination_token
            return found

        return await self._call(call)

    async def download(self, url: str, folder: Path, stem: str) -> Path:
        from ._downloads import download

        client = self._client
        http = client.get_httpx_client()
        return await self._call(
            lambda: download(
                http,
                url,
                folder,
                stem,
                limit=client._deadline,
                max_bytes=client.max_response_bytes,
                skip_existing=True,
            )
        )
