"""Resource-style client: ``Scenario(...).models.get(model_id)``, ``AsyncScenario`` for asyncio.

Generated from the spec by codegen/extras.py; each method calls the generated operation module of
the same name (``api/<resource>/<operation>.py``), so behaviour (token, URL-format fallback, retries,
typed errors) is the runtime's, shared with the function-style API. Operation modules load on
first use, which keeps ``import scenario_lowcodeapi`` light.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, Client, NotGiven, UrlFormatOption
from ._pagination import AsyncPaginator, SyncPage, async_page, sync_page
from ._resource_helpers import (
    AsyncInferencesHelpers,
    AsyncModelsHelpers,
    ImageInput,
    InferencesHelpers,
    ModelsHelpers,
    image_body_fields,
    image_data_field,
)
from ._response import APIResponse
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .models import (
        DeleteModelsByModelIdResponse,
        DeleteModelsImagesByModelIdResponse,
        DeleteModelsInferencesAllByModelIdResponse,
        DeleteModelsInferencesByModelIdAndInferenceIdResponse,
        DeleteModelsInferencesByModelIdResponse,
        DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
        DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse,
        GenerationParameters,
        GetInferencesResponse,
        GetModelsByModelIdResponse,
        GetModelsCategoriesByModelIdResponse,
        GetModelsClassesByModelIdResponse,
        GetModelsInferencesByModelIdAndInferenceIdResponse,
        GetModelsInferencesByModelIdResponse,
        GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
        GetModelsResponse,
        GetTagsResponse,
        GetUsagesResponse,
        Inference,
        Model,
        ModelClassInfo,
        ModelConceptsItem,
        PostModelsCopyByModelIdResponse,
        PostModelsInferencesByModelIdResponse,
        PostModelsResponse,
        PostModelsTrainingImagesByModelIdResponse,
        PostModelsTransferByModelIdResponse,
        PutImagesEraseBackgroundResponse,
        PutImageUpscaleResponse,
        PutModelsByModelIdRequestType,
        PutModelsByModelIdResponse,
        PutModelsTrainByModelIdResponse,
        Tag,
        TrainingParameters,
    )

__all__ = [
    "AsyncScenario",
    "Scenario",
    "Images",
    "AsyncImages",
    "Inferences",
    "AsyncInferences",
    "Models",
    "AsyncModels",
    "Tags",
    "AsyncTags",
    "Usages",
    "AsyncUsages",
]


class ImagesWithRawResponse:
    """``images`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code
            asset_id (str | Unset): The asset ID
            format_ (str | Unset): The output format
            name (str | Unset): The original file name of the image
            return_image (bool | Unset): If true the image will be returned in the response

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )

        return erase_background.sync_raw(client=self._client, body=body)

    def pixelate(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        pixel_grid_size: float | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_noise: bool | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        color_palette: builtins.list[Any] | Unset = UNSET,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Pixelate a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID
            pixel_grid_size (float | Unset): The size of the pixel grid in the output image
            name (str | Unset): The original file name of the image
            remove_noise (bool | Unset): Reduce pixel art artefacts
            remove_background (bool | Unset): Remove the background from the image
            return_image (bool | Unset): If true the image will be returned in the response
            color_palette (list[Any] | Unset): The color palette to use for the pixel art

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            image=_image,
            asset_id=asset_id,
            pixel_grid_size=pixel_grid_size,
            name=name,
            remove_noise=remove_noise,
            remove_background=remove_background,
            return_image=return_image,
            color_palette=color_palette,
        )

        return pixelate_image.sync_raw(client=self._client, body=body)

    def remove_background(
        self, *, background_color: str | Unset = UNSET, data: ImageInput | Unset = UNSET, format_: str | Unset = UNSET
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return remove_background.sync_raw(client=self._client, body=body)

    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        force_face_restoration: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        photorealist: bool | Unset = UNSET,
    ) -> APIResponse[PutImageUpscaleResponse]:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. A data URL or an asset ID
                (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            force_face_restoration (bool | Unset): If true the image will be upscaled using a face
                restoration model
            asset_id (str | Unset): The asset ID
            name (str | Unset): The original file name of the image
            scaling_factor (float | Unset): The scaling factor to apply to the image
            return_image (bool | Unset): If true the image will be returned in the response
            photorealist (bool | Unset): If true the image will be upscaled using a photorealistic model

        Returns:
            APIResponse[PutImageUpscaleResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImageUpscaleResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = UpscaleImageBody(
            image=_image,
            force_face_restoration=force_face_restoration,
            asset_id=asset_id,
            name=name,
            scaling_factor=scaling_factor,
            return_image=return_image,
            photorealist=photorealist,
        )

        return upscale_image.sync_raw(client=self._client, body=body)


class Images:
    """The ``images`` resource: ``client.images.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = ImagesWithRawResponse(client)

    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
    ) -> PutImagesEraseBackgroundResponse:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code
            asset_id (str | Unset): The asset ID
            format_ (str | Unset): The output format
            name (str | Unset): The original file name of the image
            return_image (bool | Unset): If true the image will be returned in the response

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )

        return erase_background.sync(client=self._client, body=body)

    def pixelate(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        pixel_grid_size: float | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_noise: bool | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        color_palette: builtins.list[Any] | Unset = UNSET,
    ) -> PutImagesEraseBackgroundResponse:
        """Pixelate a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID
            pixel_grid_size (float | Unset): The size of the pixel grid in the output image
            name (str | Unset): The original file name of the image
            remove_noise (bool | Unset): Reduce pixel art artefacts
            remove_background (bool | Unset): Remove the background from the image
            return_image (bool | Unset): If true the image will be returned in the response
            color_palette (list[Any] | Unset): The color palette to use for the pixel art

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            image=_image,
            asset_id=asset_id,
            pixel_grid_size=pixel_grid_size,
            name=name,
            remove_noise=remove_noise,
            remove_background=remove_background,
            return_image=return_image,
            color_palette=color_palette,
        )

        return pixelate_image.sync(client=self._client, body=body)

    def remove_background(
        self, *, background_color: str | Unset = UNSET, data: ImageInput | Unset = UNSET, format_: str | Unset = UNSET
    ) -> PutImagesEraseBackgroundResponse:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return remove_background.sync(client=self._client, body=body)

    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        force_face_restoration: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        photorealist: bool | Unset = UNSET,
    ) -> PutImageUpscaleResponse:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. A data URL or an asset ID
                (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            force_face_restoration (bool | Unset): If true the image will be upscaled using a face
                restoration model
            asset_id (str | Unset): The asset ID
            name (str | Unset): The original file name of the image
            scaling_factor (float | Unset): The scaling factor to apply to the image
            return_image (bool | Unset): If true the image will be returned in the response
            photorealist (bool | Unset): If true the image will be upscaled using a photorealistic model

        Returns:
            PutImageUpscaleResponse
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = UpscaleImageBody(
            image=_image,
            force_face_restoration=force_face_restoration,
            asset_id=asset_id,
            name=name,
            scaling_factor=scaling_factor,
            return_image=return_image,
            photorealist=photorealist,
        )

        return upscale_image.sync(client=self._client, body=body)


class AsyncImagesWithRawResponse:
    """Async ``images`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code
            asset_id (str | Unset): The asset ID
            format_ (str | Unset): The output format
            name (str | Unset): The original file name of the image
            return_image (bool | Unset): If true the image will be returned in the response

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )

        return await erase_background.asyncio_raw(client=self._client, body=body)

    async def pixelate(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        pixel_grid_size: float | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_noise: bool | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        color_palette: builtins.list[Any] | Unset = UNSET,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Pixelate a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID
            pixel_grid_size (float | Unset): The size of the pixel grid in the output image
            name (str | Unset): The original file name of the image
            remove_noise (bool | Unset): Reduce pixel art artefacts
            remove_background (bool | Unset): Remove the background from the image
            return_image (bool | Unset): If true the image will be returned in the response
            color_palette (list[Any] | Unset): The color palette to use for the pixel art

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            image=_image,
            asset_id=asset_id,
            pixel_grid_size=pixel_grid_size,
            name=name,
            remove_noise=remove_noise,
            remove_background=remove_background,
            return_image=return_image,
            color_palette=color_palette,
        )

        return await pixelate_image.asyncio_raw(client=self._client, body=body)

    async def remove_background(
        self, *, background_color: str | Unset = UNSET, data: ImageInput | Unset = UNSET, format_: str | Unset = UNSET
    ) -> APIResponse[PutImagesEraseBackgroundResponse]:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return await remove_background.asyncio_raw(client=self._client, body=body)

    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        force_face_restoration: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        photorealist: bool | Unset = UNSET,
    ) -> APIResponse[PutImageUpscaleResponse]:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. A data URL or an asset ID
                (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            force_face_restoration (bool | Unset): If true the image will be upscaled using a face
                restoration model
            asset_id (str | Unset): The asset ID
            name (str | Unset): The original file name of the image
            scaling_factor (float | Unset): The scaling factor to apply to the image
            return_image (bool | Unset): If true the image will be returned in the response
            photorealist (bool | Unset): If true the image will be upscaled using a photorealistic model

        Returns:
            APIResponse[PutImageUpscaleResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImageUpscaleResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = UpscaleImageBody(
            image=_image,
            force_face_restoration=force_face_restoration,
            asset_id=asset_id,
            name=name,
            scaling_factor=scaling_factor,
            return_image=return_image,
            photorealist=photorealist,
        )

        return await upscale_image.asyncio_raw(client=self._client, body=body)


class AsyncImages:
    """The async ``images`` resource: ``await client.images.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncImagesWithRawResponse(client)

    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
    ) -> PutImagesEraseBackgroundResponse:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code
            asset_id (str | Unset): The asset ID
            format_ (str | Unset): The output format
            name (str | Unset): The original file name of the image
            return_image (bool | Unset): If true the image will be returned in the response

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=format_,
            name=name,
            return_image=return_image,
        )

        return await erase_background.asyncio(client=self._client, body=body)

    async def pixelate(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        pixel_grid_size: float | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_noise: bool | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        color_palette: builtins.list[Any] | Unset = UNSET,
    ) -> PutImagesEraseBackgroundResponse:
        """Pixelate a given image

        Args:
            image (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID
            pixel_grid_size (float | Unset): The size of the pixel grid in the output image
            name (str | Unset): The original file name of the image
            remove_noise (bool | Unset): Reduce pixel art artefacts
            remove_background (bool | Unset): Remove the background from the image
            return_image (bool | Unset): If true the image will be returned in the response
            color_palette (list[Any] | Unset): The color palette to use for the pixel art

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            image=_image,
            asset_id=asset_id,
            pixel_grid_size=pixel_grid_size,
            name=name,
            remove_noise=remove_noise,
            remove_background=remove_background,
            return_image=return_image,
            color_palette=color_palette,
        )

        return await pixelate_image.asyncio(client=self._client, body=body)

    async def remove_background(
        self, *, background_color: str | Unset = UNSET, data: ImageInput | Unset = UNSET, format_: str | Unset = UNSET
    ) -> PutImagesEraseBackgroundResponse:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return await remove_background.asyncio(client=self._client, body=body)

    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        force_face_restoration: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        photorealist: bool | Unset = UNSET,
    ) -> PutImageUpscaleResponse:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. A data URL or an asset ID
                (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            force_face_restoration (bool | Unset): If true the image will be upscaled using a face
                restoration model
            asset_id (str | Unset): The asset ID
            name (str | Unset): The original file name of the image
            scaling_factor (float | Unset): The scaling factor to apply to the image
            return_image (bool | Unset): If true the image will be returned in the response
            photorealist (bool | Unset): If true the image will be upscaled using a photorealistic model

        Returns:
            PutImageUpscaleResponse
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = UpscaleImageBody(
            image=_image,
            force_face_restoration=force_face_restoration,
            asset_id=asset_id,
            name=name,
            scaling_factor=scaling_factor,
            return_image=return_image,
            photorealist=photorealist,
        )

        return await upscale_image.asyncio(client=self._client, body=body)


class InferencesWithRawResponse:
    """``inferences`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetInferencesResponse]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            APIResponse[GetInferencesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetInferencesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_inferences

        return list_inferences.sync_raw(client=self._client, page_size=page_size, pagination_token=pagination_token)

    def list_for_model(
        self, model_id: str, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetModelsInferencesByModelIdResponse]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            APIResponse[GetModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_model_inferences

        return list_model_inferences.sync_raw(
            model_id, client=self._client, page_size=page_size, pagination_token=pagination_token
        )

    def create(
        self, model_id: str, *, parameters: GenerationParameters | Mapping[str, Any]
    ) -> APIResponse[PostModelsInferencesByModelIdResponse]:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict is accepted too.

        Returns:
            APIResponse[PostModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest

        _parameters = GenerationParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return create_inference.sync_raw(model_id, client=self._client, body=body)

    def delete_many(
        self, model_id: str, *, inference_ids: str | Unset = UNSET
    ) -> APIResponse[DeleteModelsInferencesByModelIdResponse]:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inferences

        return delete_inferences.sync_raw(model_id, client=self._client, inference_ids=inference_ids)

    def delete_all(self, model_id: str) -> APIResponse[DeleteModelsInferencesAllByModelIdResponse]:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted

        Returns:
            APIResponse[DeleteModelsInferencesAllByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesAllByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_all_inferences

        return delete_all_inferences.sync_raw(model_id, client=self._client)

    def get(self, model_id: str, inference_id: str) -> APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve

        Returns:
            APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference

        return get_inference.sync_raw(model_id, inference_id, client=self._client)

    def delete(
        self, model_id: str, inference_id: str
    ) -> APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference

        return delete_inference.sync_raw(model_id, inference_id, client=self._client)

    def get_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve

        Returns:
            APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference_image

        return get_inference_image.sync_raw(model_id, inference_id, image_id, client=self._client)

    def delete_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete

        Returns:
            APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference_image

        return delete_inference_image.sync_raw(model_id, inference_id, image_id, client=self._client)


class Inferences(InferencesHelpers):
    """The ``inferences`` resource: ``client.inferences.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = InferencesWithRawResponse(client)

    def list(self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET) -> SyncPage[Inference]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            SyncPage[Inference]: the first page; iterate it to walk every page lazily.
        """
        from .api.inferences import list_inferences

        def fetch(token: str | None) -> GetInferencesResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_inferences.sync(client=self._client, page_size=page_size, pagination_token=_token)

        return sync_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def list_for_model(
        self, model_id: str, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> SyncPage[Inference]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            SyncPage[Inference]: the first page; iterate it to walk every page lazily.
        """
        from .api.inferences import list_model_inferences

        def fetch(token: str | None) -> GetModelsInferencesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_model_inferences.sync(
                model_id, client=self._client, page_size=page_size, pagination_token=_token
            )

        return sync_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def create(
        self, model_id: str, *, parameters: GenerationParameters | Mapping[str, Any]
    ) -> PostModelsInferencesByModelIdResponse:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict is accepted too.

        Returns:
            PostModelsInferencesByModelIdResponse
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest

        _parameters = GenerationParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return create_inference.sync(model_id, client=self._client, body=body)

    def delete_many(
        self, model_id: str, *, inference_ids: str | Unset = UNSET
    ) -> DeleteModelsInferencesByModelIdResponse:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):

        Returns:
            DeleteModelsInferencesByModelIdResponse
        """
        from .api.inferences import delete_inferences

        return delete_inferences.sync(model_id, client=self._client, inference_ids=inference_ids)

    def delete_all(self, model_id: str) -> DeleteModelsInferencesAllByModelIdResponse:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted

        Returns:
            DeleteModelsInferencesAllByModelIdResponse
        """
        from .api.inferences import delete_all_inferences

        return delete_all_inferences.sync(model_id, client=self._client)

    def get(self, model_id: str, inference_id: str) -> GetModelsInferencesByModelIdAndInferenceIdResponse:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve

        Returns:
            GetModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import get_inference

        return get_inference.sync(model_id, inference_id, client=self._client)

    def delete(self, model_id: str, inference_id: str) -> DeleteModelsInferencesByModelIdAndInferenceIdResponse:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted

        Returns:
            DeleteModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import delete_inference

        return delete_inference.sync(model_id, inference_id, client=self._client)

    def get_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve

        Returns:
            GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes
        """
        from .api.inferences import get_inference_image

        return get_inference_image.sync(model_id, inference_id, image_id, client=self._client)

    def delete_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete

        Returns:
            DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
        """
        from .api.inferences import delete_inference_image

        return delete_inference_image.sync(model_id, inference_id, image_id, client=self._client)


class AsyncInferencesWithRawResponse:
    """Async ``inferences`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list(
        self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetInferencesResponse]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            APIResponse[GetInferencesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetInferencesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_inferences

        return await list_inferences.asyncio_raw(
            client=self._client, page_size=page_size, pagination_token=pagination_token
        )

    async def list_for_model(
        self, model_id: str, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetModelsInferencesByModelIdResponse]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            APIResponse[GetModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_model_inferences

        return await list_model_inferences.asyncio_raw(
            model_id, client=self._client, page_size=page_size, pagination_token=pagination_token
        )

    async def create(
        self, model_id: str, *, parameters: GenerationParameters | Mapping[str, Any]
    ) -> APIResponse[PostModelsInferencesByModelIdResponse]:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict is accepted too.

        Returns:
            APIResponse[PostModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest

        _parameters = GenerationParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return await create_inference.asyncio_raw(model_id, client=self._client, body=body)

    async def delete_many(
        self, model_id: str, *, inference_ids: str | Unset = UNSET
    ) -> APIResponse[DeleteModelsInferencesByModelIdResponse]:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inferences

        return await delete_inferences.asyncio_raw(model_id, client=self._client, inference_ids=inference_ids)

    async def delete_all(self, model_id: str) -> APIResponse[DeleteModelsInferencesAllByModelIdResponse]:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted

        Returns:
            APIResponse[DeleteModelsInferencesAllByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesAllByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_all_inferences

        return await delete_all_inferences.asyncio_raw(model_id, client=self._client)

    async def get(
        self, model_id: str, inference_id: str
    ) -> APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve

        Returns:
            APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference

        return await get_inference.asyncio_raw(model_id, inference_id, client=self._client)

    async def delete(
        self, model_id: str, inference_id: str
    ) -> APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference

        return await delete_inference.asyncio_raw(model_id, inference_id, client=self._client)

    async def get_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve

        Returns:
            APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference_image

        return await get_inference_image.asyncio_raw(model_id, inference_id, image_id, client=self._client)

    async def delete_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete

        Returns:
            APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference_image

        return await delete_inference_image.asyncio_raw(model_id, inference_id, image_id, client=self._client)


class AsyncInferences(AsyncInferencesHelpers):
    """The async ``inferences`` resource: ``await client.inferences.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncInferencesWithRawResponse(client)

    def list(
        self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> AsyncPaginator[Inference]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            AsyncPaginator[Inference]: await it for the first page, or ``async for`` over every item.
        """
        from .api.inferences import list_inferences

        async def fetch(token: str | None) -> GetInferencesResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_inferences.asyncio(client=self._client, page_size=page_size, pagination_token=_token)

        return async_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def list_for_model(
        self, model_id: str, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> AsyncPaginator[Inference]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences

        Returns:
            AsyncPaginator[Inference]: await it for the first page, or ``async for`` over every item.
        """
        from .api.inferences import list_model_inferences

        async def fetch(token: str | None) -> GetModelsInferencesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_model_inferences.asyncio(
                model_id, client=self._client, page_size=page_size, pagination_token=_token
            )

        return async_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    async def create(
        self, model_id: str, *, parameters: GenerationParameters | Mapping[str, Any]
    ) -> PostModelsInferencesByModelIdResponse:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict is accepted too.

        Returns:
            PostModelsInferencesByModelIdResponse
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest

        _parameters = GenerationParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return await create_inference.asyncio(model_id, client=self._client, body=body)

    async def delete_many(
        self, model_id: str, *, inference_ids: str | Unset = UNSET
    ) -> DeleteModelsInferencesByModelIdResponse:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):

        Returns:
            DeleteModelsInferencesByModelIdResponse
        """
        from .api.inferences import delete_inferences

        return await delete_inferences.asyncio(model_id, client=self._client, inference_ids=inference_ids)

    async def delete_all(self, model_id: str) -> DeleteModelsInferencesAllByModelIdResponse:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted

        Returns:
            DeleteModelsInferencesAllByModelIdResponse
        """
        from .api.inferences import delete_all_inferences

        return await delete_all_inferences.asyncio(model_id, client=self._client)

    async def get(self, model_id: str, inference_id: str) -> GetModelsInferencesByModelIdAndInferenceIdResponse:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve

        Returns:
            GetModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import get_inference

        return await get_inference.asyncio(model_id, inference_id, client=self._client)

    async def delete(self, model_id: str, inference_id: str) -> DeleteModelsInferencesByModelIdAndInferenceIdResponse:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted

        Returns:
            DeleteModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import delete_inference

        return await delete_inference.asyncio(model_id, inference_id, client=self._client)

    async def get_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve

        Returns:
            GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes
        """
        from .api.inferences import get_inference_image

        return await get_inference_image.asyncio(model_id, inference_id, image_id, client=self._client)

    async def delete_image(
        self, model_id: str, inference_id: str, image_id: str
    ) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete

        Returns:
            DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
        """
        from .api.inferences import delete_inference_image

        return await delete_inference_image.asyncio(model_id, inference_id, image_id, client=self._client)


class ModelsWithRawResponse:
    """``models`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        privacy: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> APIResponse[GetModelsResponse]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models

        Returns:
            APIResponse[GetModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_models

        return list_models.sync_raw(
            client=self._client, status=status, privacy=privacy, page_size=page_size, pagination_token=pagination_token
        )

    def create(self, *, name: str | Unset = UNSET, class_slug: str | Unset = UNSET) -> APIResponse[PostModelsResponse]:
        """Create a new model

        Args:
            name (str | Unset): The name of your model
            class_slug (str | Unset): The slug of the class you want to use

        Returns:
            APIResponse[PostModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import create_model
        from .models import CreateModelBody

        body = CreateModelBody(name=name, class_slug=class_slug)

        return create_model.sync_raw(client=self._client, body=body)

    def get(self, model_id: str) -> APIResponse[GetModelsByModelIdResponse]:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve

        Returns:
            APIResponse[GetModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import get_model

        return get_model.sync_raw(model_id, client=self._client)

    def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: builtins.list[ModelConceptsItem] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | Unset = UNSET,
        parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[PutModelsByModelIdResponse]:
        """Update a particular model

        Args:
            model_id (str):  The ID of the model to update
            negative_prompt_embedding (str | Unset): Add a negative prompt embedding to every model's
                generation
            thumbnail (str | Unset): The AssetId of the image you want to use as a thumbnail for the model
                (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Set to null to unset the thumbnail
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models)
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            epoch (str | Unset): The epoch of the model. Only available for flux.1-lora and flux.1-kontext-
                lora based models.

                The epoch can only be set if the model has epochs and is in status "trained".

                The default epoch (if not set) is the final model epoch (latest).

                Set to null to unset the epoch.
            prompt_embedding (str | Unset): Add a prompt embedding to every model's generation
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            type_ (PutModelsByModelIdRequestType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status.
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            APIResponse[PutModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import update_model
        from .models import PutModelsByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=type_,
            parameters=_parameters,
        )

        return update_model.sync_raw(model_id, client=self._client, body=body)

    def delete(self, model_id: str) -> APIResponse[DeleteModelsByModelIdResponse]:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete

        Returns:
            APIResponse[DeleteModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model

        return delete_model.sync_raw(model_id, client=self._client)

    def list_categories(self, model_id: str) -> APIResponse[GetModelsCategoriesByModelIdResponse]:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id

        Returns:
            APIResponse[GetModelsCategoriesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsCategoriesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_categories

        return list_model_categories.sync_raw(model_id, client=self._client)

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> APIResponse[GetModelsClassesByModelIdResponse]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes

        Returns:
            APIResponse[GetModelsClassesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsClassesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_classes

        return list_model_classes.sync_raw(
            model_id, client=self._client, category=category, page_size=page_size, pagination_token=pagination_token
        )

    def copy(self, model_id: str) -> APIResponse[PostModelsCopyByModelIdResponse]:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):

        Returns:
            APIResponse[PostModelsCopyByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsCopyByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import copy_model

        return copy_model.sync_raw(model_id, client=self._client)

    def train(
        self, model_id: str, *, parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET
    ) -> APIResponse[PutModelsTrainByModelIdResponse]:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            APIResponse[PutModelsTrainByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsTrainByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return train_model.sync_raw(model_id, client=self._client, body=body)

    def add_training_image(
        self, model_id: str, *, data: ImageInput | Unset = UNSET, name: str | Unset = UNSET
    ) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL. A data URL or an asset ID (str), bytes, or
                a pathlib.Path to upload (a str naming a file is refused).
            name (str | Unset): The original file name of the image

        Returns:
            APIResponse[PostModelsTrainingImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTrainingImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody

        _data = image_data_field(data)
        body = AddTrainingImageBody(data=_data, name=name)

        return add_training_image.sync_raw(model_id, client=self._client, body=body)

    def delete_training_image(
        self, model_id: str, training_image_id: str
    ) -> APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted

        Returns:
            APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_training_image

        return delete_training_image.sync_raw(model_id, training_image_id, client=self._client)

    def transfer(
        self, model_id: str, *, destination_team_id: str | Unset = UNSET, as_copy: bool | Unset = UNSET
    ) -> APIResponse[PostModelsTransferByModelIdResponse]:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_team_id (str | Unset): The id of the team to transfer the model to
            as_copy (bool | Unset): If set to true the model will be copied instead of transferred

        Returns:
            APIResponse[PostModelsTransferByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTransferByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_team_id=destination_team_id, as_copy=as_copy)

        return transfer_model.sync_raw(model_id, client=self._client, body=body)

    def delete_images(self, model_id: str, *, ids: str) -> APIResponse[DeleteModelsImagesByModelIdResponse]:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete

        Returns:
            APIResponse[DeleteModelsImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model_images

        return delete_model_images.sync_raw(model_id, client=self._client, ids=ids)


class Models(ModelsHelpers):
    """The ``models`` resource: ``client.models.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = ModelsWithRawResponse(client)

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        privacy: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> SyncPage[Model]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models

        Returns:
            SyncPage[Model]: the first page; iterate it to walk every page lazily.
        """
        from .api.models import list_models

        def fetch(token: str | None) -> GetModelsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_models.sync(
                client=self._client, status=status, privacy=privacy, page_size=page_size, pagination_token=_token
            )

        return sync_page(
            fetch,
            lambda page: page.models,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def create(self, *, name: str | Unset = UNSET, class_slug: str | Unset = UNSET) -> PostModelsResponse:
        """Create a new model

        Args:
            name (str | Unset): The name of your model
            class_slug (str | Unset): The slug of the class you want to use

        Returns:
            PostModelsResponse
        """
        from .api.models import create_model
        from .models import CreateModelBody

        body = CreateModelBody(name=name, class_slug=class_slug)

        return create_model.sync(client=self._client, body=body)

    def get(self, model_id: str) -> GetModelsByModelIdResponse:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve

        Returns:
            GetModelsByModelIdResponse
        """
        from .api.models import get_model

        return get_model.sync(model_id, client=self._client)

    def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: builtins.list[ModelConceptsItem] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | Unset = UNSET,
        parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET,
    ) -> PutModelsByModelIdResponse:
        """Update a particular model

        Args:
            model_id (str):  The ID of the model to update
            negative_prompt_embedding (str | Unset): Add a negative prompt embedding to every model's
                generation
            thumbnail (str | Unset): The AssetId of the image you want to use as a thumbnail for the model
                (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Set to null to unset the thumbnail
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models)
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            epoch (str | Unset): The epoch of the model. Only available for flux.1-lora and flux.1-kontext-
                lora based models.

                The epoch can only be set if the model has epochs and is in status "trained".

                The default epoch (if not set) is the final model epoch (latest).

                Set to null to unset the epoch.
            prompt_embedding (str | Unset): Add a prompt embedding to every model's generation
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            type_ (PutModelsByModelIdRequestType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status.
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            PutModelsByModelIdResponse
        """
        from .api.models import update_model
        from .models import PutModelsByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=type_,
            parameters=_parameters,
        )

        return update_model.sync(model_id, client=self._client, body=body)

    def delete(self, model_id: str) -> DeleteModelsByModelIdResponse:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete

        Returns:
            DeleteModelsByModelIdResponse
        """
        from .api.models import delete_model

        return delete_model.sync(model_id, client=self._client)

    def list_categories(self, model_id: str) -> GetModelsCategoriesByModelIdResponse:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id

        Returns:
            GetModelsCategoriesByModelIdResponse
        """
        from .api.models import list_model_categories

        return list_model_categories.sync(model_id, client=self._client)

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> SyncPage[ModelClassInfo]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes

        Returns:
            SyncPage[ModelClassInfo]: the first page; iterate it to walk every page lazily.
        """
        from .api.models import list_model_classes

        def fetch(token: str | None) -> GetModelsClassesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_model_classes.sync(
                model_id, client=self._client, category=category, page_size=page_size, pagination_token=_token
            )

        return sync_page(
            fetch,
            lambda page: page.classes,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def copy(self, model_id: str) -> PostModelsCopyByModelIdResponse:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):

        Returns:
            PostModelsCopyByModelIdResponse
        """
        from .api.models import copy_model

        return copy_model.sync(model_id, client=self._client)

    def train(
        self, model_id: str, *, parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET
    ) -> PutModelsTrainByModelIdResponse:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            PutModelsTrainByModelIdResponse
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return train_model.sync(model_id, client=self._client, body=body)

    def add_training_image(
        self, model_id: str, *, data: ImageInput | Unset = UNSET, name: str | Unset = UNSET
    ) -> PostModelsTrainingImagesByModelIdResponse:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL. A data URL or an asset ID (str), bytes, or
                a pathlib.Path to upload (a str naming a file is refused).
            name (str | Unset): The original file name of the image

        Returns:
            PostModelsTrainingImagesByModelIdResponse
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody

        _data = image_data_field(data)
        body = AddTrainingImageBody(data=_data, name=name)

        return add_training_image.sync(model_id, client=self._client, body=body)

    def delete_training_image(
        self, model_id: str, training_image_id: str
    ) -> DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted

        Returns:
            DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse
        """
        from .api.models import delete_training_image

        return delete_training_image.sync(model_id, training_image_id, client=self._client)

    def transfer(
        self, model_id: str, *, destination_team_id: str | Unset = UNSET, as_copy: bool | Unset = UNSET
    ) -> PostModelsTransferByModelIdResponse:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_team_id (str | Unset): The id of the team to transfer the model to
            as_copy (bool | Unset): If set to true the model will be copied instead of transferred

        Returns:
            PostModelsTransferByModelIdResponse
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_team_id=destination_team_id, as_copy=as_copy)

        return transfer_model.sync(model_id, client=self._client, body=body)

    def delete_images(self, model_id: str, *, ids: str) -> DeleteModelsImagesByModelIdResponse:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete

        Returns:
            DeleteModelsImagesByModelIdResponse
        """
        from .api.models import delete_model_images

        return delete_model_images.sync(model_id, client=self._client, ids=ids)


class AsyncModelsWithRawResponse:
    """Async ``models`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: str | Unset = UNSET,
        privacy: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> APIResponse[GetModelsResponse]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models

        Returns:
            APIResponse[GetModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_models

        return await list_models.asyncio_raw(
            client=self._client, status=status, privacy=privacy, page_size=page_size, pagination_token=pagination_token
        )

    async def create(
        self, *, name: str | Unset = UNSET, class_slug: str | Unset = UNSET
    ) -> APIResponse[PostModelsResponse]:
        """Create a new model

        Args:
            name (str | Unset): The name of your model
            class_slug (str | Unset): The slug of the class you want to use

        Returns:
            APIResponse[PostModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import create_model
        from .models import CreateModelBody

        body = CreateModelBody(name=name, class_slug=class_slug)

        return await create_model.asyncio_raw(client=self._client, body=body)

    async def get(self, model_id: str) -> APIResponse[GetModelsByModelIdResponse]:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve

        Returns:
            APIResponse[GetModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import get_model

        return await get_model.asyncio_raw(model_id, client=self._client)

    async def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: builtins.list[ModelConceptsItem] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | Unset = UNSET,
        parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET,
    ) -> APIResponse[PutModelsByModelIdResponse]:
        """Update a particular model

        Args:
            model_id (str):  The ID of the model to update
            negative_prompt_embedding (str | Unset): Add a negative prompt embedding to every model's
                generation
            thumbnail (str | Unset): The AssetId of the image you want to use as a thumbnail for the model
                (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Set to null to unset the thumbnail
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models)
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            epoch (str | Unset): The epoch of the model. Only available for flux.1-lora and flux.1-kontext-
                lora based models.

                The epoch can only be set if the model has epochs and is in status "trained".

                The default epoch (if not set) is the final model epoch (latest).

                Set to null to unset the epoch.
            prompt_embedding (str | Unset): Add a prompt embedding to every model's generation
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            type_ (PutModelsByModelIdRequestType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status.
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            APIResponse[PutModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import update_model
        from .models import PutModelsByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=type_,
            parameters=_parameters,
        )

        return await update_model.asyncio_raw(model_id, client=self._client, body=body)

    async def delete(self, model_id: str) -> APIResponse[DeleteModelsByModelIdResponse]:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete

        Returns:
            APIResponse[DeleteModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model

        return await delete_model.asyncio_raw(model_id, client=self._client)

    async def list_categories(self, model_id: str) -> APIResponse[GetModelsCategoriesByModelIdResponse]:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id

        Returns:
            APIResponse[GetModelsCategoriesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsCategoriesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_categories

        return await list_model_categories.asyncio_raw(model_id, client=self._client)

    async def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> APIResponse[GetModelsClassesByModelIdResponse]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes

        Returns:
            APIResponse[GetModelsClassesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsClassesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_classes

        return await list_model_classes.asyncio_raw(
            model_id, client=self._client, category=category, page_size=page_size, pagination_token=pagination_token
        )

    async def copy(self, model_id: str) -> APIResponse[PostModelsCopyByModelIdResponse]:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):

        Returns:
            APIResponse[PostModelsCopyByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsCopyByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import copy_model

        return await copy_model.asyncio_raw(model_id, client=self._client)

    async def train(
        self, model_id: str, *, parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET
    ) -> APIResponse[PutModelsTrainByModelIdResponse]:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            APIResponse[PutModelsTrainByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsTrainByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return await train_model.asyncio_raw(model_id, client=self._client, body=body)

    async def add_training_image(
        self, model_id: str, *, data: ImageInput | Unset = UNSET, name: str | Unset = UNSET
    ) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL. A data URL or an asset ID (str), bytes, or
                a pathlib.Path to upload (a str naming a file is refused).
            name (str | Unset): The original file name of the image

        Returns:
            APIResponse[PostModelsTrainingImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTrainingImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody

        _data = image_data_field(data)
        body = AddTrainingImageBody(data=_data, name=name)

        return await add_training_image.asyncio_raw(model_id, client=self._client, body=body)

    async def delete_training_image(
        self, model_id: str, training_image_id: str
    ) -> APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted

        Returns:
            APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_training_image

        return await delete_training_image.asyncio_raw(model_id, training_image_id, client=self._client)

    async def transfer(
        self, model_id: str, *, destination_team_id: str | Unset = UNSET, as_copy: bool | Unset = UNSET
    ) -> APIResponse[PostModelsTransferByModelIdResponse]:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_team_id (str | Unset): The id of the team to transfer the model to
            as_copy (bool | Unset): If set to true the model will be copied instead of transferred

        Returns:
            APIResponse[PostModelsTransferByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTransferByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_team_id=destination_team_id, as_copy=as_copy)

        return await transfer_model.asyncio_raw(model_id, client=self._client, body=body)

    async def delete_images(self, model_id: str, *, ids: str) -> APIResponse[DeleteModelsImagesByModelIdResponse]:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete

        Returns:
            APIResponse[DeleteModelsImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model_images

        return await delete_model_images.asyncio_raw(model_id, client=self._client, ids=ids)


class AsyncModels(AsyncModelsHelpers):
    """The async ``models`` resource: ``await client.models.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncModelsWithRawResponse(client)

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        privacy: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> AsyncPaginator[Model]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models

        Returns:
            AsyncPaginator[Model]: await it for the first page, or ``async for`` over every item.
        """
        from .api.models import list_models

        async def fetch(token: str | None) -> GetModelsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_models.asyncio(
                client=self._client, status=status, privacy=privacy, page_size=page_size, pagination_token=_token
            )

        return async_page(
            fetch,
            lambda page: page.models,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    async def create(self, *, name: str | Unset = UNSET, class_slug: str | Unset = UNSET) -> PostModelsResponse:
        """Create a new model

        Args:
            name (str | Unset): The name of your model
            class_slug (str | Unset): The slug of the class you want to use

        Returns:
            PostModelsResponse
        """
        from .api.models import create_model
        from .models import CreateModelBody

        body = CreateModelBody(name=name, class_slug=class_slug)

        return await create_model.asyncio(client=self._client, body=body)

    async def get(self, model_id: str) -> GetModelsByModelIdResponse:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve

        Returns:
            GetModelsByModelIdResponse
        """
        from .api.models import get_model

        return await get_model.asyncio(model_id, client=self._client)

    async def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: builtins.list[ModelConceptsItem] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | Unset = UNSET,
        parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET,
    ) -> PutModelsByModelIdResponse:
        """Update a particular model

        Args:
            model_id (str):  The ID of the model to update
            negative_prompt_embedding (str | Unset): Add a negative prompt embedding to every model's
                generation
            thumbnail (str | Unset): The AssetId of the image you want to use as a thumbnail for the model
                (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). Set to null to unset the thumbnail
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models)
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            epoch (str | Unset): The epoch of the model. Only available for flux.1-lora and flux.1-kontext-
                lora based models.

                The epoch can only be set if the model has epochs and is in status "trained".

                The default epoch (if not set) is the final model epoch (latest).

                Set to null to unset the epoch.
            prompt_embedding (str | Unset): Add a prompt embedding to every model's generation
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            type_ (PutModelsByModelIdRequestType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status.
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            PutModelsByModelIdResponse
        """
        from .api.models import update_model
        from .models import PutModelsByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=type_,
            parameters=_parameters,
        )

        return await update_model.asyncio(model_id, client=self._client, body=body)

    async def delete(self, model_id: str) -> DeleteModelsByModelIdResponse:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete

        Returns:
            DeleteModelsByModelIdResponse
        """
        from .api.models import delete_model

        return await delete_model.asyncio(model_id, client=self._client)

    async def list_categories(self, model_id: str) -> GetModelsCategoriesByModelIdResponse:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id

        Returns:
            GetModelsCategoriesByModelIdResponse
        """
        from .api.models import list_model_categories

        return await list_model_categories.asyncio(model_id, client=self._client)

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
    ) -> AsyncPaginator[ModelClassInfo]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes

        Returns:
            AsyncPaginator[ModelClassInfo]: await it for the first page, or ``async for`` over every item.
        """
        from .api.models import list_model_classes

        async def fetch(token: str | None) -> GetModelsClassesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_model_classes.asyncio(
                model_id, client=self._client, category=category, page_size=page_size, pagination_token=_token
            )

        return async_page(
            fetch,
            lambda page: page.classes,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    async def copy(self, model_id: str) -> PostModelsCopyByModelIdResponse:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):

        Returns:
            PostModelsCopyByModelIdResponse
        """
        from .api.models import copy_model

        return await copy_model.asyncio(model_id, client=self._client)

    async def train(
        self, model_id: str, *, parameters: TrainingParameters | Mapping[str, Any] | Unset = UNSET
    ) -> PutModelsTrainByModelIdResponse:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict is accepted too.

        Returns:
            PutModelsTrainByModelIdResponse
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters

        _parameters = TrainingParameters.from_dict(parameters) if isinstance(parameters, Mapping) else parameters
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return await train_model.asyncio(model_id, client=self._client, body=body)

    async def add_training_image(
        self, model_id: str, *, data: ImageInput | Unset = UNSET, name: str | Unset = UNSET
    ) -> PostModelsTrainingImagesByModelIdResponse:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL. A data URL or an asset ID (str), bytes, or
                a pathlib.Path to upload (a str naming a file is refused).
            name (str | Unset): The original file name of the image

        Returns:
            PostModelsTrainingImagesByModelIdResponse
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody

        _data = image_data_field(data)
        body = AddTrainingImageBody(data=_data, name=name)

        return await add_training_image.asyncio(model_id, client=self._client, body=body)

    async def delete_training_image(
        self, model_id: str, training_image_id: str
    ) -> DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted

        Returns:
            DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse
        """
        from .api.models import delete_training_image

        return await delete_training_image.asyncio(model_id, training_image_id, client=self._client)

    async def transfer(
        self, model_id: str, *, destination_team_id: str | Unset = UNSET, as_copy: bool | Unset = UNSET
    ) -> PostModelsTransferByModelIdResponse:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_team_id (str | Unset): The id of the team to transfer the model to
            as_copy (bool | Unset): If set to true the model will be copied instead of transferred

        Returns:
            PostModelsTransferByModelIdResponse
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_team_id=destination_team_id, as_copy=as_copy)

        return await transfer_model.asyncio(model_id, client=self._client, body=body)

    async def delete_images(self, model_id: str, *, ids: str) -> DeleteModelsImagesByModelIdResponse:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete

        Returns:
            DeleteModelsImagesByModelIdResponse
        """
        from .api.models import delete_model_images

        return await delete_model_images.asyncio(model_id, client=self._client, ids=ids)


