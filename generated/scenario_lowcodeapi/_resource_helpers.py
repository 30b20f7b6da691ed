"""Hand-written helpers the generated resource classes mix in: waiting for work, images in and out.

``Inferences`` gets ``wait`` and ``download_images``; ``Models`` gets ``wait_for_training``. The
polling and image logic lives in ``_wait`` and ``_images``; this module binds it to operations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import NOT_GIVEN, Client, NotGiven, attempt_deadline, call_deadline, request_limit
from ._images import ImageInput, adownload, download, image_arguments, image_data
from ._options import Headers, Query
from ._wait import (
    INFERENCE_FAILED,
    INFERENCE_SUCCEEDED,
    TRAINING_FAILED,
    TRAINING_SUCCEEDED,
    InferenceFailedError,
    TrainingFailedError,
    async_wait_for,
    wait_for,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models import Inference, Model

__all__ = [
    "AsyncInferencesHelpers",
    "AsyncModelsHelpers",
    "ImageInput",
    "InferencesHelpers",
    "ModelsHelpers",
    "image_body_fields",
    "image_data_field",
]


def image_body_fields(image: ImageInput | Unset, asset_id: str | Unset) -> tuple[str | Unset, str | Unset]:
    """(image, assetId) body fields from one image argument: a data URL, an asset ID, a path or bytes."""
    if isinstance(image, Unset):
        return UNSET, asset_id
    data_url, asset = image_arguments(image)
    if asset is not None and isinstance(asset_id, Unset):
        asset_id = asset
    return (data_url if data_url is not None else UNSET), asset_id


def image_data_field(value: ImageInput | Unset) -> str | Unset:
    """A body field that only takes image data: paths and bytes become a data URL, strings pass through."""
    return UNSET if isinstance(value, Unset) else image_data(value)


def _options(
    extra_query: Query | None, extra_headers: Headers | None, timeout: float | httpx.Timeout | None | NotGiven
) -> dict[str, Any]:
    """The per-call options a helper passes to each request it makes (polls included)."""
    return {"extra_query": extra_query, "extra_headers": extra_headers, "timeout": timeout}


def _download_limit(client: Client, request_timeout: float | httpx.Timeout | None | NotGiven) -> float | None:
    """Seconds one image download may take: the per-request deadline (``request_timeout`` if a number, else the
    client's), capped at what is left of the enclosing call's ``timeout``."""
    if isinstance(request_timeout, NotGiven):
        limit = client._deadline
    elif isinstance(request_timeout, (int, float)) and not isinstance(request_timeout, bool):
        limit = attempt_deadline(request_timeout)
    else:
        limit = None
    return request_limit(limit)


def _status(obj: Inference | Model) -> str:
    status = obj.status
    return "" if isinstance(status, Unset) else str(status)


def _inference_failure(model_id: str, inference_id: str) -> Callable[[Inference, str], Exception]:
    def failure(inference: Inference, status: str) -> Exception:
        return InferenceFailedError(
            f"inference {inference_id} of model {model_id} ended as {status}", inference=inference, status=status
        )

    return failure


def _training_failure(model_id: str) -> Callable[[Model, str], Exception]:
    def failure(model: Model, status: str) -> Exception:
        return TrainingFailedError(f"training of model {model_id} ended as {status}", model=model, status=status)

    return failure


def _image_stem(image_id: str, index: int) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", image_id) or f"image_{index}"


class InferencesHelpers:
    _client: Client

    def wait(
        self,
        model_id: str,
        inference_id: str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[Inference], None] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Inference:
        """Poll the inference until it ends. Returns it when ``succeeded``.

        ``timeout`` bounds the whole wait: a poll after the first is cut at it (the first always runs, bounded by its
        own request timeout); ``extra_query``, ``extra_headers`` and ``request_timeout`` (one request's timeout,
        ``None`` for none) apply to every poll.

        Raises:
            InferenceFailedError: it ended ``failed`` or ``canceled`` (the inference is on ``.inference``).
            WaitTimeoutError: ``timeout`` seconds passed first (the last inference seen is on ``.last``).
        """
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)

        def fetch() -> Inference:
            return get_inference.sync(model_id, inference_id, client=self._client, **options).inference

        return wait_for(
            fetch,
            _status,
            succeeded=INFERENCE_SUCCEEDED,
            failed=INFERENCE_FAILED,
            on_failure=_inference_failure(model_id, inference_id),
            what=f"inference {inference_id}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    def download_images(
        self,
        model_id: str,
        inference_id: str,
        folder: str | Path,
        *,
        timeout: float | None = 600.0,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Download every image of a finished inference into ``folder`` (created if needed); returns the paths.

        Images come from Scenario's CDN URLs; the LowCodeAPI token is never sent there, nor are ``extra_query`` and
        ``extra_headers`` (they apply to the request for the inference). ``request_timeout`` bounds that request
        and each download (default: the client's timeout); ``timeout`` the whole call (``None``: no bound). An
        image longer than the client's ``max_response_bytes`` raises :class:`ResponseTooLargeError`.
        """
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)
        client = self._client
        with call_deadline(timeout):
            inference = get_inference.sync(model_id, inference_id, client=client, **options).inference
            images = [] if isinstance(inference.images, Unset) else inference.images
            http = client.get_httpx_client()
            return [
                download(
                    http,
                    image.url,
                    Path(folder),
                    _image_stem(image.id, i),
                    limit=_download_limit(client, request_timeout),
                    max_bytes=client.max_response_bytes,
                )
                for i, image in enumerate(images)
                if isinstance(image.url, str) and image.url
            ]


