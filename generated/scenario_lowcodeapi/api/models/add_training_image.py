from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.add_training_image_body import AddTrainingImageBody
from ...models.post_models_training_images_by_model_id_response import PostModelsTrainingImagesByModelIdResponse
from ...types import Response

_ROUTE = Route(
    method="POST",
    path="/v1/models/{modelId}/training-images",
    old_path="/v1/models/modelId/training-images",
    path_params=("modelId",),
)


def _get_kwargs(
    model_id: str,
    *,
    body: AddTrainingImageBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": str(model_id),
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PostModelsTrainingImagesByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, PostModelsTrainingImagesByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        body (AddTrainingImageBody):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PostModelsTrainingImagesByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> PostModelsTrainingImagesByModelIdResponse:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        body (AddTrainingImageBody):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PostModelsTrainingImagesByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PostModelsTrainingImagesByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        body (AddTrainingImageBody):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PostModelsTrainingImagesByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> PostModelsTrainingImagesByModelIdResponse:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        body (AddTrainingImageBody):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PostModelsTrainingImagesByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PostModelsTrainingImagesByModelIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> PostModelsTrainingImagesByModelIdResponse:
    return parse_model(response, PostModelsTrainingImagesByModelIdResponse.from_dict)


def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        ),
        _parse_ok,
    )
