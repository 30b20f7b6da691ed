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
from ...models.add_training_image_body import AddTrainingImageBody
from ...models.post_models_training_images_by_model_id_response import PostModelsTrainingImagesByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="POST",
    path="/v1/models/{modelId}/training-images",
    old_path="/v1/models/modelId/training-images",
    path_params=("modelId",),
    retry="unsent-only",
)


def _get_kwargs(
    model_id: str,
    *,
    body: AddTrainingImageBody,
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


def _parse_ok(response: httpx.Response) -> PostModelsTrainingImagesByModelIdResponse:
    return parse_model(response, PostModelsTrainingImagesByModelIdResponse.from_dict)


def _parse_response(response: httpx.Response) -> PostModelsTrainingImagesByModelIdResponse | None:
    return _parse_ok(response) if 200 <= response.status_code < 300 else None


def _build_response(response: httpx.Response) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (AddTrainingImageBody):
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
        Response[PostModelsTrainingImagesByModelIdResponse]
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
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PostModelsTrainingImagesByModelIdResponse:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (AddTrainingImageBody):
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
        PostModelsTrainingImagesByModelIdResponse
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
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
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
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> Response[PostModelsTrainingImagesByModelIdResponse]:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (AddTrainingImageBody):
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
        Response[PostModelsTrainingImagesByModelIdResponse]
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
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> PostModelsTrainingImagesByModelIdResponse:
    """Add a new training image to a model

     Add a new training image to a model.

    Args:
        model_id (str):
        original_assets (bool | str | Unset):
        body (AddTrainingImageBody):
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
        PostModelsTrainingImagesByModelIdResponse
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
    body: AddTrainingImageBody,
    original_assets: bool | str | Unset = UNSET,
    extra_query: Mapping[str, object] | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
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