class AsyncInferencesHelpers:
    _client: Client

    async def wait(
        self,
        model_id: str,
        inference_id: str,
        *,
        timeout: float | None = 600.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        on_progress: Callable[[Inference], None] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Inference:
        """Poll the inference until it ends (async). See ``Inferences.wait``."""
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)

        async def fetch() -> Inference:
            return (await get_inference.asyncio(model_id, inference_id, client=self._client, **options)).inference

        return await async_wait_for(
            fetch,
            _status,
            succeeded=INFERENCE_SUCCEEDED,
            failed=INFERENCE_FAILED,
            on_failure=_inference_failure(model_id, inference_id),
            what=f"inference {inference_id}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )

    async def download_images(
        self,
        model_id: str,
        inference_id: str,
        folder: str | Path,
        *,
        timeout: float | None = 600.0,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Download every image of a finished inference into ``folder`` (async). See ``Inferences.download_images``."""
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)
        client = self._client
        with call_deadline(timeout):
            inference = (await get_inference.asyncio(model_id, inference_id, client=client, **options)).inference
            images = [] if isinstance(inference.images, Unset) else inference.images
            http = client.get_async_httpx_client()
            return [
                await adownload(
                    http,
                    image.url,
                    Path(folder),
                    _image_stem(image.id, i),
                    limit=_download_limit(client, request_timeout),
                    max_bytes=client.max_response_bytes,
                )
                for i, image in enumerate(images)
                if isinstance(image.url, str) and image.url
            ]


class ModelsHelpers:
    _client: Client

    def wait_for_training(
        self,
        model_id: str,
        *,
        timeout: float | None = 3600.0,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[Model], None] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Poll the model until its training ends. Returns it when ``trained``.

        ``timeout`` bounds the whole wait; ``extra_query``, ``extra_headers`` and ``request_timeout`` apply to
        every poll.

        Raises:
            TrainingFailedError: training ended ``failed`` or ``training-canceled`` (the model is on ``.model``).
            WaitTimeoutError: ``timeout`` seconds passed first.
        """
        from .api.models import get_model

        options = _options(extra_query, extra_headers, request_timeout)

        def fetch() -> Model:
            return get_model.sync(model_id, client=self._client, **options).model

        return wait_for(
            fetch,
            _status,
            succeeded=TRAINING_SUCCEEDED,
            failed=TRAINING_FAILED,
            on_failure=_training_failure(model_id),
            what=f"training of model {model_id}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )


class AsyncModelsHelpers:
    _client: Client

    async def wait_for_training(
        self,
        model_id: str,
        *,
        timeout: float | None = 3600.0,
        poll_interval: float = 5.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[Model], None] | None = None,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        request_timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Poll the model until its training ends (async). See ``Models.wait_for_training``."""
        from .api.models import get_model

        options = _options(extra_query, extra_headers, request_timeout)

        async def fetch() -> Model:
            return (await get_model.asyncio(model_id, client=self._client, **options)).model

        return await async_wait_for(
            fetch,
            _status,
            succeeded=TRAINING_SUCCEEDED,
            failed=TRAINING_FAILED,
            on_failure=_training_failure(model_id),
            what=f"training of model {model_id}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            on_progress=on_progress,
        )
