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
from ...models.erase_background_body import EraseBackgroundBody
from ...models.put_images_erase_background_response import PutImagesEraseBackgroundResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="PUT",
    path="/v1/images/erase-background",
    old_path=None,
    path_params=(),
    retry="unsent-only",
)


def _get_kwargs(
    *,
    body: EraseBackgroundBody,
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
        "params": params,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_ok(response: httpx.Response) -> PutImagesEraseBackgroundResponse | DryRunResponse:
    return parse_model_or_dry_run(response, PutImagesEraseBackgroundResponse.from_dict, DryRunResponse.from_dict)


def _parse_response(response: httpx.Response) -> PutImagesEraseBackgroundResponse | DryRunResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[PutImagesEraseBackgroundResponse | DryRunResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutImagesEraseBackgroundResponse | DryRunResponse]:
    """Remove the background of a given image

     Remove the background of a given image.

    Args:
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (EraseBackgroundBody):
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
        Response[DryRunResponse | PutImagesEraseBackgroundResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
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
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> DryRunResponse: ...


@overload
def sync(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse: ...


@overload
def sync(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse | DryRunResponse: ...


def sync(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse | DryRunResponse:
    """Remove the background of a given image

     Remove the background of a given image.

    Args:
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (EraseBackgroundBody):
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
        DryRunResponse | PutImagesEraseBackgroundResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
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
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[DryRunResponse]: ...


@overload
def sync_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutImagesEraseBackgroundResponse]: ...


@overload
def sync_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutImagesEraseBackgroundResponse | DryRunResponse]: ...


def sync_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
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
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PutImagesEraseBackgroundResponse | DryRunResponse]:
    """Remove the background of a given image

     Remove the background of a given image.

    Args:
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (EraseBackgroundBody):
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
        Response[DryRunResponse | PutImagesEraseBackgroundResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
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
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> DryRunResponse: ...


@overload
async def asyncio(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse: ...


@overload
async def asyncio(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse | DryRunResponse: ...


async def asyncio(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PutImagesEraseBackgroundResponse | DryRunResponse:
    """Remove the background of a given image

     Remove the background of a given image.

    Args:
        original_assets (bool | str | Unset):
        dry_run (bool | str | Unset):
        body (EraseBackgroundBody):
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
        DryRunResponse | PutImagesEraseBackgroundResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
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
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[True],
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[DryRunResponse]: ...


@overload
async def asyncio_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: Literal[False] = False,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutImagesEraseBackgroundResponse]: ...


@overload
async def asyncio_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
    original_assets: bool | str | Unset = UNSET,
    dry_run: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PutImagesEraseBackgroundResponse | DryRunResponse]: ...


async def asyncio_raw(
    *,
    client: Client,
    body: EraseBackgroundBody,
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
