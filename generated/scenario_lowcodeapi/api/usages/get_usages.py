from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.get_usages_response import GetUsagesResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/usages",
    old_path=None,
    path_params=(),
)


def _get_kwargs(
    *,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeRange"] = time_range

    params["startDate"] = start_date

    params["endDate"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GetUsagesResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, GetUsagesResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[GetUsagesResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[GetUsagesResponse]:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetUsagesResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                time_range=time_range,
                start_date=start_date,
                end_date=end_date,
            ),
        )
    )


def sync(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> GetUsagesResponse:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetUsagesResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetUsagesResponse.from_dict)


async def asyncio_detailed(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> Response[GetUsagesResponse]:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetUsagesResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                time_range=time_range,
                start_date=start_date,
                end_date=end_date,
            ),
        )
    )


async def asyncio(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> GetUsagesResponse:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetUsagesResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetUsagesResponse.from_dict)


def _parse_ok(response: httpx.Response) -> GetUsagesResponse:
    return parse_model(response, GetUsagesResponse.from_dict)


def sync_raw(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> APIResponse[GetUsagesResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                time_range=time_range,
                start_date=start_date,
                end_date=end_date,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
) -> APIResponse[GetUsagesResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                time_range=time_range,
                start_date=start_date,
                end_date=end_date,
            ),
        ),
        _parse_ok,
    )
