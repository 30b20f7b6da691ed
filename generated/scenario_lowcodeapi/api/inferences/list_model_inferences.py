from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.get_models_inferences_by_model_id_response import GetModelsInferencesByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/models/{modelId}/inferences",
    old_path="/v1/models/modelId/inferences",
    path_params=("modelId",),
)


def _get_kwargs(
    model_id: str,
    *,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": str(model_id),
        },
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GetModelsInferencesByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, GetModelsInferencesByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[GetModelsInferencesByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetModelsInferencesByModelIdResponse]:
    """Get all inferences for a particular model

     Get all inferences for a particular model.

    Args:
        model_id (str):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsInferencesByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetModelsInferencesByModelIdResponse:
    """Get all inferences for a particular model

     Get all inferences for a particular model.

    Args:
        model_id (str):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsInferencesByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsInferencesByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetModelsInferencesByModelIdResponse]:
    """Get all inferences for a particular model

     Get all inferences for a particular model.

    Args:
        model_id (str):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsInferencesByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetModelsInferencesByModelIdResponse:
    """Get all inferences for a particular model

     Get all inferences for a particular model.

    Args:
        model_id (str):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsInferencesByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsInferencesByModelIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> GetModelsInferencesByModelIdResponse:
    return parse_model(response, GetModelsInferencesByModelIdResponse.from_dict)


def sync_raw(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetModelsInferencesByModelIdResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetModelsInferencesByModelIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        ),
        _parse_ok,
    )
