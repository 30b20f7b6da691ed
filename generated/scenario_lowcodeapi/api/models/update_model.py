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
from ...models.put_models_by_model_id_request import PutModelsByModelIdRequest
from ...models.put_models_by_model_id_response import PutModelsByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="PUT",
    path="/v1/models/{modelId}",
    old_path="/v1/models/modelId",
    path_params=("modelId",),
    retry="safe",
)


def _get_kwargs(
    model_id: str,
    *,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_original_assets: bool | str | Unset
    if isinstance(original_assets, Unset):
        json_original_assets = UNSET
    else:
        json_original_assets = original_assets
    params["originalAssets"] = json_original_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": model_id,
        },
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_ok(response: httpx.Response) -> PutModelsByModelIdResponse:
    return parse_model(response, PutModelsByModelIdResponse.from_dict)


def _parse_response(response: httpx.Response) -> PutModelsByModelIdResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[PutModelsByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutModelsByModelIdResponse]:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (PutModelsByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PutModelsByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsByModelIdResponse:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (PutModelsByModelIdRequest):
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
        PutModelsByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
            original_assets=original_assets,
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
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsByModelIdResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
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
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutModelsByModelIdResponse]:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (PutModelsByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PutModelsByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsByModelIdResponse:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (PutModelsByModelIdRequest):
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
        PutModelsByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
            original_assets=original_assets,
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
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsByModelIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )
