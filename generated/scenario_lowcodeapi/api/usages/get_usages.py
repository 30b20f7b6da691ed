from collections.abc import Mapping
from typing import Any

import httpx

from ..._base_client import NOT_GIVEN, Client, NotGiven
from ..._response import (
    APIResponse,
    build_response,
    parse_model,
    raise_for_status,
    raw_response,
)
from ..._routing import Route
from ...models.get_usages_response import GetUsagesResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/usages",
    old_path=None,
    path_params=(),
    retry="safe",
)


def _get_kwargs(
    *,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeRange"] = time_range

    params["startDate"] = start_date

    params["endDate"] = end_date

    params["userId"] = user_id

    params["activityOffset"] = activity_offset

    params["userIds"] = user_ids

    params["type"] = type_

    params["projectIds"] = project_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "params": params,
    }
    return _kwargs


def _parse_ok(response: httpx.Response) -> GetUsagesResponse:
    return parse_model(response, GetUsagesResponse.from_dict)


def _parse_response(response: httpx.Response) -> GetUsagesResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[GetUsagesResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetUsagesResponse]:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        user_id (str | Unset):
        activity_offset (str | Unset):
        user_ids (str | Unset):
        type_ (str | Unset):
        project_ids (str | Unset):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

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
                user_id=user_id,
                activity_offset=activity_offset,
                user_ids=user_ids,
                type_=type_,
                project_ids=project_ids,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


def sync(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetUsagesResponse:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        user_id (str | Unset):
        activity_offset (str | Unset):
        user_ids (str | Unset):
        type_ (str | Unset):
        project_ids (str | Unset):
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
        GetUsagesResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


def sync_raw(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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
                user_id=user_id,
                activity_offset=activity_offset,
                user_ids=user_ids,
                type_=type_,
                project_ids=project_ids,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )


async def asyncio_detailed(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetUsagesResponse]:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        user_id (str | Unset):
        activity_offset (str | Unset):
        user_ids (str | Unset):
        type_ (str | Unset):
        project_ids (str | Unset):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

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
                user_id=user_id,
                activity_offset=activity_offset,
                user_ids=user_ids,
                type_=type_,
                project_ids=project_ids,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


async def asyncio(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetUsagesResponse:
    """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is
    calculated based on the time range.

     Get usages.

    Args:
        time_range (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        user_id (str | Unset):
        activity_offset (str | Unset):
        user_ids (str | Unset):
        type_ (str | Unset):
        project_ids (str | Unset):
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
        GetUsagesResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


async def asyncio_raw(
    *,
    client: Client,
    time_range: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    activity_offset: str | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[GetUsagesResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                time_range=time_range,
                start_date=start_date,
                end_date=end_date,
                user_id=user_id,
                activity_offset=activity_offset,
                user_ids=user_ids,
                type_=type_,
                project_ids=project_ids,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )
