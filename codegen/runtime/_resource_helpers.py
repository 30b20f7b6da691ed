# Why this module is long: codegen reads the resource mixins for api.md from this one file (extras.mixin_helpers),
# and each sync mixin sits beside its async twin so that the two stay alike.
"""Hand-written helpers the generated resource classes mix in: waiting for work, images in and out.

``Inferences`` gets ``wait``, ``download_images``, ``batch`` and ``estimate_batch``; ``Models`` gets
``wait_for_training``. The polling, image and batch logic lives in ``_wait``, ``_images``, ``_downloads`` and
``_batch``; this module binds it to operations.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import NOT_GIVEN, Client, NotGiven
from ._budget import attempt_deadline, call_deadline, request_limit
from ._images import ImageInput, image_arguments, image_data
from ._options import Headers, Query
from ._wait import (
    INFERENCE_FAILED,
    INFERENCE_SUCCEEDED,
    TRAINING_FAILED,
    TRAINING_SUCCEEDED,
    InferenceFailedError,
    InferenceNotSucceededError,
    TrainingFailedError,
    async_wait_for,
    wait_for,
)
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._batch import BatchEstimate, BatchProgress, BatchResult
    from .models import GenerationParameters, Inference, Model
    from .request_types import GenerationParametersDict

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
    """(image, assetId) body fields from one image argument: a data URL, an asset ID, a path or bytes.

    Neither ``image`` nor ``asset_id`` is a ``ValueError`` (the operation cannot work: nothing is sent)."""
    if isinstance(image, Unset):
        if isinstance(asset_id, Unset):
            raise ValueError("pass image= (a data URL, an asset ID, bytes or a pathlib.Path) or asset_id=: got neither")
        return UNSET, asset_id
    data_url, asset = image_arguments(image)
    if asset is not None and isinstance(asset_id, Unset):
        asset_id = asset
    return (data_url if data_url is not None else UNSET), asset_id


def image_data_field(value: ImageInput | Unset, *, needed: bool = False) -> str | Unset:
    """A body field that only takes image data: paths and bytes become a data URL, strings pass through. ``needed``:
    the operation works on this image, so leaving it out is a ``ValueError`` (nothing is sent)."""
    if isinstance(value, Unset):
        if needed:
            raise ValueError("pass data= (a data URL, bytes or a pathlib.Path): the operation needs an image")
        return UNSET
    return image_data(value)


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


def _downloadable(model_id: str, inference_id: str, inference: Inference) -> list[tuple[str, str]]:
    """(URL, file stem) of each image of a succeeded inference; any other status raises
    :class:`InferenceNotSucceededError` naming it (an unfinished inference has no images yet)."""
    status = _status(inference)
    if status not in INFERENCE_SUCCEEDED:
        raise InferenceNotSucceededError(
            f"inference {inference_id} of model {model_id} is {status or 'of unknown status'}, not succeeded: "
            "it has no images to download"
            + (" yet (wait for it first: inferences.wait)" if status not in INFERENCE_FAILED else ""),
            inference=inference,
            status=status,
        )
    images = [] if isinstance(inference.images, Unset) else inference.images
    return [
        (image.url, _image_stem(image.id, i))
        for i, image in enumerate(images)
        if isinstance(image.url, str) and image.url
    ]


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
        """Download every image of a succeeded inference into ``folder`` (created if needed); returns the paths.

        Each image is written to a temporary name and renamed when complete, as ``<image id><ext>``; an image whose
        file is already there (a complete one: partial files never have the final name) is not downloaded again.
        Images come from Scenario's CDN URLs; the LowCodeAPI token is never sent there, nor are ``extra_query`` and
        ``extra_headers`` (they apply to the request for the inference). ``request_timeout`` bounds that request
        and each download (default: the client's timeout); ``timeout`` the whole call (``None``: no bound). An
        image longer than the client's ``max_response_bytes`` raises :class:`ResponseTooLargeError`.

        Raises:
            InferenceNotSucceededError: the inference is not ``succeeded`` (its ``status`` is named).
        """
        from ._downloads import download
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)
        client = self._client
        with call_deadline(timeout):
            inference = get_inference.sync(model_id, inference_id, client=client, **options).inference
            http = client.get_httpx_client()
            return [
                download(
                    http,
                    url,
                    Path(folder),
                    stem,
                    limit=_download_limit(client, request_timeout),
                    max_bytes=client.max_response_bytes,
                    skip_existing=True,
                )
                for url, stem in _downloadable(model_id, inference_id, inference)
            ]

    def batch(
        self,
        model_id: str,
        requests: Sequence[GenerationParameters | GenerationParametersDict],
        *,
        out_dir: str | os.PathLike[str],
        journal: str | os.PathLike[str] | None = None,
        concurrency: int = 4,
        max_cost: float | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        resend_unknown: bool = False,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        wait_timeout: float | None = 600.0,
    ) -> BatchResult:
        """Generate every request, wait for it and download its images into ``out_dir``: once, however often the
        batch is interrupted and re-run with the same journal.

        ``requests`` are what ``create`` takes as ``parameters`` (dicts or ``GenerationParameters``), all checked
        before anything is sent. Each state change is appended to ``journal`` (default
        ``out_dir/scenario-batch.jsonl``) and flushed to disk: a re-run skips what is downloaded, waits for what is
        created, and never re-sends a create whose answer was lost (it finds the inference Scenario made, or reports
        the item ``unknown`` until ``resend_unknown=True``). At most ``concurrency`` requests are in flight; a 429
        slows the batch down. With ``max_cost``, every request is dry-run first (free) and
        :class:`BudgetExceededError` is raised before any paid request if the total would pass it. ``on_progress``
        gets a :class:`BatchProgress` after each change (from the batch's worker thread). Files are named
        ``<request key>-<image index><ext>``. Per-item failures do not stop the others: see the result's items.

        Raises:
            BudgetExceededError: the estimate is above ``max_cost`` (nothing was sent).
            JournalLockedError: another batch is using the journal.
        """
        from ._batch import batch

        return batch(
            self._client,
            model_id,
            requests,
            out_dir=out_dir,
            journal=journal,
            concurrency=concurrency,
            max_cost=max_cost,
            on_progress=on_progress,
            resend_unknown=resend_unknown,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            wait_timeout=wait_timeout,
        )

    def estimate_batch(
        self,
        model_id: str,
        requests: Sequence[GenerationParameters | GenerationParametersDict],
        *,
        concurrency: int = 4,
        journal: str | os.PathLike[str] | None = None,
    ) -> BatchEstimate:
        """Dry-run every request (free: nothing is created) and return the costs Scenario announces. With
        ``journal`` (a batch's journal, e.g. ``out_dir / "scenario-batch.jsonl"``), the requests it says were
        created already are not dry-run: they cost nothing more (``BatchEstimate.already_created``)."""
        from ._batch import estimate_batch

        return estimate_batch(self._client, model_id, requests, concurrency=concurrency, journal=journal)


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
        from ._downloads import adownload
        from .api.inferences import get_inference

        options = _options(extra_query, extra_headers, request_timeout)
        client = self._client
        with call_deadline(timeout):
            inference = (await get_inference.asyncio(model_id, inference_id, client=client, **options)).inference
            http = client.get_async_httpx_client()
            return [
                await adownload(
                    http,
                    url,
                    Path(folder),
                    stem,
                    limit=_download_limit(client, request_timeout),
                    max_bytes=client.max_response_bytes,
                    skip_existing=True,
                )
                for url, stem in _downloadable(model_id, inference_id, inference)
            ]

    async def batch(
        self,
        model_id: str,
        requests: Sequence[GenerationParameters | GenerationParametersDict],
        *,
        out_dir: str | os.PathLike[str],
        journal: str | os.PathLike[str] | None = None,
        concurrency: int = 4,
        max_cost: float | None = None,
        on_progress: Callable[[BatchProgress], None] | None = None,
        resend_unknown: bool = False,
        poll_interval: float = 1.0,
        max_poll_interval: float = 10.0,
        wait_timeout: float | None = 600.0,
    ) -> BatchResult:
        """Generate every request, wait for it and download its images into ``out_dir``: once, however often the
        batch is interrupted and re-run with the same journal.

        ``requests`` are what ``create`` takes as ``parameters`` (dicts or ``GenerationParameters``), all checked
        before anything is sent. Each state change is appended to ``journal`` (default
        ``out_dir/scenario-batch.jsonl``) and flushed to disk: a re-run skips what is downloaded, waits for what is
        created, and never re-sends a create whose answer was lost (it finds the inference Scenario made, or reports
        the item ``unknown`` until ``resend_unknown=True``). At most ``concurrency`` requests are in flight; a 429
        slows the batch down. With ``max_cost``, every request is dry-run first (free) and
        :class:`BudgetExceededError` is raised before any paid request if the total would pass it. ``on_progress``
        gets a :class:`BatchProgress` after each change (on the event loop). Files are named
        ``<request key>-<image index><ext>``. Per-item failures do not stop the others: see the result's items.

        Raises:
            BudgetExceededError: the estimate is above ``max_cost`` (nothing was sent).
            JournalLockedError: another batch is using the journal.
        """
        from ._batch import abatch

        return await abatch(
            self._client,
            model_id,
            requests,
            out_dir=out_dir,
            journal=journal,
            concurrency=concurrency,
            max_cost=max_cost,
            on_progress=on_progress,
            resend_unknown=resend_unknown,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            wait_timeout=wait_timeout,
        )

    async def estimate_batch(
        self,
        model_id: str,
        requests: Sequence[GenerationParameters | GenerationParametersDict],
        *,
        concurrency: int = 4,
        journal: str | os.PathLike[str] | None = None,
    ) -> BatchEstimate:
        """Dry-run every request (free: nothing is created) and return the costs Scenario announces. With
        ``journal`` (a batch's journal, e.g. ``out_dir / "scenario-batch.jsonl"``), the requests it says were
        created already are not dry-run: they cost nothing more (``BatchEstimate.already_created``)."""
        from ._batch import aestimate_batch

        return await aestimate_batch(self._client, model_id, requests, concurrency=concurrency, journal=journal)


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
