from collections.abc import Mapping
from typing import Any, Literal, overload

import httpx

from ..._base_client import NOT_GIVEN, Client, NotGiven
from ..._dry_run import parse_model_or_dry_run
from ..._response import (
    APIResponse,
    build_response,
    raise_for_status,
    raw_response,
)
from ..._routing import Route
from ...models.dry_run_response import DryRunResponse
from ...models.put_models_train_by_model_id_request import PutModelsTrainByModelIdRequest
from ...models.put_models_train_by_model_id_response import PutModelsTrainByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="PUT",
    path="/v1/models/{modelId}/train",
    old_path="/v1/models/modelId/train",
    path_params=("modelId",),
    retry="unsent-only",
)


def _get_kwargs(
    model_id: str,
    *,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_original_assets: bool | str | Unset
    if isinstance(original_assets, Unset):
        json_original_assets = UNSET
    else:
        json_original_assets = original_assets
    params["originalAssets"] = json_original_assets

    json_dry_run: bool | str | Unset
    if isinstance(dry_run, Unset):
        json_dry_run = UNSET
    else:
        json_dry_run = dry_run
    params["dryRun"] = json_dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": model_id,
        },
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_ok(response: httpx.Response) -> PutModelsTrainByModelIdResponse | DryRunResponse:
    return parse_model_or_dry_run(response, PutModelsTrainByModelIdResponse.from_dict, DryRunResponse.from_dict)


def _parse_response(response: httpx.Response) -> PutModelsTrainByModelIdResponse | DryRunResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[PutModelsTrainByModelIdResponse | DryRunResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutModelsTrainByModelIdResponse | DryRunResponse]:
    """Trigger a model training

     Trigger a model training.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (PutModelsTrainByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (unsent-only): creates something or costs credits: retried only when the request
        provably never left (connect error, connect or pool timeout) or on 429; never after a read
        timeout, a reset, a 502 or a 503.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[DryRunResponse | PutModelsTrainByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
                dry_run=dry_run,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


@overload
def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> DryRunResponse: ...


@overload
def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse: ...


@overload
def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse | DryRunResponse: ...


def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse | DryRunResponse:
    """Trigger a model training

     Trigger a model training.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (PutModelsTrainByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (unsent-only): creates something or costs credits: retried only when the request
        provably never left (connect error, connect or pool timeout) or on 429; never after a read
        timeout, a reset, a 502 or a 503.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        DryRunResponse | PutModelsTrainByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


@overload
def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[DryRunResponse]: ...


@overload
def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsTrainByModelIdResponse]: ...


@overload
def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsTrainByModelIdResponse | DryRunResponse]: ...


def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[Any]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
                dry_run=dry_run,
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
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutModelsTrainByModelIdResponse | DryRunResponse]:
    """Trigger a model training

     Trigger a model training.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (PutModelsTrainByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (unsent-only): creates something or costs credits: retried only when the request
        provably never left (connect error, connect or pool timeout) or on 429; never after a read
        timeout, a reset, a 502 or a 503.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[DryRunResponse | PutModelsTrainByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
                dry_run=dry_run,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )
    )


@overload
async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> DryRunResponse: ...


@overload
async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse: ...


@overload
async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse | DryRunResponse: ...


async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutModelsTrainByModelIdResponse | DryRunResponse:
    """Trigger a model training

     Trigger a model training.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (PutModelsTrainByModelIdRequest):
        extra_query (Mapping[str, object] | None): Extra query parameters for this call (never ``api_token``).
        extra_headers (Mapping[str, str] | None): Extra headers for this call.
        extra_body (Mapping[str, object] | None): Keys merged into the JSON body (creates one if there is none).
        timeout (float | httpx.Timeout | None): This call's timeout; ``None`` disables it; not given: the client's.

    Retries (unsent-only): creates something or costs credits: retried only when the request
        provably never left (connect error, connect or pool timeout) or on 429; never after a read
        timeout, a reset, a 502 or a 503.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        DryRunResponse | PutModelsTrainByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
        ),
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )
    raise_for_status(response)
    return _parse_ok(response)


@overload
async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[DryRunResponse]: ...


@overload
async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsTrainByModelIdResponse]: ...


@overload
async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutModelsTrainByModelIdResponse | DryRunResponse]: ...


async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsTrainByModelIdRequest,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[Any]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
                original_assets=original_assets,
                dry_run=dry_run,
            ),
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        ),
        _parse_ok,
    )
