from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.post_models_inferences_by_model_id_request import PostModelsInferencesByModelIdRequest
from ...models.post_models_inferences_by_model_id_response import PostModelsInferencesByModelIdResponse
from ...types import Response

_ROUTE = Route(
    method="POST",
    path="/v1/models/{modelId}/inferences",
    old_path="/v1/models/modelId/inferences",
    path_params=("modelId",),
)


def _get_kwargs(
    model_id: str,
    *,
    body: PostModelsInferencesByModelIdRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": str(model_id),
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PostModelsInferencesByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, PostModelsInferencesByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[PostModelsInferencesByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: PostModelsInferencesByModelIdRequest,
) -> Response[PostModelsInferencesByModelIdResponse]:
    """Create a new inference for a specific model

     Create a new inference for a specific model.

    Args:
        model_id (str):
        body (PostModelsInferencesByModelIdRequest):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PostModelsInferencesByModelIdResponse]
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
    body: PostModelsInferencesByModelIdRequest,
) -> PostModelsInferencesByModelIdResponse:
    """Create a new inference for a specific model

     Create a new inference for a specific model.

    Args:
        model_id (str):
        body (PostModelsInferencesByModelIdRequest):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PostModelsInferencesByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PostModelsInferencesByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    body: PostModelsInferencesByModelIdRequest,
) -> Response[PostModelsInferencesByModelIdResponse]:
    """Create a new inference for a specific model

     Create a new inference for a specific model.

    Args:
        model_id (str):
        body (PostModelsInferencesByModelIdRequest):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PostModelsInferencesByModelIdResponse]
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
    body: PostModelsInferencesByModelIdRequest,
) -> PostModelsInferencesByModelIdResponse:
    """Create a new inference for a specific model

     Create a new inference for a specific model.

    Args:
        model_id (str):
        body (PostModelsInferencesByModelIdRequest):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PostModelsInferencesByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PostModelsInferencesByModelIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> PostModelsInferencesByModelIdResponse:
    return parse_model(response, PostModelsInferencesByModelIdResponse.from_dict)


def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PostModelsInferencesByModelIdRequest,
) -> APIResponse[PostModelsInferencesByModelIdResponse]:
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
    body: PostModelsInferencesByModelIdRequest,
) -> APIResponse[PostModelsInferencesByModelIdResponse]:
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
