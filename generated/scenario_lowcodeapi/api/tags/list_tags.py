from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.get_tags_response import GetTagsResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/tags",
    old_path=None,
    path_params=(),
)


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GetTagsResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, GetTagsResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[GetTagsResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetTagsResponse]:
    """List all tags

     List all tags.

    Args:
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetTagsResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


def sync(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetTagsResponse:
    """List all tags

     List all tags.

    Args:
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetTagsResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetTagsResponse.from_dict)


async def asyncio_detailed(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetTagsResponse]:
    """List all tags

     List all tags.

    Args:
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetTagsResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        )
    )


async def asyncio(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetTagsResponse:
    """List all tags

     List all tags.

    Args:
        page_size (int | Unset):
        pagination_token (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetTagsResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            page_size=page_size,
            pagination_token=pagination_token,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetTagsResponse.from_dict)


def _parse_ok(response: httpx.Response) -> GetTagsResponse:
    return parse_model(response, GetTagsResponse.from_dict)


def sync_raw(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetTagsResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    *,
    client: Client,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> APIResponse[GetTagsResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                page_size=page_size,
                pagination_token=pagination_token,
            ),
        ),
        _parse_ok,
    )
