from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.get_models_classes_by_model_id_response import GetModelsClassesByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/models/{modelId}/classes",
    old_path="/v1/models/modelId/classes",
    path_params=("modelId",),
)


def _get_kwargs(
    model_id: str,
    *,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

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


def _parse_response(response: httpx.Response) -> GetModelsClassesByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, GetModelsClassesByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[GetModelsClassesByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetModelsClassesByModelIdResponse]:
    """List all classes for a model and category

     List all classes for a model and category.

    Args:
        model_id (str):
        category (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsClassesByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                category=category,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetModelsClassesByModelIdResponse:
    """List all classes for a model and category

     List all classes for a model and category.

    Args:
        model_id (str):
        category (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsClassesByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            category=category,
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsClassesByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetModelsClassesByModelIdResponse]:
    """List all classes for a model and category

     List all classes for a model and category.

    Args:
        model_id (str):
        category (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsClassesByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                category=category,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetModelsClassesByModelIdResponse:
    """List all classes for a model and category

     List all classes for a model and category.

    Args:
        model_id (str):
        category (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsClassesByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            category=category,
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsClassesByModelIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> GetModelsClassesByModelIdResponse:
    return parse_model(response, GetModelsClassesByModelIdResponse.from_dict)


def sync_raw(
    model_id: str,
    *,
    client: Client,
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetModelsClassesByModelIdResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                category=category,
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
    category: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetModelsClassesByModelIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                category=category,
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        ),
        _parse_ok,
    )
