"""Resource-style client: ``Scenario(...).models.get(model_id)``, ``AsyncScenario`` for asyncio.

Generated from the spec by codegen/extras.py; each method calls the generated operation module of
the same name (``api/<resource>/<operation>.py``), so behaviour (token, URL-format fallback, retries,
typed errors) is the runtime's, shared with the function-style API. Operation modules load on
first use, which keeps ``import scenario_lowcodeapi`` light.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Client,
    NotGiven,
    UrlFormatOption,
)
from ._pagination import AsyncPaginator, SyncPage, async_page, sync_page
from ._request_inputs import as_enum, as_model, as_models
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
        AddTrainingImageBodyPreset,
        CreateModelBodyType,
        DeleteModelsByModelIdResponse,
        DeleteModelsImagesByModelIdResponse,
        DeleteModelsInferencesAllByModelIdResponse,
        DeleteModelsInferencesByModelIdAndInferenceIdResponse,
        DeleteModelsInferencesByModelIdResponse,
        DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
        DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse,
        DryRunResponse,
        EraseBackgroundBodyFormat,
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
        PutImagesPixelateResponse,
        PutImagesRemoveBackgroundResponse,
        PutImageUpscaleResponse,
        PutModelsByModelIdRequestType,
        PutModelsByModelIdResponse,
        PutModelsTrainByModelIdResponse,
        Tag,
        TrainingParameters,
        UpscaleImageBodyPreset,
        UpscaleImageBodyStyle,
    )
    from .request_types import (
        AddTrainingImageBodyPresetLiteral,
        CreateModelBodyTypeLiteral,
        EraseBackgroundBodyFormatLiteral,
        GenerationParametersDict,
        ModelConceptsItemDict,
        PutModelsByModelIdRequestTypeLiteral,
        TrainingParametersDict,
        UpscaleImageBodyPresetLiteral,
        UpscaleImageBodyStyleLiteral,
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

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]: ...

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesEraseBackgroundResponse | DryRunResponse]: ...

    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code (ex: "#FFFFff"), an
                html color (ex: "red") or "transparent" if "format" is "png"
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            format_ (EraseBackgroundBodyFormat | Unset): The output format The plain string is accepted too.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            return_image (bool | Unset): If true, the image will be returned in the response.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody, EraseBackgroundBodyFormat

        _image, asset_id = image_body_fields(image, asset_id)
        _format_ = as_enum(EraseBackgroundBodyFormat, format_, "format_")
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=_format_,
            name=name,
            return_image=return_image,
        )

        return erase_background.sync_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesPixelateResponse]: ...

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesPixelateResponse | DryRunResponse]: ...

    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Pixelate a given image

        Args:
            pixel_grid_size (float): The size of the pixel grid in the output image. Should be 16, 32, 64,
                128, or 256.
            remove_noise (bool): Reduce pixel art artifacts.
            return_image (bool): If true, the image will be returned in the response.
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            remove_background (bool | Unset): Remove the background from the image. Default: false.
            color_palette (list[list[float]] | Unset): The color palette to use for the pixel art.
            color_palette_size (float | Unset): If no colorPalette is provided, you can provide a palette
                size. Value should be between 2 and 256.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesPixelateResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesPixelateResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            pixel_grid_size=pixel_grid_size,
            remove_noise=remove_noise,
            return_image=return_image,
            image=_image,
            asset_id=asset_id,
            name=name,
            remove_background=remove_background,
            color_palette=color_palette,
            color_palette_size=color_palette_size,
        )

        return pixelate_image.sync_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesRemoveBackgroundResponse]: ...

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesRemoveBackgroundResponse | DryRunResponse]: ...

    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesRemoveBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesRemoveBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data, needed=True)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return remove_background.sync_raw(
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImageUpscaleResponse]: ...

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImageUpscaleResponse | DryRunResponse]: ...

    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. It will be ignored if assetId
                is provided.. A data URL or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming
                a file is refused).
            seed (str | Unset): Reproduce a preceding result. Default: randomly generated number. If set,
                "seed" must be an integer between 0 and 2147483647 sent as string
            scaling_factor (float | Unset): The scaling factor to apply to the image. One of 1, 2, 4, 8, 16.
            preset (UpscaleImageBodyPreset | Unset): Optimize the upscale for a specific use case. Precise:
                Upscale for high fidelity. Balanced: Upscale for a balance between fidelity and creativity.
                Creative: Upscale for creativity. Default: Balanced. The plain string is accepted too.
            negative_prompt (str | Unset): A negative full text prompt that discourages the upscale from
                generating certain characteristics. It is recommended to test without using a negative prompt.
                Default: empty string. Example: "Low resolution, blurry, pixelated, noisy
            half_mode (bool | Unset): Optimize tiling so centered props and characters on an image get
                better results. Setting it to false will enhance performances. Default: false.
            asset_id (str | Unset): The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided,
                image and name will be ignored.
            override_embeddings (bool | Unset): Override the embeddings of the model. Default: false. Use
                with caution.
            hdr (float | Unset): Increase definition and details. High value can lead to a loss of realism.
                Default: optimized for your `preset` and `style`.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            prompt_fidelity (float | Unset): Increase the fidelity to the prompt during upscale. Default:
                optimized for your `preset` and `style`.
            style (UpscaleImageBodyStyle | Unset): Optimize the upscale for a specific style. `standard`
                works in most cases. Use one of the other `styles` to refine the outputs. Default: `standard`.
                The plain string is accepted too.
            return_image (bool | Unset): If true, a placeholder version of the image being processed will be
                returned in the response. Default: false.
            creativity (float | Unset): Allow the generation of "hallucinations" during the upscale process,
                which adds additional details and deviates from the original image. Default: optimized for your
                `preset` and `style`.
            color_correction (bool | Unset): Apply a color correction to the resulting image hence
                increasing ressemblance. Default: true.
            prompt (str | Unset): A full text prompt to guide the upscale and forcing the generation of
                certain characteristics. Default: empty string. Example: "UHD 8K hyper detailed studio photo of
                man face with yellow skin, anatomical++, disturbing+++, black background. Exploding brain.
                Bloody. Use the perspective of a standard lens to produce an image that is similar to what the
                human eye sees, creating a natural and realistic look."
            image_fidelity (float | Unset): Strengthen the similarity to the original image during the
                upscale. Default: optimized for your `preset` and `style`.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImageUpscaleResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImageUpscaleResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody, UpscaleImageBodyPreset, UpscaleImageBodyStyle

        _image, asset_id = image_body_fields(image, asset_id)
        _preset = as_enum(UpscaleImageBodyPreset, preset, "preset")
        _style = as_enum(UpscaleImageBodyStyle, style, "style")
        body = UpscaleImageBody(
            image=_image,
            seed=seed,
            scaling_factor=scaling_factor,
            preset=_preset,
            negative_prompt=negative_prompt,
            half_mode=half_mode,
            asset_id=asset_id,
            override_embeddings=override_embeddings,
            hdr=hdr,
            name=name,
            prompt_fidelity=prompt_fidelity,
            style=_style,
            return_image=return_image,
            creativity=creativity,
            color_correction=color_correction,
            prompt=prompt,
            image_fidelity=image_fidelity,
        )

        return upscale_image.sync_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class Images:
    """The ``images`` resource: ``client.images.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = ImagesWithRawResponse(client)

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse: ...

    @overload
    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse | DryRunResponse: ...

    def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse | DryRunResponse:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code (ex: "#FFFFff"), an
                html color (ex: "red") or "transparent" if "format" is "png"
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            format_ (EraseBackgroundBodyFormat | Unset): The output format The plain string is accepted too.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            return_image (bool | Unset): If true, the image will be returned in the response.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody, EraseBackgroundBodyFormat

        _image, asset_id = image_body_fields(image, asset_id)
        _format_ = as_enum(EraseBackgroundBodyFormat, format_, "format_")
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=_format_,
            name=name,
            return_image=return_image,
        )

        return erase_background.sync(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse: ...

    @overload
    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse | DryRunResponse: ...

    def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse | DryRunResponse:
        """Pixelate a given image

        Args:
            pixel_grid_size (float): The size of the pixel grid in the output image. Should be 16, 32, 64,
                128, or 256.
            remove_noise (bool): Reduce pixel art artifacts.
            return_image (bool): If true, the image will be returned in the response.
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            remove_background (bool | Unset): Remove the background from the image. Default: false.
            color_palette (list[list[float]] | Unset): The color palette to use for the pixel art.
            color_palette_size (float | Unset): If no colorPalette is provided, you can provide a palette
                size. Value should be between 2 and 256.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesPixelateResponse
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            pixel_grid_size=pixel_grid_size,
            remove_noise=remove_noise,
            return_image=return_image,
            image=_image,
            asset_id=asset_id,
            name=name,
            remove_background=remove_background,
            color_palette=color_palette,
            color_palette_size=color_palette_size,
        )

        return pixelate_image.sync(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse: ...

    @overload
    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse | DryRunResponse: ...

    def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse | DryRunResponse:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesRemoveBackgroundResponse
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data, needed=True)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return remove_background.sync(
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse: ...

    @overload
    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse | DryRunResponse: ...

    def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse | DryRunResponse:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. It will be ignored if assetId
                is provided.. A data URL or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming
                a file is refused).
            seed (str | Unset): Reproduce a preceding result. Default: randomly generated number. If set,
                "seed" must be an integer between 0 and 2147483647 sent as string
            scaling_factor (float | Unset): The scaling factor to apply to the image. One of 1, 2, 4, 8, 16.
            preset (UpscaleImageBodyPreset | Unset): Optimize the upscale for a specific use case. Precise:
                Upscale for high fidelity. Balanced: Upscale for a balance between fidelity and creativity.
                Creative: Upscale for creativity. Default: Balanced. The plain string is accepted too.
            negative_prompt (str | Unset): A negative full text prompt that discourages the upscale from
                generating certain characteristics. It is recommended to test without using a negative prompt.
                Default: empty string. Example: "Low resolution, blurry, pixelated, noisy
            half_mode (bool | Unset): Optimize tiling so centered props and characters on an image get
                better results. Setting it to false will enhance performances. Default: false.
            asset_id (str | Unset): The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided,
                image and name will be ignored.
            override_embeddings (bool | Unset): Override the embeddings of the model. Default: false. Use
                with caution.
            hdr (float | Unset): Increase definition and details. High value can lead to a loss of realism.
                Default: optimized for your `preset` and `style`.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            prompt_fidelity (float | Unset): Increase the fidelity to the prompt during upscale. Default:
                optimized for your `preset` and `style`.
            style (UpscaleImageBodyStyle | Unset): Optimize the upscale for a specific style. `standard`
                works in most cases. Use one of the other `styles` to refine the outputs. Default: `standard`.
                The plain string is accepted too.
            return_image (bool | Unset): If true, a placeholder version of the image being processed will be
                returned in the response. Default: false.
            creativity (float | Unset): Allow the generation of "hallucinations" during the upscale process,
                which adds additional details and deviates from the original image. Default: optimized for your
                `preset` and `style`.
            color_correction (bool | Unset): Apply a color correction to the resulting image hence
                increasing ressemblance. Default: true.
            prompt (str | Unset): A full text prompt to guide the upscale and forcing the generation of
                certain characteristics. Default: empty string. Example: "UHD 8K hyper detailed studio photo of
                man face with yellow skin, anatomical++, disturbing+++, black background. Exploding brain.
                Bloody. Use the perspective of a standard lens to produce an image that is similar to what the
                human eye sees, creating a natural and realistic look."
            image_fidelity (float | Unset): Strengthen the similarity to the original image during the
                upscale. Default: optimized for your `preset` and `style`.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImageUpscaleResponse
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody, UpscaleImageBodyPreset, UpscaleImageBodyStyle

        _image, asset_id = image_body_fields(image, asset_id)
        _preset = as_enum(UpscaleImageBodyPreset, preset, "preset")
        _style = as_enum(UpscaleImageBodyStyle, style, "style")
        body = UpscaleImageBody(
            image=_image,
            seed=seed,
            scaling_factor=scaling_factor,
            preset=_preset,
            negative_prompt=negative_prompt,
            half_mode=half_mode,
            asset_id=asset_id,
            override_embeddings=override_embeddings,
            hdr=hdr,
            name=name,
            prompt_fidelity=prompt_fidelity,
            style=_style,
            return_image=return_image,
            creativity=creativity,
            color_correction=color_correction,
            prompt=prompt,
            image_fidelity=image_fidelity,
        )

        return upscale_image.sync(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncImagesWithRawResponse:
    """Async ``images`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesEraseBackgroundResponse]: ...

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesEraseBackgroundResponse | DryRunResponse]: ...

    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code (ex: "#FFFFff"), an
                html color (ex: "red") or "transparent" if "format" is "png"
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            format_ (EraseBackgroundBodyFormat | Unset): The output format The plain string is accepted too.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            return_image (bool | Unset): If true, the image will be returned in the response.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesEraseBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesEraseBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody, EraseBackgroundBodyFormat

        _image, asset_id = image_body_fields(image, asset_id)
        _format_ = as_enum(EraseBackgroundBodyFormat, format_, "format_")
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=_format_,
            name=name,
            return_image=return_image,
        )

        return await erase_background.asyncio_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesPixelateResponse]: ...

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesPixelateResponse | DryRunResponse]: ...

    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Pixelate a given image

        Args:
            pixel_grid_size (float): The size of the pixel grid in the output image. Should be 16, 32, 64,
                128, or 256.
            remove_noise (bool): Reduce pixel art artifacts.
            return_image (bool): If true, the image will be returned in the response.
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            remove_background (bool | Unset): Remove the background from the image. Default: false.
            color_palette (list[list[float]] | Unset): The color palette to use for the pixel art.
            color_palette_size (float | Unset): If no colorPalette is provided, you can provide a palette
                size. Value should be between 2 and 256.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesPixelateResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesPixelateResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            pixel_grid_size=pixel_grid_size,
            remove_noise=remove_noise,
            return_image=return_image,
            image=_image,
            asset_id=asset_id,
            name=name,
            remove_background=remove_background,
            color_palette=color_palette,
            color_palette_size=color_palette_size,
        )

        return await pixelate_image.asyncio_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesRemoveBackgroundResponse]: ...

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImagesRemoveBackgroundResponse | DryRunResponse]: ...

    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImagesRemoveBackgroundResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImagesRemoveBackgroundResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data, needed=True)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return await remove_background.asyncio_raw(
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImageUpscaleResponse]: ...

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutImageUpscaleResponse | DryRunResponse]: ...

    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. It will be ignored if assetId
                is provided.. A data URL or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming
                a file is refused).
            seed (str | Unset): Reproduce a preceding result. Default: randomly generated number. If set,
                "seed" must be an integer between 0 and 2147483647 sent as string
            scaling_factor (float | Unset): The scaling factor to apply to the image. One of 1, 2, 4, 8, 16.
            preset (UpscaleImageBodyPreset | Unset): Optimize the upscale for a specific use case. Precise:
                Upscale for high fidelity. Balanced: Upscale for a balance between fidelity and creativity.
                Creative: Upscale for creativity. Default: Balanced. The plain string is accepted too.
            negative_prompt (str | Unset): A negative full text prompt that discourages the upscale from
                generating certain characteristics. It is recommended to test without using a negative prompt.
                Default: empty string. Example: "Low resolution, blurry, pixelated, noisy
            half_mode (bool | Unset): Optimize tiling so centered props and characters on an image get
                better results. Setting it to false will enhance performances. Default: false.
            asset_id (str | Unset): The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided,
                image and name will be ignored.
            override_embeddings (bool | Unset): Override the embeddings of the model. Default: false. Use
                with caution.
            hdr (float | Unset): Increase definition and details. High value can lead to a loss of realism.
                Default: optimized for your `preset` and `style`.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            prompt_fidelity (float | Unset): Increase the fidelity to the prompt during upscale. Default:
                optimized for your `preset` and `style`.
            style (UpscaleImageBodyStyle | Unset): Optimize the upscale for a specific style. `standard`
                works in most cases. Use one of the other `styles` to refine the outputs. Default: `standard`.
                The plain string is accepted too.
            return_image (bool | Unset): If true, a placeholder version of the image being processed will be
                returned in the response. Default: false.
            creativity (float | Unset): Allow the generation of "hallucinations" during the upscale process,
                which adds additional details and deviates from the original image. Default: optimized for your
                `preset` and `style`.
            color_correction (bool | Unset): Apply a color correction to the resulting image hence
                increasing ressemblance. Default: true.
            prompt (str | Unset): A full text prompt to guide the upscale and forcing the generation of
                certain characteristics. Default: empty string. Example: "UHD 8K hyper detailed studio photo of
                man face with yellow skin, anatomical++, disturbing+++, black background. Exploding brain.
                Bloody. Use the perspective of a standard lens to produce an image that is similar to what the
                human eye sees, creating a natural and realistic look."
            image_fidelity (float | Unset): Strengthen the similarity to the original image during the
                upscale. Default: optimized for your `preset` and `style`.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutImageUpscaleResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutImageUpscaleResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody, UpscaleImageBodyPreset, UpscaleImageBodyStyle

        _image, asset_id = image_body_fields(image, asset_id)
        _preset = as_enum(UpscaleImageBodyPreset, preset, "preset")
        _style = as_enum(UpscaleImageBodyStyle, style, "style")
        body = UpscaleImageBody(
            image=_image,
            seed=seed,
            scaling_factor=scaling_factor,
            preset=_preset,
            negative_prompt=negative_prompt,
            half_mode=half_mode,
            asset_id=asset_id,
            override_embeddings=override_embeddings,
            hdr=hdr,
            name=name,
            prompt_fidelity=prompt_fidelity,
            style=_style,
            return_image=return_image,
            creativity=creativity,
            color_correction=color_correction,
            prompt=prompt,
            image_fidelity=image_fidelity,
        )

        return await upscale_image.asyncio_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncImages:
    """The async ``images`` resource: ``await client.images.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncImagesWithRawResponse(client)

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse: ...

    @overload
    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse | DryRunResponse: ...

    async def erase_background(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        background_color: str | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        format_: EraseBackgroundBodyFormat | EraseBackgroundBodyFormatLiteral | Unset = UNSET,
        name: str | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesEraseBackgroundResponse | DryRunResponse:
        """Remove the background of a given image

        Args:
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            background_color (str | Unset): The background color as an hexadecimal code (ex: "#FFFFff"), an
                html color (ex: "red") or "transparent" if "format" is "png"
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            format_ (EraseBackgroundBodyFormat | Unset): The output format The plain string is accepted too.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            return_image (bool | Unset): If true, the image will be returned in the response.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesEraseBackgroundResponse
        """
        from .api.images import erase_background
        from .models import EraseBackgroundBody, EraseBackgroundBodyFormat

        _image, asset_id = image_body_fields(image, asset_id)
        _format_ = as_enum(EraseBackgroundBodyFormat, format_, "format_")
        body = EraseBackgroundBody(
            image=_image,
            background_color=background_color,
            asset_id=asset_id,
            format_=_format_,
            name=name,
            return_image=return_image,
        )

        return await erase_background.asyncio(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse: ...

    @overload
    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse | DryRunResponse: ...

    async def pixelate(
        self,
        *,
        pixel_grid_size: float,
        remove_noise: bool,
        return_image: bool,
        image: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        remove_background: bool | Unset = UNSET,
        color_palette: builtins.list[builtins.list[float]] | Unset = UNSET,
        color_palette_size: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesPixelateResponse | DryRunResponse:
        """Pixelate a given image

        Args:
            pixel_grid_size (float): The size of the pixel grid in the output image. Should be 16, 32, 64,
                128, or 256.
            remove_noise (bool): Reduce pixel art artifacts.
            return_image (bool): If true, the image will be returned in the response.
            image (ImageInput): The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAA
                AANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset
                ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): Deprecated: The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw").
                Prefer to use image with the asset ID instead.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            remove_background (bool | Unset): Remove the background from the image. Default: false.
            color_palette (list[list[float]] | Unset): The color palette to use for the pixel art.
            color_palette_size (float | Unset): If no colorPalette is provided, you can provide a palette
                size. Value should be between 2 and 256.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesPixelateResponse
        """
        from .api.images import pixelate_image
        from .models import PixelateImageBody

        _image, asset_id = image_body_fields(image, asset_id)
        body = PixelateImageBody(
            pixel_grid_size=pixel_grid_size,
            remove_noise=remove_noise,
            return_image=return_image,
            image=_image,
            asset_id=asset_id,
            name=name,
            remove_background=remove_background,
            color_palette=color_palette,
            color_palette_size=color_palette_size,
        )

        return await pixelate_image.asyncio(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse: ...

    @overload
    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse | DryRunResponse: ...

    async def remove_background(
        self,
        *,
        background_color: str | Unset = UNSET,
        data: ImageInput | Unset = UNSET,
        format_: str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImagesRemoveBackgroundResponse | DryRunResponse:
        """Remove Background of a given image

        Args:
            background_color (str | Unset): The background color as an hexadecimal code
            data (ImageInput): The input image as a data URL. A data URL or an asset ID (str), bytes, or a
                pathlib.Path to upload (a str naming a file is refused).
            format_ (str | Unset): The output format
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImagesRemoveBackgroundResponse
        """
        from .api.images import remove_background
        from .models import RemoveBackgroundBody

        _data = image_data_field(data, needed=True)
        body = RemoveBackgroundBody(background_color=background_color, data=_data, format_=format_)

        return await remove_background.asyncio(
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse: ...

    @overload
    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse | DryRunResponse: ...

    async def upscale(
        self,
        *,
        image: ImageInput | Unset = UNSET,
        seed: str | Unset = UNSET,
        scaling_factor: float | Unset = UNSET,
        preset: UpscaleImageBodyPreset | UpscaleImageBodyPresetLiteral | Unset = UNSET,
        negative_prompt: str | Unset = UNSET,
        half_mode: bool | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        override_embeddings: bool | Unset = UNSET,
        hdr: float | Unset = UNSET,
        name: str | Unset = UNSET,
        prompt_fidelity: float | Unset = UNSET,
        style: UpscaleImageBodyStyle | UpscaleImageBodyStyleLiteral | Unset = UNSET,
        return_image: bool | Unset = UNSET,
        creativity: float | Unset = UNSET,
        color_correction: bool | Unset = UNSET,
        prompt: str | Unset = UNSET,
        image_fidelity: float | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutImageUpscaleResponse | DryRunResponse:
        """Upscale a given image

        Args:
            image (ImageInput): The image to upscale in base64 format string. It will be ignored if assetId
                is provided.. A data URL or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming
                a file is refused).
            seed (str | Unset): Reproduce a preceding result. Default: randomly generated number. If set,
                "seed" must be an integer between 0 and 2147483647 sent as string
            scaling_factor (float | Unset): The scaling factor to apply to the image. One of 1, 2, 4, 8, 16.
            preset (UpscaleImageBodyPreset | Unset): Optimize the upscale for a specific use case. Precise:
                Upscale for high fidelity. Balanced: Upscale for a balance between fidelity and creativity.
                Creative: Upscale for creativity. Default: Balanced. The plain string is accepted too.
            negative_prompt (str | Unset): A negative full text prompt that discourages the upscale from
                generating certain characteristics. It is recommended to test without using a negative prompt.
                Default: empty string. Example: "Low resolution, blurry, pixelated, noisy
            half_mode (bool | Unset): Optimize tiling so centered props and characters on an image get
                better results. Setting it to false will enhance performances. Default: false.
            asset_id (str | Unset): The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided,
                image and name will be ignored.
            override_embeddings (bool | Unset): Override the embeddings of the model. Default: false. Use
                with caution.
            hdr (float | Unset): Increase definition and details. High value can lead to a loss of realism.
                Default: optimized for your `preset` and `style`.
            name (str | Unset): The original file name of the image (example: "low-res-image.jpg"). It will
                be ignored if assetId is provided.
            prompt_fidelity (float | Unset): Increase the fidelity to the prompt during upscale. Default:
                optimized for your `preset` and `style`.
            style (UpscaleImageBodyStyle | Unset): Optimize the upscale for a specific style. `standard`
                works in most cases. Use one of the other `styles` to refine the outputs. Default: `standard`.
                The plain string is accepted too.
            return_image (bool | Unset): If true, a placeholder version of the image being processed will be
                returned in the response. Default: false.
            creativity (float | Unset): Allow the generation of "hallucinations" during the upscale process,
                which adds additional details and deviates from the original image. Default: optimized for your
                `preset` and `style`.
            color_correction (bool | Unset): Apply a color correction to the resulting image hence
                increasing ressemblance. Default: true.
            prompt (str | Unset): A full text prompt to guide the upscale and forcing the generation of
                certain characteristics. Default: empty string. Example: "UHD 8K hyper detailed studio photo of
                man face with yellow skin, anatomical++, disturbing+++, black background. Exploding brain.
                Bloody. Use the perspective of a standard lens to produce an image that is similar to what the
                human eye sees, creating a natural and realistic look."
            image_fidelity (float | Unset): Strengthen the similarity to the original image during the
                upscale. Default: optimized for your `preset` and `style`.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutImageUpscaleResponse
        """
        from .api.images import upscale_image
        from .models import UpscaleImageBody, UpscaleImageBodyPreset, UpscaleImageBodyStyle

        _image, asset_id = image_body_fields(image, asset_id)
        _preset = as_enum(UpscaleImageBodyPreset, preset, "preset")
        _style = as_enum(UpscaleImageBodyStyle, style, "style")
        body = UpscaleImageBody(
            image=_image,
            seed=seed,
            scaling_factor=scaling_factor,
            preset=_preset,
            negative_prompt=negative_prompt,
            half_mode=half_mode,
            asset_id=asset_id,
            override_embeddings=override_embeddings,
            hdr=hdr,
            name=name,
            prompt_fidelity=prompt_fidelity,
            style=_style,
            return_image=return_image,
            creativity=creativity,
            color_correction=color_correction,
            prompt=prompt,
            image_fidelity=image_fidelity,
        )

        return await upscale_image.asyncio(
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class InferencesWithRawResponse:
    """``inferences`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetInferencesResponse]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetInferencesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetInferencesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_inferences

        return list_inferences.sync_raw(
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_for_model(
        self,
        model_id: str,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesByModelIdResponse]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_model_inferences

        return list_model_inferences.sync_raw(
            model_id,
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsInferencesByModelIdResponse]: ...

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsInferencesByModelIdResponse | DryRunResponse]: ...

    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict (GenerationParametersDict) is accepted too.
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest
        from .request_types import GenerationParametersDict

        _parameters = as_model(GenerationParameters, parameters, "parameters", GenerationParametersDict)
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return create_inference.sync_raw(
            model_id,
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_many(
        self,
        model_id: str,
        *,
        inference_ids: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesByModelIdResponse]:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inferences

        return delete_inferences.sync_raw(
            model_id,
            client=self._client,
            inference_ids=inference_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_all(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesAllByModelIdResponse]:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesAllByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesAllByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_all_inferences

        return delete_all_inferences.sync_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference

        return get_inference.sync_raw(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference

        return delete_inference.sync_raw(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference_image

        return get_inference_image.sync_raw(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference_image

        return delete_inference_image.sync_raw(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class Inferences(InferencesHelpers):
    """The ``inferences`` resource: ``client.inferences.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = InferencesWithRawResponse(client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Inference]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            SyncPage[Inference]: the first page; iterate it to walk every page lazily.
        """
        from .api.inferences import list_inferences

        def fetch(token: str | None) -> GetInferencesResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_inferences.sync(
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return sync_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def list_for_model(
        self,
        model_id: str,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Inference]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            SyncPage[Inference]: the first page; iterate it to walk every page lazily.
        """
        from .api.inferences import list_model_inferences

        def fetch(token: str | None) -> GetModelsInferencesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_model_inferences.sync(
                model_id,
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return sync_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse: ...

    @overload
    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse | DryRunResponse: ...

    def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse | DryRunResponse:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict (GenerationParametersDict) is accepted too.
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsInferencesByModelIdResponse
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest
        from .request_types import GenerationParametersDict

        _parameters = as_model(GenerationParameters, parameters, "parameters", GenerationParametersDict)
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return create_inference.sync(
            model_id,
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_many(
        self,
        model_id: str,
        *,
        inference_ids: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesByModelIdResponse:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesByModelIdResponse
        """
        from .api.inferences import delete_inferences

        return delete_inferences.sync(
            model_id,
            client=self._client,
            inference_ids=inference_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_all(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesAllByModelIdResponse:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesAllByModelIdResponse
        """
        from .api.inferences import delete_all_inferences

        return delete_all_inferences.sync(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsInferencesByModelIdAndInferenceIdResponse:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import get_inference

        return get_inference.sync(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesByModelIdAndInferenceIdResponse:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import delete_inference

        return delete_inference.sync(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes
        """
        from .api.inferences import get_inference_image

        return get_inference_image.sync(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
        """
        from .api.inferences import delete_inference_image

        return delete_inference_image.sync(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncInferencesWithRawResponse:
    """Async ``inferences`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetInferencesResponse]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetInferencesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetInferencesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_inferences

        return await list_inferences.asyncio_raw(
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_for_model(
        self,
        model_id: str,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesByModelIdResponse]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import list_model_inferences

        return await list_model_inferences.asyncio_raw(
            model_id,
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsInferencesByModelIdResponse]: ...

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsInferencesByModelIdResponse | DryRunResponse]: ...

    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict (GenerationParametersDict) is accepted too.
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest
        from .request_types import GenerationParametersDict

        _parameters = as_model(GenerationParameters, parameters, "parameters", GenerationParametersDict)
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return await create_inference.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_many(
        self,
        model_id: str,
        *,
        inference_ids: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesByModelIdResponse]:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inferences

        return await delete_inferences.asyncio_raw(
            model_id,
            client=self._client,
            inference_ids=inference_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_all(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesAllByModelIdResponse]:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesAllByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesAllByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_all_inferences

        return await delete_all_inferences.asyncio_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference

        return await get_inference.asyncio_raw(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesByModelIdAndInferenceIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesByModelIdAndInferenceIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference

        return await delete_inference.asyncio_raw(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import get_inference_image

        return await get_inference_image.asyncio_raw(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.inferences import delete_inference_image

        return await delete_inference_image.asyncio_raw(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncInferences(AsyncInferencesHelpers):
    """The async ``inferences`` resource: ``await client.inferences.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncInferencesWithRawResponse(client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Inference]:
        """Get all inferences

        Args:
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            AsyncPaginator[Inference]: await it for the first page, or ``async for`` over every item.
        """
        from .api.inferences import list_inferences

        async def fetch(token: str | None) -> GetInferencesResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_inferences.asyncio(
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return async_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def list_for_model(
        self,
        model_id: str,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Inference]:
        """Get all inferences for a particular model

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            page_size (int | Unset):  The number of inferences to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of inferences
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            AsyncPaginator[Inference]: await it for the first page, or ``async for`` over every item.
        """
        from .api.inferences import list_model_inferences

        async def fetch(token: str | None) -> GetModelsInferencesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_model_inferences.asyncio(
                model_id,
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return async_page(
            fetch,
            lambda page: page.inferences,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse: ...

    @overload
    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse | DryRunResponse: ...

    async def create(
        self,
        model_id: str,
        *,
        parameters: GenerationParameters | GenerationParametersDict,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsInferencesByModelIdResponse | DryRunResponse:
        """Create a new inference for a specific model

        Args:
            model_id (str):  The ID of model that will be used to generate new images
            parameters (GenerationParameters):  A dict (GenerationParametersDict) is accepted too.
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsInferencesByModelIdResponse
        """
        from .api.inferences import create_inference
        from .models import GenerationParameters, PostModelsInferencesByModelIdRequest
        from .request_types import GenerationParametersDict

        _parameters = as_model(GenerationParameters, parameters, "parameters", GenerationParametersDict)
        body = PostModelsInferencesByModelIdRequest(parameters=_parameters)

        return await create_inference.asyncio(
            model_id,
            client=self._client,
            body=body,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_many(
        self,
        model_id: str,
        *,
        inference_ids: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesByModelIdResponse:
        """Delete an inference

        Args:
            model_id (str):  The ID of the model of the generated images to delete
            inference_ids (str | Unset):
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesByModelIdResponse
        """
        from .api.inferences import delete_inferences

        return await delete_inferences.asyncio(
            model_id,
            client=self._client,
            inference_ids=inference_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_all(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesAllByModelIdResponse:
        """Delete all inferences of a model

        Args:
            model_id (str):  The ID of model on which all inferences will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesAllByModelIdResponse
        """
        from .api.inferences import delete_all_inferences

        return await delete_all_inferences.asyncio(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsInferencesByModelIdAndInferenceIdResponse:
        """Get an inference including its status

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import get_inference

        return await get_inference.asyncio(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        model_id: str,
        inference_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesByModelIdAndInferenceIdResponse:
        """Delete an inference and all its generated images

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesByModelIdAndInferenceIdResponse
        """
        from .api.inferences import delete_inference

        return await delete_inference.asyncio(
            model_id,
            inference_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes:
        """Get a particular image of an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to retrieve
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse | bytes
        """
        from .api.inferences import get_inference_image

        return await get_inference_image.asyncio(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_image(
        self,
        model_id: str,
        inference_id: str,
        image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse:
        """Delete an image from an inference

        Args:
            model_id (str):  The model Id of the inference id
            inference_id (str):  The inference Id of the image id
            image_id (str):  The image Id to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse
        """
        from .api.inferences import delete_inference_image

        return await delete_inference_image.asyncio(
            model_id,
            inference_id,
            image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


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
        original_assets: bool | str | Unset = UNSET,
        blacklisted: bool | str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        loaded_only: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsResponse]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            blacklisted (bool | str | Unset):  If set to true, returns the list of models blacklisted for
                the team (only available for team admins)
            collection_id (str | Unset):  When provided, only the models in the Collection will be returned
            loaded_only (bool | str | Unset):  If set to true, returns the list of models currently loaded
                on GPU
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_models

        return list_models.sync_raw(
            client=self._client,
            status=status,
            privacy=privacy,
            page_size=page_size,
            pagination_token=pagination_token,
            original_assets=original_assets,
            blacklisted=blacklisted,
            collection_id=collection_id,
            loaded_only=loaded_only,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def create(
        self,
        *,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        collection_ids: builtins.list[str] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        base_model_id: str | Unset = UNSET,
        type_: CreateModelBodyType | CreateModelBodyTypeLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsResponse]:
        """Create a new model

        Args:
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
            collection_ids (list[str] | Unset): List of collection IDs to add the model to
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            base_model_id (str | Unset): The ID of the base model to use as a starting point for the
                training (example: "flux.1-dev")

                Value is automatically set based on the model's type. In case of doubt leave it empty.
            type_ (CreateModelBodyType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import create_model
        from .models import CreateModelBody, CreateModelBodyType, ModelConceptsItem
        from .request_types import ModelConceptsItemDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(CreateModelBodyType, type_, "type_")
        body = CreateModelBody(
            concepts=_concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=_type_,
        )

        return create_model.sync_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        model_id: str,
        *,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsByModelIdResponse]:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import get_model

        return get_model.sync_raw(
            model_id,
            client=self._client,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | PutModelsByModelIdRequestTypeLiteral | Unset = UNSET,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
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

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import update_model
        from .models import (
            ModelConceptsItem,
            PutModelsByModelIdRequest,
            PutModelsByModelIdRequestType,
            TrainingParameters,
        )
        from .request_types import ModelConceptsItemDict, TrainingParametersDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(PutModelsByModelIdRequestType, type_, "type_")
        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=_concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=_type_,
            parameters=_parameters,
        )

        return update_model.sync_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsByModelIdResponse]:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model

        return delete_model.sync_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_categories(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsCategoriesByModelIdResponse]:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsCategoriesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsCategoriesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_categories

        return list_model_categories.sync_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsClassesByModelIdResponse]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsClassesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsClassesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_classes

        return list_model_classes.sync_raw(
            model_id,
            client=self._client,
            category=category,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def copy(
        self,
        model_id: str,
        *,
        copy_examples: bool | Unset = UNSET,
        copy_as_trained: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsCopyByModelIdResponse]:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):
            copy_examples (bool | Unset): true by default, the example images will be copied
            copy_as_trained (bool | Unset): If set to true, the training data will be copied
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsCopyByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsCopyByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import copy_model
        from .models import CopyModelBody

        body = CopyModelBody(copy_examples=copy_examples, copy_as_trained=copy_as_trained)

        return copy_model.sync_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutModelsTrainByModelIdResponse]: ...

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutModelsTrainByModelIdResponse | DryRunResponse]: ...

    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutModelsTrainByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsTrainByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters
        from .request_types import TrainingParametersDict

        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return train_model.sync_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_training_image(
        self,
        model_id: str,
        *,
        data: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        asset_ids: builtins.list[str] | Unset = UNSET,
        preset: AddTrainingImageBodyPreset | AddTrainingImageBodyPresetLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL (example: "data:image/png;base64,iVBORw0KGgo
                AAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="). A data URL
                or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID to use as a training image (example:
                "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, "data" and "name" parameters will be ignored.
            name (str | Unset): The original file name of the image (example: "my-training-image.jpg")
            asset_ids (list[str] | Unset): The asset IDs to use as training images (example:
                ["asset_GTrL3mq4SXWyMxkOHRxlpw", "asset_GTrL3mq4SXWyMxkOHRxlpw"])
                Used in batch mode, up to 10 asset IDs are allowed. Cannot be used with "assetId" or "data" and
                "name" parameters.
            preset (AddTrainingImageBodyPreset | Unset): The preset to use for training images The plain
                string is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsTrainingImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTrainingImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody, AddTrainingImageBodyPreset

        _data = image_data_field(data)
        _preset = as_enum(AddTrainingImageBodyPreset, preset, "preset")
        body = AddTrainingImageBody(data=_data, asset_id=asset_id, name=name, asset_ids=asset_ids, preset=_preset)

        return add_training_image.sync_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_training_image(
        self,
        model_id: str,
        training_image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_training_image

        return delete_training_image.sync_raw(
            model_id,
            training_image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def transfer(
        self,
        model_id: str,
        *,
        destination_project_id: str,
        destination_team_id: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsTransferByModelIdResponse]:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_project_id (str): The id of the project to copy and transfer the model to
            destination_team_id (str | Unset): The id of the team to copy and transfer the model to
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsTransferByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTransferByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_project_id=destination_project_id, destination_team_id=destination_team_id)

        return transfer_model.sync_raw(
            model_id,
            client=self._client,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_images(
        self,
        model_id: str,
        *,
        ids: str,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsImagesByModelIdResponse]:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model_images

        return delete_model_images.sync_raw(
            model_id,
            client=self._client,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


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
        original_assets: bool | str | Unset = UNSET,
        blacklisted: bool | str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        loaded_only: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Model]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            blacklisted (bool | str | Unset):  If set to true, returns the list of models blacklisted for
                the team (only available for team admins)
            collection_id (str | Unset):  When provided, only the models in the Collection will be returned
            loaded_only (bool | str | Unset):  If set to true, returns the list of models currently loaded
                on GPU
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            SyncPage[Model]: the first page; iterate it to walk every page lazily.
        """
        from .api.models import list_models

        def fetch(token: str | None) -> GetModelsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_models.sync(
                client=self._client,
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return sync_page(
            fetch,
            lambda page: page.models,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def create(
        self,
        *,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        collection_ids: builtins.list[str] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        base_model_id: str | Unset = UNSET,
        type_: CreateModelBodyType | CreateModelBodyTypeLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsResponse:
        """Create a new model

        Args:
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
            collection_ids (list[str] | Unset): List of collection IDs to add the model to
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            base_model_id (str | Unset): The ID of the base model to use as a starting point for the
                training (example: "flux.1-dev")

                Value is automatically set based on the model's type. In case of doubt leave it empty.
            type_ (CreateModelBodyType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsResponse
        """
        from .api.models import create_model
        from .models import CreateModelBody, CreateModelBodyType, ModelConceptsItem
        from .request_types import ModelConceptsItemDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(CreateModelBodyType, type_, "type_")
        body = CreateModelBody(
            concepts=_concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=_type_,
        )

        return create_model.sync(
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def get(
        self,
        model_id: str,
        *,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsByModelIdResponse:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsByModelIdResponse
        """
        from .api.models import get_model

        return get_model.sync(
            model_id,
            client=self._client,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | PutModelsByModelIdRequestTypeLiteral | Unset = UNSET,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
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

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutModelsByModelIdResponse
        """
        from .api.models import update_model
        from .models import (
            ModelConceptsItem,
            PutModelsByModelIdRequest,
            PutModelsByModelIdRequestType,
            TrainingParameters,
        )
        from .request_types import ModelConceptsItemDict, TrainingParametersDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(PutModelsByModelIdRequestType, type_, "type_")
        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=_concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=_type_,
            parameters=_parameters,
        )

        return update_model.sync(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsByModelIdResponse:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsByModelIdResponse
        """
        from .api.models import delete_model

        return delete_model.sync(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_categories(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsCategoriesByModelIdResponse:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsCategoriesByModelIdResponse
        """
        from .api.models import list_model_categories

        return list_model_categories.sync(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ModelClassInfo]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            SyncPage[ModelClassInfo]: the first page; iterate it to walk every page lazily.
        """
        from .api.models import list_model_classes

        def fetch(token: str | None) -> GetModelsClassesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_model_classes.sync(
                model_id,
                client=self._client,
                category=category,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return sync_page(
            fetch,
            lambda page: page.classes,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    def copy(
        self,
        model_id: str,
        *,
        copy_examples: bool | Unset = UNSET,
        copy_as_trained: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsCopyByModelIdResponse:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):
            copy_examples (bool | Unset): true by default, the example images will be copied
            copy_as_trained (bool | Unset): If set to true, the training data will be copied
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsCopyByModelIdResponse
        """
        from .api.models import copy_model
        from .models import CopyModelBody

        body = CopyModelBody(copy_examples=copy_examples, copy_as_trained=copy_as_trained)

        return copy_model.sync(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse: ...

    @overload
    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse | DryRunResponse: ...

    def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse | DryRunResponse:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutModelsTrainByModelIdResponse
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters
        from .request_types import TrainingParametersDict

        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return train_model.sync(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def add_training_image(
        self,
        model_id: str,
        *,
        data: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        asset_ids: builtins.list[str] | Unset = UNSET,
        preset: AddTrainingImageBodyPreset | AddTrainingImageBodyPresetLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsTrainingImagesByModelIdResponse:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL (example: "data:image/png;base64,iVBORw0KGgo
                AAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="). A data URL
                or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID to use as a training image (example:
                "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, "data" and "name" parameters will be ignored.
            name (str | Unset): The original file name of the image (example: "my-training-image.jpg")
            asset_ids (list[str] | Unset): The asset IDs to use as training images (example:
                ["asset_GTrL3mq4SXWyMxkOHRxlpw", "asset_GTrL3mq4SXWyMxkOHRxlpw"])
                Used in batch mode, up to 10 asset IDs are allowed. Cannot be used with "assetId" or "data" and
                "name" parameters.
            preset (AddTrainingImageBodyPreset | Unset): The preset to use for training images The plain
                string is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsTrainingImagesByModelIdResponse
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody, AddTrainingImageBodyPreset

        _data = image_data_field(data)
        _preset = as_enum(AddTrainingImageBodyPreset, preset, "preset")
        body = AddTrainingImageBody(data=_data, asset_id=asset_id, name=name, asset_ids=asset_ids, preset=_preset)

        return add_training_image.sync(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_training_image(
        self,
        model_id: str,
        training_image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse
        """
        from .api.models import delete_training_image

        return delete_training_image.sync(
            model_id,
            training_image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def transfer(
        self,
        model_id: str,
        *,
        destination_project_id: str,
        destination_team_id: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsTransferByModelIdResponse:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_project_id (str): The id of the project to copy and transfer the model to
            destination_team_id (str | Unset): The id of the team to copy and transfer the model to
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsTransferByModelIdResponse
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_project_id=destination_project_id, destination_team_id=destination_team_id)

        return transfer_model.sync(
            model_id,
            client=self._client,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def delete_images(
        self,
        model_id: str,
        *,
        ids: str,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsImagesByModelIdResponse:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsImagesByModelIdResponse
        """
        from .api.models import delete_model_images

        return delete_model_images.sync(
            model_id,
            client=self._client,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


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
        original_assets: bool | str | Unset = UNSET,
        blacklisted: bool | str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        loaded_only: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsResponse]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            blacklisted (bool | str | Unset):  If set to true, returns the list of models blacklisted for
                the team (only available for team admins)
            collection_id (str | Unset):  When provided, only the models in the Collection will be returned
            loaded_only (bool | str | Unset):  If set to true, returns the list of models currently loaded
                on GPU
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_models

        return await list_models.asyncio_raw(
            client=self._client,
            status=status,
            privacy=privacy,
            page_size=page_size,
            pagination_token=pagination_token,
            original_assets=original_assets,
            blacklisted=blacklisted,
            collection_id=collection_id,
            loaded_only=loaded_only,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        collection_ids: builtins.list[str] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        base_model_id: str | Unset = UNSET,
        type_: CreateModelBodyType | CreateModelBodyTypeLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsResponse]:
        """Create a new model

        Args:
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
            collection_ids (list[str] | Unset): List of collection IDs to add the model to
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            base_model_id (str | Unset): The ID of the base model to use as a starting point for the
                training (example: "flux.1-dev")

                Value is automatically set based on the model's type. In case of doubt leave it empty.
            type_ (CreateModelBodyType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import create_model
        from .models import CreateModelBody, CreateModelBodyType, ModelConceptsItem
        from .request_types import ModelConceptsItemDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(CreateModelBodyType, type_, "type_")
        body = CreateModelBody(
            concepts=_concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=_type_,
        )

        return await create_model.asyncio_raw(
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        model_id: str,
        *,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsByModelIdResponse]:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import get_model

        return await get_model.asyncio_raw(
            model_id,
            client=self._client,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | PutModelsByModelIdRequestTypeLiteral | Unset = UNSET,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
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

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import update_model
        from .models import (
            ModelConceptsItem,
            PutModelsByModelIdRequest,
            PutModelsByModelIdRequestType,
            TrainingParameters,
        )
        from .request_types import ModelConceptsItemDict, TrainingParametersDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(PutModelsByModelIdRequestType, type_, "type_")
        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=_concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=_type_,
            parameters=_parameters,
        )

        return await update_model.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsByModelIdResponse]:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model

        return await delete_model.asyncio_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_categories(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsCategoriesByModelIdResponse]:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsCategoriesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsCategoriesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_categories

        return await list_model_categories.asyncio_raw(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetModelsClassesByModelIdResponse]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetModelsClassesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetModelsClassesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import list_model_classes

        return await list_model_classes.asyncio_raw(
            model_id,
            client=self._client,
            category=category,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def copy(
        self,
        model_id: str,
        *,
        copy_examples: bool | Unset = UNSET,
        copy_as_trained: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsCopyByModelIdResponse]:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):
            copy_examples (bool | Unset): true by default, the example images will be copied
            copy_as_trained (bool | Unset): If set to true, the training data will be copied
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsCopyByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsCopyByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import copy_model
        from .models import CopyModelBody

        body = CopyModelBody(copy_examples=copy_examples, copy_as_trained=copy_as_trained)

        return await copy_model.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DryRunResponse]: ...

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutModelsTrainByModelIdResponse]: ...

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PutModelsTrainByModelIdResponse | DryRunResponse]: ...

    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PutModelsTrainByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PutModelsTrainByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters
        from .request_types import TrainingParametersDict

        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return await train_model.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_training_image(
        self,
        model_id: str,
        *,
        data: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        asset_ids: builtins.list[str] | Unset = UNSET,
        preset: AddTrainingImageBodyPreset | AddTrainingImageBodyPresetLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsTrainingImagesByModelIdResponse]:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL (example: "data:image/png;base64,iVBORw0KGgo
                AAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="). A data URL
                or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID to use as a training image (example:
                "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, "data" and "name" parameters will be ignored.
            name (str | Unset): The original file name of the image (example: "my-training-image.jpg")
            asset_ids (list[str] | Unset): The asset IDs to use as training images (example:
                ["asset_GTrL3mq4SXWyMxkOHRxlpw", "asset_GTrL3mq4SXWyMxkOHRxlpw"])
                Used in batch mode, up to 10 asset IDs are allowed. Cannot be used with "assetId" or "data" and
                "name" parameters.
            preset (AddTrainingImageBodyPreset | Unset): The preset to use for training images The plain
                string is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsTrainingImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTrainingImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody, AddTrainingImageBodyPreset

        _data = image_data_field(data)
        _preset = as_enum(AddTrainingImageBodyPreset, preset, "preset")
        body = AddTrainingImageBody(data=_data, asset_id=asset_id, name=name, asset_ids=asset_ids, preset=_preset)

        return await add_training_image.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_training_image(
        self,
        model_id: str,
        training_image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_training_image

        return await delete_training_image.asyncio_raw(
            model_id,
            training_image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def transfer(
        self,
        model_id: str,
        *,
        destination_project_id: str,
        destination_team_id: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PostModelsTransferByModelIdResponse]:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_project_id (str): The id of the project to copy and transfer the model to
            destination_team_id (str | Unset): The id of the team to copy and transfer the model to
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[PostModelsTransferByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives PostModelsTransferByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_project_id=destination_project_id, destination_team_id=destination_team_id)

        return await transfer_model.asyncio_raw(
            model_id,
            client=self._client,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_images(
        self,
        model_id: str,
        *,
        ids: str,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteModelsImagesByModelIdResponse]:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[DeleteModelsImagesByModelIdResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives DeleteModelsImagesByModelIdResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.models import delete_model_images

        return await delete_model_images.asyncio_raw(
            model_id,
            client=self._client,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


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
        original_assets: bool | str | Unset = UNSET,
        blacklisted: bool | str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        loaded_only: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Model]:
        """List all models

        Args:
            status (str | Unset):  The status of the models to return
            privacy (str | Unset):  The privacy of the models to return
            page_size (int | Unset):  The number of models to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of models
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            blacklisted (bool | str | Unset):  If set to true, returns the list of models blacklisted for
                the team (only available for team admins)
            collection_id (str | Unset):  When provided, only the models in the Collection will be returned
            loaded_only (bool | str | Unset):  If set to true, returns the list of models currently loaded
                on GPU
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            AsyncPaginator[Model]: await it for the first page, or ``async for`` over every item.
        """
        from .api.models import list_models

        async def fetch(token: str | None) -> GetModelsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_models.asyncio(
                client=self._client,
                status=status,
                privacy=privacy,
                page_size=page_size,
                pagination_token=_token,
                original_assets=original_assets,
                blacklisted=blacklisted,
                collection_id=collection_id,
                loaded_only=loaded_only,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return async_page(
            fetch,
            lambda page: page.models,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    async def create(
        self,
        *,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        collection_ids: builtins.list[str] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        base_model_id: str | Unset = UNSET,
        type_: CreateModelBodyType | CreateModelBodyTypeLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsResponse:
        """Create a new model

        Args:
            concepts (list[ModelConceptsItem] | Unset): The concepts is required for composition models.
                With one or more loras

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
            collection_ids (list[str] | Unset): List of collection IDs to add the model to
            class_slug (str | Unset): The slug of the class you want to use (ex: "characters-npcs-mobs-
                characters"). Set to null to unset the class
            name (str | Unset): The model's name (ex: "Cinematic Realism").

                If not set, the model's name will be automatically generated when starting training based on
                training data.
            short_description (str | Unset): The model's short description (ex: "This model generates highly
                detailed cinematic scenes.").

                If not set, the model's short description will be automatically generated when starting training
                based on training data.
            base_model_id (str | Unset): The ID of the base model to use as a starting point for the
                training (example: "flux.1-dev")

                Value is automatically set based on the model's type. In case of doubt leave it empty.
            type_ (CreateModelBodyType | Unset): The model's type (ex: "flux.1-lora").

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsResponse
        """
        from .api.models import create_model
        from .models import CreateModelBody, CreateModelBodyType, ModelConceptsItem
        from .request_types import ModelConceptsItemDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(CreateModelBodyType, type_, "type_")
        body = CreateModelBody(
            concepts=_concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=_type_,
        )

        return await create_model.asyncio(
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def get(
        self,
        model_id: str,
        *,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsByModelIdResponse:
        """Get a model's details including its training status and training progress if available

        Args:
            model_id (str):  The model ID to retrieve
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsByModelIdResponse
        """
        from .api.models import get_model

        return await get_model.asyncio(
            model_id,
            client=self._client,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def update(
        self,
        model_id: str,
        *,
        negative_prompt_embedding: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
        concepts: Sequence[ModelConceptsItem | ModelConceptsItemDict] | Unset = UNSET,
        class_slug: str | Unset = UNSET,
        name: str | Unset = UNSET,
        epoch: str | Unset = UNSET,
        prompt_embedding: str | Unset = UNSET,
        short_description: str | Unset = UNSET,
        type_: PutModelsByModelIdRequestType | PutModelsByModelIdRequestTypeLiteral | Unset = UNSET,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
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

                Only applicable to Flux based models (and older SD1.5 and SDXL models) Dicts
                (ModelConceptsItemDict) are accepted too.
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

                The type can only be changed if the model has the "new" status. The plain string is accepted
                too.
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutModelsByModelIdResponse
        """
        from .api.models import update_model
        from .models import (
            ModelConceptsItem,
            PutModelsByModelIdRequest,
            PutModelsByModelIdRequestType,
            TrainingParameters,
        )
        from .request_types import ModelConceptsItemDict, TrainingParametersDict

        _concepts = as_models(ModelConceptsItem, concepts, "concepts", ModelConceptsItemDict)
        _type_ = as_enum(PutModelsByModelIdRequestType, type_, "type_")
        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsByModelIdRequest(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=_concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=_type_,
            parameters=_parameters,
        )

        return await update_model.asyncio(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsByModelIdResponse:
        """Delete a model

        Args:
            model_id (str):  The ID of the model to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsByModelIdResponse
        """
        from .api.models import delete_model

        return await delete_model.asyncio(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def list_categories(
        self,
        model_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetModelsCategoriesByModelIdResponse:
        """List all categories of a model

        Args:
            model_id (str):  The categories available for a model Id
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetModelsCategoriesByModelIdResponse
        """
        from .api.models import list_model_categories

        return await list_model_categories.asyncio(
            model_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    def list_classes(
        self,
        model_id: str,
        *,
        category: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ModelClassInfo]:
        """List all classes for a model and category

        Args:
            model_id (str):  The ID of the model of the category
            category (str | Unset):  The category of the classes
            page_size (int | Unset):  The number of classes to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of classes
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            AsyncPaginator[ModelClassInfo]: await it for the first page, or ``async for`` over every item.
        """
        from .api.models import list_model_classes

        async def fetch(token: str | None) -> GetModelsClassesByModelIdResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_model_classes.asyncio(
                model_id,
                client=self._client,
                category=category,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

        return async_page(
            fetch,
            lambda page: page.classes,
            lambda page: page.next_pagination_token,
            start=pagination_token if isinstance(pagination_token, str) else None,
        )

    async def copy(
        self,
        model_id: str,
        *,
        copy_examples: bool | Unset = UNSET,
        copy_as_trained: bool | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsCopyByModelIdResponse:
        """Copy a model to a new model including all of its training images

        Args:
            model_id (str):
            copy_examples (bool | Unset): true by default, the example images will be copied
            copy_as_trained (bool | Unset): If set to true, the training data will be copied
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsCopyByModelIdResponse
        """
        from .api.models import copy_model
        from .models import CopyModelBody

        body = CopyModelBody(copy_examples=copy_examples, copy_as_trained=copy_as_trained)

        return await copy_model.asyncio(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[True],
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DryRunResponse: ...

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: Literal[False] = False,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse: ...

    @overload
    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse | DryRunResponse: ...

    async def train(
        self,
        model_id: str,
        *,
        parameters: TrainingParameters | TrainingParametersDict | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        dry_run: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PutModelsTrainByModelIdResponse | DryRunResponse:
        """Trigger a model training

        Args:
            model_id (str):  The model Id for which the training will be triggered
            parameters (TrainingParameters | Unset): The parameters of the model A dict
                (TrainingParametersDict) is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            dry_run (bool | str | Unset):  true: answer only what the request would cost (DryRunResponse);
                nothing is done or billed
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PutModelsTrainByModelIdResponse
        """
        from .api.models import train_model
        from .models import PutModelsTrainByModelIdRequest, TrainingParameters
        from .request_types import TrainingParametersDict

        _parameters = as_model(TrainingParameters, parameters, "parameters", TrainingParametersDict)
        body = PutModelsTrainByModelIdRequest(parameters=_parameters)

        return await train_model.asyncio(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            dry_run=dry_run,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def add_training_image(
        self,
        model_id: str,
        *,
        data: ImageInput | Unset = UNSET,
        asset_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        asset_ids: builtins.list[str] | Unset = UNSET,
        preset: AddTrainingImageBodyPreset | AddTrainingImageBodyPresetLiteral | Unset = UNSET,
        original_assets: bool | str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsTrainingImagesByModelIdResponse:
        """Add a new training image to a model

        Args:
            model_id (str):  The model Id where the training image will be stored
            data (ImageInput): The training image as a data URL (example: "data:image/png;base64,iVBORw0KGgo
                AAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="). A data URL
                or an asset ID (str), bytes, or a pathlib.Path to upload (a str naming a file is refused).
            asset_id (str | Unset): The asset ID to use as a training image (example:
                "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, "data" and "name" parameters will be ignored.
            name (str | Unset): The original file name of the image (example: "my-training-image.jpg")
            asset_ids (list[str] | Unset): The asset IDs to use as training images (example:
                ["asset_GTrL3mq4SXWyMxkOHRxlpw", "asset_GTrL3mq4SXWyMxkOHRxlpw"])
                Used in batch mode, up to 10 asset IDs are allowed. Cannot be used with "assetId" or "data" and
                "name" parameters.
            preset (AddTrainingImageBodyPreset | Unset): The preset to use for training images The plain
                string is accepted too.
            original_assets (bool | str | Unset):  If set to true, returns the original asset without
                transformation
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsTrainingImagesByModelIdResponse
        """
        from .api.models import add_training_image
        from .models import AddTrainingImageBody, AddTrainingImageBodyPreset

        _data = image_data_field(data)
        _preset = as_enum(AddTrainingImageBodyPreset, preset, "preset")
        body = AddTrainingImageBody(data=_data, asset_id=asset_id, name=name, asset_ids=asset_ids, preset=_preset)

        return await add_training_image.asyncio(
            model_id,
            client=self._client,
            body=body,
            original_assets=original_assets,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_training_image(
        self,
        model_id: str,
        training_image_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse:
        """Delete a training image from a model

        Args:
            model_id (str):  The model Id of the training image id
            training_image_id (str):  The training image Id that will be deleted
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse
        """
        from .api.models import delete_training_image

        return await delete_training_image.asyncio(
            model_id,
            training_image_id,
            client=self._client,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def transfer(
        self,
        model_id: str,
        *,
        destination_project_id: str,
        destination_team_id: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PostModelsTransferByModelIdResponse:
        """Transfer (with a copy or a full ownership change) a model to a new owner including all of its training images

        Args:
            model_id (str):
            destination_project_id (str): The id of the project to copy and transfer the model to
            destination_team_id (str | Unset): The id of the team to copy and transfer the model to
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            PostModelsTransferByModelIdResponse
        """
        from .api.models import transfer_model
        from .models import TransferModelBody

        body = TransferModelBody(destination_project_id=destination_project_id, destination_team_id=destination_team_id)

        return await transfer_model.asyncio(
            model_id,
            client=self._client,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def delete_images(
        self,
        model_id: str,
        *,
        ids: str,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelsImagesByModelIdResponse:
        """Delete a training image

        Args:
            model_id (str):  The ID of the model of the images to delete
            ids (str):  The ids of the images to delete
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            DeleteModelsImagesByModelIdResponse
        """
        from .api.models import delete_model_images

        return await delete_model_images.asyncio(
            model_id,
            client=self._client,
            ids=ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class TagsWithRawResponse:
    """``tags`` methods that return an :class:`APIResponse` (status, headers, ``.parse()``); non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetTagsResponse]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetTagsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetTagsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.tags import list_tags

        return list_tags.sync_raw(
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class Tags:
    """The ``tags`` resource: ``client.tags.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = TagsWithRawResponse(client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Tag]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            SyncPage[Tag]: the first page; iterate it to walk every page lazily.
        """
        from .api.tags import list_tags

        def fetch(token: str | None) -> GetTagsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return list_tags.sync(
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

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
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GetTagsResponse]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetTagsResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetTagsResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.tags import list_tags

        return await list_tags.asyncio_raw(
            client=self._client,
            page_size=page_size,
            pagination_token=pagination_token,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncTags:
    """The async ``tags`` resource: ``await client.tags.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncTagsWithRawResponse(client)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        pagination_token: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Tag]:
        """List all tags

        Args:
            page_size (int | Unset):  The number of tags to return per page
            pagination_token (str | Unset):  A token you received in a previous request to query the next
                page of tags
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            AsyncPaginator[Tag]: await it for the first page, or ``async for`` over every item.
        """
        from .api.tags import list_tags

        async def fetch(token: str | None) -> GetTagsResponse:
            _token: str | Unset = token if token is not None else UNSET
            return await list_tags.asyncio(
                client=self._client,
                page_size=page_size,
                pagination_token=_token,
                extra_query=extra_query,
                extra_headers=extra_headers,
                extra_body=extra_body,
                timeout=timeout,
            )

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
        self,
        *,
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
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage
            user_id (str | Unset):  The unique identifier of the user for the usage. If not provided,
                returns all usages for the team.
            activity_offset (str | Unset):  The offset for the activity data. Default is 0. If bad offset or
                empty, 0 will be returned. Must be a positive integer.
            user_ids (str | Unset):  The unique identifiers of the users for filtering the usage data. If
                not provided, use all users. Can be one or more comma separated values.
            type_ (str | Unset):  The type of the usage data. Can be one or more comma separated values.
                Default is all types. If bad type or empty, all types will be returned.
            project_ids (str | Unset):  The project ids for filtering the usage data. If not provided, use
                all projects. Can be one or more comma separated values.
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetUsagesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetUsagesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.usages import get_usages

        return get_usages.sync_raw(
            client=self._client,
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class Usages:
    """The ``usages`` resource: ``client.usages.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = UsagesWithRawResponse(client)

    def get(
        self,
        *,
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
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage
            user_id (str | Unset):  The unique identifier of the user for the usage. If not provided,
                returns all usages for the team.
            activity_offset (str | Unset):  The offset for the activity data. Default is 0. If bad offset or
                empty, 0 will be returned. Must be a positive integer.
            user_ids (str | Unset):  The unique identifiers of the users for filtering the usage data. If
                not provided, use all users. Can be one or more comma separated values.
            type_ (str | Unset):  The type of the usage data. Can be one or more comma separated values.
                Default is all types. If bad type or empty, all types will be returned.
            project_ids (str | Unset):  The project ids for filtering the usage data. If not provided, use
                all projects. Can be one or more comma separated values.
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetUsagesResponse
        """
        from .api.usages import get_usages

        return get_usages.sync(
            client=self._client,
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncUsagesWithRawResponse:
    """Async ``usages`` methods that return an :class:`APIResponse`; non-2xx raises."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get(
        self,
        *,
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
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage
            user_id (str | Unset):  The unique identifier of the user for the usage. If not provided,
                returns all usages for the team.
            activity_offset (str | Unset):  The offset for the activity data. Default is 0. If bad offset or
                empty, 0 will be returned. Must be a positive integer.
            user_ids (str | Unset):  The unique identifiers of the users for filtering the usage data. If
                not provided, use all users. Can be one or more comma separated values.
            type_ (str | Unset):  The type of the usage data. Can be one or more comma separated values.
                Default is all types. If bad type or empty, all types will be returned.
            project_ids (str | Unset):  The project ids for filtering the usage data. If not provided, use
                all projects. Can be one or more comma separated values.
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            APIResponse[GetUsagesResponse]: status, headers, elapsed, retries taken; ``.parse()`` gives GetUsagesResponse.

        Raises:
            APIStatusError: on a non-2xx answer, as the plain method (NotFoundError, RateLimitError, ...).
        """
        from .api.usages import get_usages

        return await get_usages.asyncio_raw(
            client=self._client,
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncUsages:
    """The async ``usages`` resource: ``await client.usages.<method>(...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.with_raw_response = AsyncUsagesWithRawResponse(client)

    async def get(
        self,
        *,
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
        """Get usages. Maximum time range with custom startDate and endDate is 120 days. Granularity is calculated based on the time range.

        Get usages.

        Args:
            time_range (str | Unset):  The time range of the usage
            start_date (str | Unset):  The start date of the usage
            end_date (str | Unset):  The end date of the usage
            user_id (str | Unset):  The unique identifier of the user for the usage. If not provided,
                returns all usages for the team.
            activity_offset (str | Unset):  The offset for the activity data. Default is 0. If bad offset or
                empty, 0 will be returned. Must be a positive integer.
            user_ids (str | Unset):  The unique identifiers of the users for filtering the usage data. If
                not provided, use all users. Can be one or more comma separated values.
            type_ (str | Unset):  The type of the usage data. Can be one or more comma separated values.
                Default is all types. If bad type or empty, all types will be returned.
            project_ids (str | Unset):  The project ids for filtering the usage data. If not provided, use
                all projects. Can be one or more comma separated values.
            extra_query, extra_headers, extra_body: extra query parameters (never ``api_token``), headers
                and JSON body keys for this call (on every page when listing).
            timeout (float | httpx.Timeout | None): this call's timeout; ``None`` disables it; not given:
                the client's.

        Returns:
            GetUsagesResponse
        """
        from .api.usages import get_usages

        return await get_usages.asyncio(
            client=self._client,
            time_range=time_range,
            start_date=start_date,
            end_date=end_date,
            user_id=user_id,
            activity_offset=activity_offset,
            user_ids=user_ids,
            type_=type_,
            project_ids=project_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
        )


class _Base:
    _client: Client

    @property
    def client(self) -> Client:
        """The low-level client, for the function-style API (``get_model.sync(model_id, client=...)``)."""
        return self._client

    def __repr__(self) -> str:
        # getattr: a traceback reporter may repr a half-built client (an __init__ that raised)
        return f"{type(self).__name__}({getattr(self, '_client', None)!r})"


class _TokenBox:
    """Carries the token from the constructor to :class:`Client` so that no frame of ours keeps it in a local
    variable: a traceback reporter capturing locals (Sentry-style) sees ``_TokenBox(***)``, empty once taken."""

    __slots__ = ("_value",)

    def __init__(self, value: str | None) -> None:
        self._value = value

    def take(self) -> str | None:
        value, self._value = self._value, None
        return value

    def __repr__(self) -> str:
        return "_TokenBox(***)"


def _make_client(box: _TokenBox, client: Client | None, **options: Any) -> Client:
    return client if client is not None else Client(box.take(), **options)


class Scenario(_Base):
    """The Scenario API through LowCodeAPI, resource style.

    ``api_token`` falls back to the ``LOWCODEAPI_API_TOKEN`` environment variable, ``base_url`` to
    ``LOWCODEAPI_BASE_URL`` (then ``https://api.lowcodeapi.com/scenario``), ``url_format`` to
    ``LOWCODEAPI_URL_FORMAT`` (then ``"auto"``; ``"old"`` for a self-hosted LowCodeAPI); ``default_headers`` go with
    every request. ``timeout`` (default 60 s) is a deadline for each whole attempt; ``max_response_bytes`` (default
    256 MiB, decoded) the longest answer read. Use it as a
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
        url_format: UrlFormatOption | None = None,
        headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        client: Client | None = None,
    ) -> None:
        box = _TokenBox(api_token)
        del api_token  # from here on only the box holds it (see _TokenBox)
        self._client = _make_client(
            box,
            client,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            url_format=url_format,
            headers=headers,
            default_headers=default_headers,
            httpx_args=httpx_args,
            max_response_bytes=max_response_bytes,
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
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
    ) -> Scenario:
        """A copy with other settings (e.g. ``client.with_options(timeout=5).models.get(...)``), same connections.
        ``headers`` are added to the default headers."""
        return Scenario(
            client=self._client.with_options(
                timeout=timeout,
                max_retries=max_retries,
                url_format=url_format,
                headers=headers,
                max_response_bytes=max_response_bytes,
            )
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Scenario:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncScenario(_Base):
    """The Scenario API through LowCodeAPI for asyncio: ``await client.models.get(model_id)``. One client works
    from any event loop and thread (connection pools are per loop): successive ``asyncio.run()`` calls, or a
    loop per thread."""

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
        url_format: UrlFormatOption | None = None,
        headers: Mapping[str, str] | None = None,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        client: Client | None = None,
    ) -> None:
        box = _TokenBox(api_token)
        del api_token  # from here on only the box holds it (see _TokenBox)
        self._client = _make_client(
            box,
            client,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            url_format=url_format,
            headers=headers,
            default_headers=default_headers,
            httpx_args=httpx_args,
            max_response_bytes=max_response_bytes,
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
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
    ) -> AsyncScenario:
        """A copy with other settings, same connections. ``headers`` are added to the default headers."""
        return AsyncScenario(
            client=self._client.with_options(
                timeout=timeout,
                max_retries=max_retries,
                url_format=url_format,
                headers=headers,
                max_response_bytes=max_response_bytes,
            )
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncScenario:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