class TagsWithRawResponse:
    """``tags`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetTagsResponse]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags

        Returns:
            APIResponse[GetTagsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetTagsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.tags import list_tags

        return list_tags.sync_raw(client=self._client, page_size=page_size, pagination_token=pagination_token)


class Tags:
    """The ``tags`` resource: ``client.tags.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = TagsWithRawResponse(client)

    def list(self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET) -> SyncPage[Tag]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags

        Returns:
            SyncPage[Tag]: the first page; iterate it to walk every page lazily.
        """
        from .api.tags import list_tags

        def fetch(token: str | None) -> GetTagsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_tags.sync(client=self._client, page_size=page_size, pagination_token=_token)

        return sync_page(
            fetch,
            lambda page: page.tags,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )


class AsyncTagsWithRawResponse:
    """Async ``tags`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list(
        self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET
    ) -> APIResponse[GetTagsResponse]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags

        Returns:
            APIResponse[GetTagsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetTagsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.tags import list_tags

        return await list_tags.asyncio_raw(client=self._client, page_size=page_size, pagination_token=pagination_token)


class AsyncTags:
    """The async ``tags`` resource: ``await client.tags.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncTagsWithRawResponse(client)

    def list(self, *, page_size: int | Unset = UNSET, pagination_token: str | Unset = UNSET) -> AsyncPaginator[Tag]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags

        Returns:
            AsyncPaginator[Tag]: await it for the first page, or ``async for`` over every item.
        """
        from .api.tags import list_tags

        async def fetch(token: str | None) -> GetTagsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_tags.asyncio(client=self._client, page_size=page_size, pagination_token=_token)

        return async_page(
            fetch,
            lambda page: page.tags,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )


class UsagesWithRawResponse:
    """``usages`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get(
        self, *, time_range: str | Unset = UNSET, start_date: str | Unset = UNSET, end_date: str | Unset = UNSET
    ) -> APIResponse[GetUsagesResponse]:
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage

        Returns:
            APIResponse[GetUsagesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetUsagesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.usages import get_usages

        return get_usages.sync_raw(client=self._client, time_range=time_range, start_date=start_date, end_date=end_date)


class Usages:
    """The ``usages`` resource: ``client.usages.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = UsagesWithRawResponse(client)

    def get(
        self, *, time_range: str | Unset = UNSET, start_date: str | Unset = UNSET, end_date: str | Unset = UNSET
    ) -> GetUsagesResponse:
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage

        Returns:
            GetUsagesResponse
        """
        from .api.usages import get_usages

        return get_usages.sync(client=self._client, time_range=time_range, start_date=start_date, end_date=end_date)


class AsyncUsagesWithRawResponse:
    """Async ``usages`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get(
        self, *, time_range: str | Unset = UNSET, start_date: str | Unset = UNSET, end_date: str | Unset = UNSET
    ) -> APIResponse[GetUsagesResponse]:
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage

        Returns:
            APIResponse[GetUsagesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetUsagesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.usages import get_usages

        return await get_usages.asyncio_raw(
            client=self._client, time_range=time_range, start_date=start_date, end_date=end_date
        )


class AsyncUsages:
    """The async ``usages`` resource: ``await client.usages.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncUsagesWithRawResponse(client)

    async def get(
        self, *, time_range: str | Unset = UNSET, start_date: str | Unset = UNSET, end_date: str | Unset = UNSET
    ) -> GetUsagesResponse:
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage

        Returns:
            GetUsagesResponse
        """
        from .api.usages import get_usages

        return await get_usages.asyncio(
            client=self._client, time_range=time_range, start_date=start_date, end_date=end_date
        )


class _Base:
    _client: Client

    @property
    def client(self) -> Client:
        """The low-level client, for the function-style API (``get_model.sync(model_id, client=...)``)."""
        return self._client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._client!r})"


def _make_client(
    api_token: str | None,
    client: Client | None,
    **options: Any,
) -> Client:
    return client if client is not None else Client(api_token, **options)


class Scenario(_Base):
    """The Scenario API through LowCodeAPI, resource style.

    ``api_token`` falls back to the ``LOWCODEAPI_API_TOKEN`` environment variable, ``base_url`` to
    ``LOWCODEAPI_BASE_URL`` (then ``https://api.lowcodeapi.com/scenario``); ``default_headers`` go with every
    request. Use it as a
    context manager (or call ``close()``) to release connections. ``with_options(...)`` gives a
    copy with other per-call settings that shares the connection pool.
    """

    images: Images
    inferences: Inferences
    models: Models
    tags: Tags
    usages: Usages

    def __init__(
        self,
        api_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        url_format: UrlFormatOption = "auto",
        headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        client: Client | None = None,
    ) -> None:
        self._client = _make_client(
            api_token,
            client,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            url_format=url_format,
            headers=headers,
            default_headers=default_headers,
            httpx_args=httpx_args,
        )
        self.images = Images(self._client)
        self.inferences = Inferences(self._client)
        self.models = Models(self._client)
        self.tags = Tags(self._client)
        self.usages = Usages(self._client)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        url_format: UrlFormatOption | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Scenario:
        """A copy with other settings (e.g. ``client.with_options(timeout=5).models.get(...)``), same connections.
        ``headers`` are added to the default headers."""
        return Scenario(
            client=self._client.with_options(
                timeout=timeout, max_retries=max_retries, url_format=url_format, headers=headers
            )
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Scenario:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncScenario(_Base):
    """The Scenario API through LowCodeAPI for asyncio: ``await client.models.get(model_id)``."""

    images: AsyncImages
    inferences: AsyncInferences
    models: AsyncModels
    tags: AsyncTags
    usages: AsyncUsages

    def __init__(
        self,
        api_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        url_format: UrlFormatOption = "auto",
        headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        client: Client | None = None,
    ) -> None:
        self._client = _make_client(
            api_token,
            client,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            url_format=url_format,
            headers=headers,
            default_headers=default_headers,
            httpx_args=httpx_args,
        )
        self.images = AsyncImages(self._client)
        self.inferences = AsyncInferences(self._client)
        self.models = AsyncModels(self._client)
        self.tags = AsyncTags(self._client)
        self.usages = AsyncUsages(self._client)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        url_format: UrlFormatOption | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> AsyncScenario:
        """A copy with other settings, same connections. ``headers`` are added to the default headers."""
        return AsyncScenario(
            client=self._client.with_options(
                timeout=timeout, max_retries=max_retries, url_format=url_format, headers=headers
            )
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncScenario:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
