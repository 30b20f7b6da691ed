from typing import Any

import httpx

from ..._base_client import Client
from ..._response import build_response, parse_model, raise_for_status
from ..._routing import Route
from ...models.get_models_by_model_id_response import GetModelsByModelIdResponse
from ...types import UNSET, Response, Unset

_ROUTE = Route(
    method="GET",
    path="/v1/models/{modelId}",
    old_path="/v1/models/modelId",
    path_params=("modelId",),
    retry="safe",
)


def _get_kwargs(
    model_id: str,
    *,
    original_assets: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["originalAssets"] = original_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": model_id,
        },
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GetModelsByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, GetModelsByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[GetModelsByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    original_assets: str | Unset = UNSET,
) -> Response[GetModelsByModelIdResponse]:
    """Get a model's details including its training status and training progress if available

     Get a model's details including its training status and training progress if available.

    Args:
        model_id (str):
        original_assets (str | Unset):

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsByModelIdResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                original_assets=original_assets,
            ),
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    original_assets: str | Unset = UNSET,
) -> GetModelsByModelIdResponse:
    """Get a model's details including its training status and training progress if available

     Get a model's details including its training status and training progress if available.

    Args:
        model_id (str):
        original_assets (str | Unset):

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsByModelIdResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            original_assets=original_assets,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    original_assets: str | Unset = UNSET,
) -> Response[GetModelsByModelIdResponse]:
    """Get a model's details including its training status and training progress if available

     Get a model's details including its training status and training progress if available.

    Args:
        model_id (str):
        original_assets (str | Unset):

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[GetModelsByModelIdResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                original_assets=original_assets,
            ),
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    original_assets: str | Unset = UNSET,
) -> GetModelsByModelIdResponse:
    """Get a model's details including its training status and training progress if available

     Get a model's details including its training status and training progress if available.

    Args:
        model_id (str):
        original_assets (str | Unset):

    Retries (safe): safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        GetModelsByModelIdResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            model_id=model_id,
            original_assets=original_assets,
        ),
    )
    raise_for_status(response)
    return parse_model(response, GetModelsByModelIdResponse.from_dict)
