from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.delete_models_inferences_images_by_model_id_and_inference_id_and_image_id_response import (
    DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
)
from ...types import Response

_ROUTE = Route(
    method="DELETE",
    path="/v1/models/{modelId}/inferences/{inferenceId}/images/{imageId}",
    old_path="/v1/models/modelId/inferences/inferenceId/images/imageId",
    path_params=(
        "modelId",
        "inferenceId",
        "imageId",
    ),
)


def _get_kwargs(
    model_id: str,
    inference_id: str,
    image_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": str(model_id),
            "inferenceId": str(inference_id),
            "imageId": str(image_id),
        },
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.from_dict)
    return None


def _build_response(
    response: httpx.Response,
) -> Response[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> Response[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
    """Delete an image from an inference

     Delete an image from an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
        )
    )


def sync(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
    """Delete an image from an inference

     Delete an image from an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            inference_id=inference_id,
            image_id=image_id,
        ),
    )
    raise_for_status(response)
    return parse_model(response, DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> Response[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
    """Delete an image from an inference

     Delete an image from an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
        )
    )


async def asyncio(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
    """Delete an image from an inference

     Delete an image from an inference.

    Args:
        model_id (str):
        inference_id (str):
        image_id (str):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            inference_id=inference_id,
            image_id=image_id,
        ),
    )
    raise_for_status(response)
    return parse_model(response, DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
    return parse_model(response, DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.from_dict)


def sync_raw(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
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
        ),
        _parse_ok,
    )


async def asyncio_raw(
    model_id: str,
    inference_id: str,
    image_id: str,
    *,
    client: Client,
) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                inference_id=inference_id,
                image_id=image_id,
            ),
        ),
        _parse_ok,
    )
