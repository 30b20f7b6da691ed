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
from ...models.get_models_response import GetModelsResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/models",
    old_path=None,
    path_params=(),
    retry="safe",
)


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["privacy"] = privacy

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    json_original_assets: bool | str | Unset
    if isinstance(original_assets, Unset):
        json_original_assets = UNSET
    else:
        json_original_assets = original_assets
    params["originalAssets"] = json_original_assets

    json_blacklisted: bool | str | Unset
    if isinstance(blacklisted, Unset):
        json_blacklisted = UNSET
    else:
        json_blacklisted = blacklisted
    params["blacklisted"] = json_blacklisted

    params["collectionId"] = collection_id

    json_loaded_only: bool | str | Unset
    if isinstance(loaded_only, Unset):
        json_loaded_only = UNSET
    else:
        json_loaded_only = loaded_only
    params["loadedOnly"] = json_loaded_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "params": params,
    }
    return _kwargs


def _parse_ok(response: httpx.Response) -> GetModelsResponse:
    return parse_model(response, GetModelsResponse.from_dict)


def _parse_response(response: httpx.Response) -> GetModelsResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[GetModelsResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetModelsResponse]:
    """List all models

     List all models.

    Args:
        status (str | Unset):
        privacy (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):
        original_assets (bool | str | Unset):
        blacklisted (bool | str | Unset):
        collection_id (str | Unset):
        loaded_only (bool | str | Unset):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=pagination_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
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
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetModelsResponse:
    """List all models

     List all models.

    Args:
        status (str | Unset):
        privacy (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):
        original_assets (bool | str | Unset):
        blacklisted (bool | str | Unset):
        collection_id (str | Unset):
        loaded_only (bool | str | Unset):
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
        GetModelsResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            status=status,
            privacy=privacy,
            page_size=page_size,
            pagination_token=pagination_token,
            original_assets=original_assets,
            blacklisted=blacklisted,
            collection_id=collection_id,
            loaded_only=loaded_only,
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
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[GetModelsResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=pagination_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
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
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[GetModelsResponse]:
    """List all models

     List all models.

    Args:
        status (str | Unset):
        privacy (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):
        original_assets (bool | str | Unset):
        blacklisted (bool | str | Unset):
        collection_id (str | Unset):
        loaded_only (bool | str | Unset):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=pagination_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
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
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> GetModelsResponse:
    """List all models

     List all models.

    Args:
        status (str | Unset):
        privacy (str | Unset):
        page_size (int | Unset):
        pagination_token (str | Unset):
        original_assets (bool | str | Unset):
        blacklisted (bool | str | Unset):
        collection_id (str | Unset):
        loaded_only (bool | str | Unset):
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
        GetModelsResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            status=status,
            privacy=privacy,
            page_size=page_size,
            pagination_token=pagination_token,
            original_assets=original_assets,
            blacklisted=blacklisted,
            collection_id=collection_id,
            loaded_only=loaded_only,
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
    status: str | Unset = UNSET,
    privacy: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
    original_assets: bool | str | Unset = UNSET,
    blacklisted: bool | str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    loaded_only: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[GetModelsResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=pagination_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )
