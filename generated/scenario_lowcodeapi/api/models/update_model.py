from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.put_models_by_model_id_request import PutModelsByModelIdRequest
from ...models.put_models_by_model_id_response import PutModelsByModelIdResponse
from ...types import Response

_ROUTE = Route(
    method="PUT",
    path="/v1/models/{modelId}",
    old_path="/v1/models/modelId",
    path_params=("modelId",),
)


def _get_kwargs(
    model_id: str,
    *,
    body: PutModelsByModelIdRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "path_params": {
            "modelId": str(model_id),
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PutModelsByModelIdResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, PutModelsByModelIdResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[PutModelsByModelIdResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> Response[PutModelsByModelIdResponse]:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        body (PutModelsByModelIdRequest):

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
            ),
        )
    )


def sync(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> PutModelsByModelIdResponse:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        body (PutModelsByModelIdRequest):

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
        ),
    )
    raise_for_status(response)
    return parse_model(response, PutModelsByModelIdResponse.from_dict)


async def asyncio_detailed(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> Response[PutModelsByModelIdResponse]:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        body (PutModelsByModelIdRequest):

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
            ),
        )
    )


async def asyncio(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> PutModelsByModelIdResponse:
    """Update a particular model

     Update a particular model.

    Args:
        model_id (str):
        body (PutModelsByModelIdRequest):

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
        ),
    )
    raise_for_status(response)
    return parse_model(response, PutModelsByModelIdResponse.from_dict)


def _parse_ok(response: httpx.Response) -> PutModelsByModelIdResponse:
    return parse_model(response, PutModelsByModelIdResponse.from_dict)


def sync_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> APIResponse[PutModelsByModelIdResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    model_id: str,
    *,
    client: Client,
    body: PutModelsByModelIdRequest,
) -> APIResponse[PutModelsByModelIdResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                model_id=model_id,
                body=body,
            ),
        ),
        _parse_ok,
    )
