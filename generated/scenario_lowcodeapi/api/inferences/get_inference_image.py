from collections.abc import Mapping
from typing import Any

import httpx

from ..._base_client import NOT_GIVEN, Client, NotGiven
from ..._response import (
    APIResponse,
    build_response,
    parse_model_or_bytes,
    raise_for_status,
    raw_response,
)
from ..._routing import Route
from ...models.get_models_inferences_images_by_model_id_and_inference_id_and_image_id_response import (
    GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
)
from ...types import Response

_ROUTE = Route(
    method="GET",
    path="/v1/models/{modelId}/inferences/{inferenceId}/images/{imageId}",
    old_path="/v1/models/modelId/inferences/inferenceId/images/imageId",
    path_params=(
        "modelId",
        "inferenceId",
        "imageId",
    ),
    retry="safe",
)


def _get_kwargs(
    model_id: str,
    inference_id: str,
    image_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": model_id,
            "inferenceId": inference_id,
            "imageId": image_id,
        },
    }
    return _kwargs


def _parse_ok(response: httpx.Response) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
    return parse_model_or_bytes(response, GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.from_dict)


def _parse_response(
    response: httpx.Response,
) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(
    response: httpx.Response,
) -> Response[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
    """Get a particular image of an inference

     Get a particular image of an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


def sync(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
    """Get a particular image of an inference

     Get a particular image of an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            inference_id=inference_id,
            image_id=image_id,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


def sync_raw(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )


async def asyncio_detailed(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
    """Get a particular image of an inference

     Get a particular image of an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


async def asyncio(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
    """Get a particular image of an inference

     Get a particular image of an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            inference_id=inference_id,
            image_id=image_id,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


async def asyncio_raw(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )
