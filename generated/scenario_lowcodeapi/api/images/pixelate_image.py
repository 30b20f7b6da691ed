from typing import Any

import httpx

from ..._base_client import Client
from ..._response import APIResponse, build_response, parse_model, raise_for_status, raw_response
from ..._routing import Route
from ...models.pixelate_image_body import PixelateImageBody
from ...models.put_images_erase_background_response import PutImagesEraseBackgroundResponse
from ...types import Response

_ROUTE = Route(
    method="PUT",
    path="/v1/images/pixelate",
    old_path=None,
    path_params=(),
)


def _get_kwargs(
    *,
    body: PixelateImageBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PutImagesEraseBackgroundResponse | None:
    if 200 <= response.status_code < 300:
        return parse_model(response, PutImagesEraseBackgroundResponse.from_dict)
    return None


def _build_response(response: httpx.Response) -> Response[PutImagesEraseBackgroundResponse]:
    return build_response(response, _parse_response(response))


def sync_detailed(
    *,
    client: Client,
    body: PixelateImageBody,
) -> Response[PutImagesEraseBackgroundResponse]:
    """Pixelate a given image

     Pixelate a given image.

    Args:
        body (PixelateImageBody):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PutImagesEraseBackgroundResponse]
    """

    return _build_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                body=body,
            ),
        )
    )


def sync(
    *,
    client: Client,
    body: PixelateImageBody,
) -> PutImagesEraseBackgroundResponse:
    """Pixelate a given image

     Pixelate a given image.

    Args:
        body (PixelateImageBody):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PutImagesEraseBackgroundResponse
    """

    response = client.request(
        _ROUTE,
        **_get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PutImagesEraseBackgroundResponse.from_dict)


async def asyncio_detailed(
    *,
    client: Client,
    body: PixelateImageBody,
) -> Response[PutImagesEraseBackgroundResponse]:
    """Pixelate a given image

     Pixelate a given image.

    Args:
        body (PixelateImageBody):

    Raises:
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        Response[PutImagesEraseBackgroundResponse]
    """

    return _build_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    client: Client,
    body: PixelateImageBody,
) -> PutImagesEraseBackgroundResponse:
    """Pixelate a given image

     Pixelate a given image.

    Args:
        body (PixelateImageBody):

    Raises:
        APIStatusError: On any non-2xx answer (BadRequestError, AuthenticationError, NotFoundError, RateLimitError, ...).
        APIConnectionError: If LowCodeAPI cannot be reached (after retries); APITimeoutError on a timeout.
        ResponseDecodeError: If a 2xx body is not the JSON this operation answers with.

    Returns:
        PutImagesEraseBackgroundResponse
    """

    response = await client.arequest(
        _ROUTE,
        **_get_kwargs(
            body=body,
        ),
    )
    raise_for_status(response)
    return parse_model(response, PutImagesEraseBackgroundResponse.from_dict)


def _parse_ok(response: httpx.Response) -> PutImagesEraseBackgroundResponse:
    return parse_model(response, PutImagesEraseBackgroundResponse.from_dict)


def sync_raw(
    *,
    client: Client,
    body: PixelateImageBody,
) -> APIResponse[PutImagesEraseBackgroundResponse]:
    """Like :func:`sync` (a non-2xx answer raises the typed APIStatusError), but returns the raw answer: status,
    headers, elapsed time, retries taken, and ``.parse()`` for what :func:`sync` returns."""
    return raw_response(
        client.request(
            _ROUTE,
            **_get_kwargs(
                body=body,
            ),
        ),
        _parse_ok,
    )


async def asyncio_raw(
    *,
    client: Client,
    body: PixelateImageBody,
) -> APIResponse[PutImagesEraseBackgroundResponse]:
    """The async :func:`sync_raw`."""
    return raw_response(
        await client.arequest(
            _ROUTE,
            **_get_kwargs(
                body=body,
            ),
        ),
        _parse_ok,
    )
