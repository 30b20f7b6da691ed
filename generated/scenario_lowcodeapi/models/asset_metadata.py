from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_metadata_image_type import AssetMetadataImageType
from ..models.asset_metadata_input_fidelity import AssetMetadataInputFidelity
from ..models.asset_metadata_input_location import AssetMetadataInputLocation
from ..models.asset_metadata_kind import AssetMetadataKind
from ..models.asset_metadata_modality import AssetMetadataModality
from ..models.asset_metadata_model_type import AssetMetadataModelType
from ..models.asset_metadata_style import AssetMetadataStyle
from ..models.asset_metadata_type import AssetMetadataType
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="AssetMetadata")


@_attrs_define
class AssetMetadata:
    """Metadata of the asset with some additional information"""

    type_: AssetMetadataType
    """ The type of the asset. Ex: 'inference-txt2img' will represent an asset generated from a text to image model
    """
    kind: AssetMetadataKind
    max_iterations: float | Unset = UNSET
    modality: AssetMetadataModality | Unset = AssetMetadataModality.CANNY
    """ Modality to detect """
    tile_style: bool | Unset = False
    """ If set to true, during the upscaling process, the model will match tiles of the source image with tiles of
    the style image(s). This will result in a more coherent restyle. Works best with style images that have a
    similar composition. """
    model_id: str | Unset = UNSET
    """ The modelId used to generate this asset """
    source_project_id: str | Unset = UNSET
    bbox: list[Any] | Unset = UNSET
    """ A bounding box around the object of interest, in the format [x1, y1, x2, y2]. """
    keypoint_threshold: float | Unset = UNSET
    """ How polished is the surface? 0 is like a rough surface, 1 is like a mirror """
    text: str | Unset = UNSET
    """ A textual description / keywords describing the object of interest. """
    height: float | Unset = UNSET
    nb_masks: float | Unset = UNSET
    creativity_decay: float | Unset = UNSET
    """ Amount of decay in creativity over the upscale process. The lowest the value, the less the creativity will
    be preserved over the upscale process. """
    layer_difference: float | Unset = UNSET
    scaling_factor: float | Unset = UNSET
    """ Scaling factor (when `targetWidth` not specified) """
    input_fidelity: AssetMetadataInputFidelity | Unset = AssetMetadataInputFidelity.LOW
    """ When set to `high`, allows to better preserve details from the input images in the output.
    This is especially useful when using images that contain elements like faces or logos that
    require accurate preservation in the generated image.

    You can provide multiple input images that will all be preserved with high fidelity, but keep
    in mind that the first image will be preserved with richer textures and finer details, so if
    you include elements such as faces, consider placing them in the first image.

    Only available for the `gpt-image-1` model. """
    model_type: AssetMetadataModelType | Unset = UNSET
    """ The type of the generator used """
    num_outputs: float | Unset = UNSET
    """ The number of outputs to generate. """
    angular: float | Unset = UNSET
    """ How angular is the surface? 0 is like a sphere, 1 is like a mechanical object """
    target_height: float | Unset = UNSET
    """ The target height of the output image. """
    concepts: list[ModelConceptsItem] | Unset = UNSET
    """ Flux Kontext LoRA to style the image.
    For Flux Kontext Prompt Editing. """
    size: float | Unset = UNSET
    splice_threshold: float | Unset = UNSET
    dilate: float | Unset = UNSET
    """ The number of pixels to dilate the result masks. """
    style: AssetMetadataStyle | Unset = UNSET
    image_fidelity: float | Unset = UNSET
    """ Strengthen the similarity to the original image during the upscale. Default: optimized for your preset and
    style. """
    input_location: AssetMetadataInputLocation | Unset = AssetMetadataInputLocation.MIDDLE
    """ Location of the input image in the output. """
    seed: str | Unset = UNSET
    """ The seed used to generate this asset """
    preset: str | Unset = UNSET
    training_image: bool | Unset = UNSET
    result_mask: bool | Unset = True
    """ Boolean to able return the masks (binary image) in the response. """
    lock_expires_at: str | Unset = UNSET
    """ The ISO timestamp when the lock on the canvas will expire """
    base_model_id: str | Unset = UNSET
    """ The baseModelId that maybe changed at inference time """
    path_precision: float | Unset = UNSET
    root_parent_id: str | Unset = UNSET
    sharpen: bool | Unset = False
    """ Sharpen tiles. """
    corner_threshold: float | Unset = UNSET
    style_images: list[str] | Unset = UNSET
    """ List of style images. Most of the time, only one image is enough. It must be existing AssetIds. """
    texture: str | Unset = UNSET
    """ The asset to convert in texture maps. Must reference an existing AssetId. """
    filter_speckle: float | Unset = UNSET
    min_threshold: float | Unset = UNSET
    """ Minimum threshold for Grayscale conversion """
    max_threshold: float | Unset = UNSET
    """ Maximum threshold for Grayscale conversion """
    style_images_fidelity: float | Unset = UNSET
    """ Condition the influence of the style image(s). The higher the value, the more the style images will
    influence the upscaled image. """
    depth_image: str | Unset = UNSET
    """ The control image processed by depth estimator. Must reference an existing AssetId. """
    parent_id: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    width: float | Unset = UNSET
    """ The width of the rendered image. """
    strength: float | Unset = UNSET
    """ The strength

    Only available for the `flux-kontext` LoRA model. """
    inference_id: str | Unset = UNSET
    """ The id of the Inference describing how this image was generated """
    length_threshold: float | Unset = UNSET
    original_asset_id: str | Unset = UNSET
    background_opacity: float | Unset = UNSET
    """ Int to set between 0 and 255 for the opacity of the background in the result images. """
    aspect_ratio: str | Unset = UNSET
    """ The optional aspect ratio given for the generation, only applicable for some models """
    details_level: float | Unset = UNSET
    """ Amount of details to remove or add """
    fractality: float | Unset = UNSET
    """ Determine the scale at which the upscale process works.
    - With a small value, the upscale works at the largest scale, resulting in fewer added details and more coherent
    images. Ideal for portraits, for example.
    - With a large value, the upscale works at the smallest scale, resulting in more added details and more
    hallucinations. Ideal for landscapes, for example.

    (info): A small value is slower and more expensive to run. """
    horizontal_expansion_ratio: float | Unset = UNSET
    """ (deprecated) Horizontal expansion ratio. """
    points: list[list[Any]] | Unset = UNSET
    """ List of points (label, x, y) in the image where label = 0 for background and 1 for object. """
    mode: str | Unset = UNSET
    color_precision: float | Unset = UNSET
    prompt_fidelity: float | Unset = UNSET
    """ Increase the fidelity to the prompt during upscale. Default: optimized for your preset and style. """
    better_quality: bool | Unset = False
    """ Remove small dark spots (i.e. “pepper”) and connect small bright cracks. """
    remove_background: bool | Unset = True
    """ Remove background for Grayscale detector """
    creativity: float | Unset = UNSET
    """ Allow the generation of "hallucinations" during the upscale process, which adds additional details and
    deviates from the original image. Default: optimized for your preset and style. """
    structure_fidelity: float | Unset = UNSET
    """ Strength for the input image structure preservation """
    image_type: AssetMetadataImageType | Unset = AssetMetadataImageType.SEAMFULL
    """ Preserve the seamless properties of skybox or texture images. Input has to be of same type (seamless). """
    image: str | Unset = UNSET
    """ The input image to process. Must reference an existing AssetId or be a data URL. """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    structure_image: str | Unset = UNSET
    """ The control image for structure. A canny detector will be applied to this image. Must reference an existing
    AssetId. """
    invert: bool | Unset = False
    """ To invert the relief """
    color_mode: str | Unset = UNSET
    high_threshold: float | Unset = UNSET
    """ High threshold for Canny detector """
    vertical_expansion_ratio: float | Unset = UNSET
    """ (deprecated) Vertical expansion ratio. """
    half_mode: bool | Unset = UNSET
    name: str | Unset = UNSET
    negative_prompt_strength: float | Unset = UNSET
    """ Controls the influence of the negative prompt. Default 0 means the negative prompt has no effect. Higher
    values increase negative prompt influence.
    Must be > 0 if negativePrompt is provided. """
    refinement_steps: float | Unset = UNSET
    """ Additional refinement steps before scaling.

    If scalingFactor == 1, the refinement process will be applied (1 + refinementSteps) times.
    If scalingFactor > 1, the refinement process will be applied refinementSteps times. """
    reference_images: list[str] | Unset = UNSET
    """ The reference images used for the asset generation or editing """
    style_fidelity: float | Unset = UNSET
    """ The higher the value the more it will look like the style image(s) """
    result_contours: bool | Unset = False
    """ Boolean to output the contours. """
    control_end: float | Unset = UNSET
    """ End step for control. """
    polished: float | Unset = UNSET
    """ How polished is the surface? 0 is like a rough surface, 1 is like a mirror """
    scheduler: str | Unset = UNSET
    """ The scheduler used to generate this asset """
    override_embeddings: bool | Unset = UNSET
    """ Override the embeddings of the model. Only your prompt and negativePrompt will be used. Use with caution.
    """
    progress_percent: float | Unset = UNSET
    factor: float | Unset = UNSET
    """ Contrast factor for Grayscale detector """
    mask: str | Unset = UNSET
    """ The mask used for the asset generation or editing """
    low_threshold: float | Unset = UNSET
    """ Low threshold for Canny detector """
    depth_fidelity: float | Unset = UNSET
    """ The depth fidelity if a depth image provided """
    raised: float | Unset = UNSET
    """ How raised is the surface? 0 is flat like water, 1 is like a very rough rock """
    copied_at: str | Unset = UNSET
    """ The date when the asset was copied to a project """
    contours: list[list[list[list[float]]]] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    """ The negative prompt used to generate this asset """
    default_parameters: bool | Unset = False
    """ If true, use the default parameters """
    resize_option: float | Unset = UNSET
    """ Size proportion of the input image in the output. """
    output_index: float | Unset = UNSET
    save_flipbook: bool | Unset = True
    """ Save a flipbook of the texture. Deactivated when the input texture is larger than 2048x2048px """
    guidance: float | Unset = UNSET
    """ The guidance used to generate this asset """
    num_inference_steps: float | Unset = UNSET
    """ The number of denoising steps for each image generation. """
    hdr: float | Unset = UNSET
    clustering: bool | Unset = False
    """ Activate clustering. """
    shiny: float | Unset = UNSET
    """ How shiny is the surface? 0 is like a matte surface, 1 is like a diamond """
    color_correction: bool | Unset = True
    """ Ensure upscaled tile have the same color histogram as original tile. """
    sketch: bool | Unset = False
    """ Activate sketch detection instead of canny. """
    overlap_percentage: float | Unset = UNSET
    """ Overlap percentage for the output image. """
    prompt: str | Unset = UNSET
    """ The prompt that guided the asset generation or editing """
    result_image: bool | Unset = False
    """ Boolean to able output the cut out object. """
    canny_structure_image: str | Unset = UNSET
    """ The control image already processed by canny detector. Must reference an existing AssetId. """
    geometry_enforcement: float | Unset = UNSET
    """ Apply extra control to the Skybox 360 geometry.
    The higher the value, the more the 360 geometry will influence the generated skybox image.

    Use with caution. Default is adapted to the other parameters. """
    target_width: float | Unset = UNSET
    """ Target width for the upscaled image, take priority over scaling factor """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        kind: Any = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        max_iterations = self.max_iterations

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        tile_style = self.tile_style

        model_id = self.model_id

        source_project_id = self.source_project_id

        bbox: list[Any] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox

        keypoint_threshold = self.keypoint_threshold

        text = self.text

        height = self.height

        nb_masks = self.nb_masks

        creativity_decay = self.creativity_decay

        layer_difference = self.layer_difference

        scaling_factor = self.scaling_factor

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = self.input_fidelity.value

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        num_outputs = self.num_outputs

        angular = self.angular

        target_height = self.target_height

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        size = self.size

        splice_threshold = self.splice_threshold

        dilate = self.dilate

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.value

        image_fidelity = self.image_fidelity

        input_location: str | Unset = UNSET
        if not isinstance(self.input_location, Unset):
            input_location = self.input_location.value

        seed = self.seed

        preset = self.preset

        training_image = self.training_image

        result_mask = self.result_mask

        lock_expires_at = self.lock_expires_at

        base_model_id = self.base_model_id

        path_precision = self.path_precision

        root_parent_id = self.root_parent_id

        sharpen = self.sharpen

        corner_threshold = self.corner_threshold

        style_images: list[str] | Unset = UNSET
        if not isinstance(self.style_images, Unset):
            style_images = self.style_images

        texture = self.texture

        filter_speckle = self.filter_speckle

        min_threshold = self.min_threshold

        max_threshold = self.max_threshold

        style_images_fidelity = self.style_images_fidelity

        depth_image = self.depth_image

        parent_id = self.parent_id

        parent_job_id = self.parent_job_id

        width = self.width

        strength = self.strength

        inference_id = self.inference_id

        length_threshold = self.length_threshold

        original_asset_id = self.original_asset_id

        background_opacity = self.background_opacity

        aspect_ratio = self.aspect_ratio

        details_level = self.details_level

        fractality = self.fractality

        horizontal_expansion_ratio = self.horizontal_expansion_ratio

        points: list[list[Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data

                points.append(points_item)

        mode = self.mode

        color_precision = self.color_precision

        prompt_fidelity = self.prompt_fidelity

        better_quality = self.better_quality

        remove_background = self.remove_background

        creativity = self.creativity

        structure_fidelity = self.structure_fidelity

        image_type: str | Unset = UNSET
        if not isinstance(self.image_type, Unset):
            image_type = self.image_type.value

        image = self.image

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        structure_image = self.structure_image

        invert = self.invert

        color_mode = self.color_mode

        high_threshold = self.high_threshold

        vertical_expansion_ratio = self.vertical_expansion_ratio

        half_mode = self.half_mode

        name = self.name

        negative_prompt_strength = self.negative_prompt_strength

        refinement_steps = self.refinement_steps

        reference_images: list[str] | Unset = UNSET
        if not isinstance(self.reference_images, Unset):
            reference_images = self.reference_images

        style_fidelity = self.style_fidelity

        result_contours = self.result_contours

        control_end = self.control_end

        polished = self.polished

        scheduler = self.scheduler

        override_embeddings = self.override_embeddings

        progress_percent = self.progress_percent

        factor = self.factor

        mask = self.mask

        low_threshold = self.low_threshold

        depth_fidelity = self.depth_fidelity

        raised = self.raised

        copied_at = self.copied_at

        contours: list[list[list[list[float]]]] | Unset = UNSET
        if not isinstance(self.contours, Unset):
            contours = []
            for contours_item_data in self.contours:
                contours_item = []
                for contours_item_item_data in contours_item_data:
                    contours_item_item = []
                    for contours_item_item_item_data in contours_item_item_data:
                        contours_item_item_item = contours_item_item_item_data

                        contours_item_item.append(contours_item_item_item)

                    contours_item.append(contours_item_item)

                contours.append(contours_item)

        negative_prompt = self.negative_prompt

        default_parameters = self.default_parameters

        resize_option = self.resize_option

        output_index = self.output_index

        save_flipbook = self.save_flipbook

        guidance = self.guidance

        num_inference_steps = self.num_inference_steps

        hdr = self.hdr

        clustering = self.clustering

        shiny = self.shiny

        color_correction = self.color_correction

        sketch = self.sketch

        overlap_percentage = self.overlap_percentage

        prompt = self.prompt

        result_image = self.result_image

        canny_structure_image = self.canny_structure_image

        geometry_enforcement = self.geometry_enforcement

        target_width = self.target_width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "kind": kind,
            }
        )
        if type_ is UNSET:
            del field_dict["type"]
        if kind is UNSET:
            del field_dict["kind"]
        if max_iterations is not UNSET:
            field_dict["maxIterations"] = max_iterations
        if modality is not UNSET:
            field_dict["modality"] = modality
        if tile_style is not UNSET:
            field_dict["tileStyle"] = tile_style
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if source_project_id is not UNSET:
            field_dict["sourceProjectId"] = source_project_id
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if keypoint_threshold is not UNSET:
            field_dict["keypointThreshold"] = keypoint_threshold
        if text is not UNSET:
            field_dict["text"] = text
        if height is not UNSET:
            field_dict["height"] = height
        if nb_masks is not UNSET:
            field_dict["nbMasks"] = nb_masks
        if creativity_decay is not UNSET:
            field_dict["creativityDecay"] = creativity_decay
        if layer_difference is not UNSET:
            field_dict["layerDifference"] = layer_difference
        if scaling_factor is not UNSET:
            field_dict["scalingFactor"] = scaling_factor
        if input_fidelity is not UNSET:
            field_dict["inputFidelity"] = input_fidelity
        if model_type is not UNSET:
            field_dict["modelType"] = model_type
        if num_outputs is not UNSET:
            field_dict["numOutputs"] = num_outputs
        if angular is not UNSET:
            field_dict["angular"] = angular
        if target_height is not UNSET:
            field_dict["targetHeight"] = target_height
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if size is not UNSET:
            field_dict["size"] = size
        if splice_threshold is not UNSET:
            field_dict["spliceThreshold"] = splice_threshold
        if dilate is not UNSET:
            field_dict["dilate"] = dilate
        if style is not UNSET:
            field_dict["style"] = style
        if image_fidelity is not UNSET:
            field_dict["imageFidelity"] = image_fidelity
        if input_location is not UNSET:
            field_dict["inputLocation"] = input_location
        if seed is not UNSET:
            field_dict["seed"] = seed
        if preset is not UNSET:
            field_dict["preset"] = preset
        if training_image is not UNSET:
            field_dict["trainingImage"] = training_image
        if result_mask is not UNSET:
            field_dict["resultMask"] = result_mask
        if lock_expires_at is not UNSET:
            field_dict["lockExpiresAt"] = lock_expires_at
        if base_model_id is not UNSET:
            field_dict["baseModelId"] = base_model_id
        if path_precision is not UNSET:
            field_dict["pathPrecision"] = path_precision
        if root_parent_id is not UNSET:
            field_dict["rootParentId"] = root_parent_id
        if sharpen is not UNSET:
            field_dict["sharpen"] = sharpen
        if corner_threshold is not UNSET:
            field_dict["cornerThreshold"] = corner_threshold
        if style_images is not UNSET:
            field_dict["styleImages"] = style_images
        if texture is not UNSET:
            field_dict["texture"] = texture
        if filter_speckle is not UNSET:
            field_dict["filterSpeckle"] = filter_speckle
        if min_threshold is not UNSET:
            field_dict["minThreshold"] = min_threshold
        if max_threshold is not UNSET:
            field_dict["maxThreshold"] = max_threshold
        if style_images_fidelity is not UNSET:
            field_dict["styleImagesFidelity"] = style_images_fidelity
        if depth_image is not UNSET:
            field_dict["depthImage"] = depth_image
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_job_id is not UNSET:
            field_dict["parentJobId"] = parent_job_id
        if width is not UNSET:
            field_dict["width"] = width
        if strength is not UNSET:
            field_dict["strength"] = strength
        if inference_id is not UNSET:
            field_dict["inferenceId"] = inference_id
        if length_threshold is not UNSET:
            field_dict["lengthThreshold"] = length_threshold
        if original_asset_id is not UNSET:
            field_dict["originalAssetId"] = original_asset_id
        if background_opacity is not UNSET:
            field_dict["backgroundOpacity"] = background_opacity
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if details_level is not UNSET:
            field_dict["detailsLevel"] = details_level
        if fractality is not UNSET:
            field_dict["fractality"] = fractality
        if horizontal_expansion_ratio is not UNSET:
            field_dict["horizontalExpansionRatio"] = horizontal_expansion_ratio
        if points is not UNSET:
            field_dict["points"] = points
        if mode is not UNSET:
            field_dict["mode"] = mode
        if color_precision is not UNSET:
            field_dict["colorPrecision"] = color_precision
        if prompt_fidelity is not UNSET:
            field_dict["promptFidelity"] = prompt_fidelity
        if better_quality is not UNSET:
            field_dict["betterQuality"] = better_quality
        if remove_background is not UNSET:
            field_dict["removeBackground"] = remove_background
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if structure_fidelity is not UNSET:
            field_dict["structureFidelity"] = structure_fidelity
        if image_type is not UNSET:
            field_dict["imageType"] = image_type
        if image is not UNSET:
            field_dict["image"] = image
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if structure_image is not UNSET:
            field_dict["structureImage"] = structure_image
        if invert is not UNSET:
            field_dict["invert"] = invert
        if color_mode is not UNSET:
            field_dict["colorMode"] = color_mode
        if high_threshold is not UNSET:
            field_dict["highThreshold"] = high_threshold
        if vertical_expansion_ratio is not UNSET:
            field_dict["verticalExpansionRatio"] = vertical_expansion_ratio
        if half_mode is not UNSET:
            field_dict["halfMode"] = half_mode
        if name is not UNSET:
            field_dict["name"] = name
        if negative_prompt_strength is not UNSET:
            field_dict["negativePromptStrength"] = negative_prompt_strength
        if refinement_steps is not UNSET:
            field_dict["refinementSteps"] = refinement_steps
        if reference_images is not UNSET:
            field_dict["referenceImages"] = reference_images
        if style_fidelity is not UNSET:
            field_dict["styleFidelity"] = style_fidelity
        if result_contours is not UNSET:
            field_dict["resultContours"] = result_contours
        if control_end is not UNSET:
            field_dict["controlEnd"] = control_end
        if polished is not UNSET:
            field_dict["polished"] = polished
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if override_embeddings is not UNSET:
            field_dict["overrideEmbeddings"] = override_embeddings
        if progress_percent is not UNSET:
            field_dict["progressPercent"] = progress_percent
        if factor is not UNSET:
            field_dict["factor"] = factor
        if mask is not UNSET:
            field_dict["mask"] = mask
        if low_threshold is not UNSET:
            field_dict["lowThreshold"] = low_threshold
        if depth_fidelity is not UNSET:
            field_dict["depthFidelity"] = depth_fidelity
        if raised is not UNSET:
            field_dict["raised"] = raised
        if copied_at is not UNSET:
            field_dict["copiedAt"] = copied_at
        if contours is not UNSET:
            field_dict["contours"] = contours
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if default_parameters is not UNSET:
            field_dict["defaultParameters"] = default_parameters
        if resize_option is not UNSET:
            field_dict["resizeOption"] = resize_option
        if output_index is not UNSET:
            field_dict["outputIndex"] = output_index
        if save_flipbook is not UNSET:
            field_dict["saveFlipbook"] = save_flipbook
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if num_inference_steps is not UNSET:
            field_dict["numInferenceSteps"] = num_inference_steps
        if hdr is not UNSET:
            field_dict["hdr"] = hdr
        if clustering is not UNSET:
            field_dict["clustering"] = clustering
        if shiny is not UNSET:
            field_dict["shiny"] = shiny
        if color_correction is not UNSET:
            field_dict["colorCorrection"] = color_correction
        if sketch is not UNSET:
            field_dict["sketch"] = sketch
        if overlap_percentage is not UNSET:
            field_dict["overlapPercentage"] = overlap_percentage
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if result_image is not UNSET:
            field_dict["resultImage"] = result_image
        if canny_structure_image is not UNSET:
            field_dict["cannyStructureImage"] = canny_structure_image
        if geometry_enforcement is not UNSET:
            field_dict["geometryEnforcement"] = geometry_enforcement
        if target_width is not UNSET:
            field_dict["targetWidth"] = target_width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type__raw = d.pop("type", UNSET)
        type_: AssetMetadataType
        if isinstance(_type__raw, Unset):
            type_ = missing_required()
        else:
            type_ = AssetMetadataType(_type__raw)

        _kind_raw = d.pop("kind", UNSET)
        kind: AssetMetadataKind
        if isinstance(_kind_raw, Unset):
            kind = missing_required()
        else:
            kind = AssetMetadataKind(_kind_raw)

        max_iterations = d.pop("maxIterations", UNSET)

        _modality = d.pop("modality", UNSET)
        modality: AssetMetadataModality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            modality = AssetMetadataModality(_modality)

        tile_style = d.pop("tileStyle", UNSET)

        model_id = d.pop("modelId", UNSET)

        source_project_id = d.pop("sourceProjectId", UNSET)

        bbox = cast(list[Any], d.pop("bbox", UNSET))

        keypoint_threshold = d.pop("keypointThreshold", UNSET)

        text = d.pop("text", UNSET)

        height = d.pop("height", UNSET)

        nb_masks = d.pop("nbMasks", UNSET)

        creativity_decay = d.pop("creativityDecay", UNSET)

        layer_difference = d.pop("layerDifference", UNSET)

        scaling_factor = d.pop("scalingFactor", UNSET)

        _input_fidelity = d.pop("inputFidelity", UNSET)
        input_fidelity: AssetMetadataInputFidelity | Unset
        if isinstance(_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = AssetMetadataInputFidelity(_input_fidelity)

        _model_type = d.pop("modelType", UNSET)
        model_type: AssetMetadataModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = AssetMetadataModelType(_model_type)

        num_outputs = d.pop("numOutputs", UNSET)

        angular = d.pop("angular", UNSET)

        target_height = d.pop("targetHeight", UNSET)

        _concepts = d.pop("concepts", UNSET)
        concepts: list[ModelConceptsItem] | Unset = UNSET
        if _concepts is not UNSET:
            concepts = []
            for concepts_item_data in _concepts:
                concepts_item = ModelConceptsItem.from_dict(concepts_item_data)

                concepts.append(concepts_item)

        size = d.pop("size", UNSET)

        splice_threshold = d.pop("spliceThreshold", UNSET)

        dilate = d.pop("dilate", UNSET)

        _style = d.pop("style", UNSET)
        style: AssetMetadataStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = AssetMetadataStyle(_style)

        image_fidelity = d.pop("imageFidelity", UNSET)

        _input_location = d.pop("inputLocation", UNSET)
        input_location: AssetMetadataInputLocation | Unset
        if isinstance(_input_location, Unset):
            input_location = UNSET
        else:
            input_location = AssetMetadataInputLocation(_input_location)

        seed = d.pop("seed", UNSET)

        preset = d.pop("preset", UNSET)

        training_image = d.pop("trainingImage", UNSET)

        result_mask = d.pop("resultMask", UNSET)

        lock_expires_at = d.pop("lockExpiresAt", UNSET)

        base_model_id = d.pop("baseModelId", UNSET)

        path_precision = d.pop("pathPrecision", UNSET)

        root_parent_id = d.pop("rootParentId", UNSET)

        sharpen = d.pop("sharpen", UNSET)

        corner_threshold = d.pop("cornerThreshold", UNSET)

        style_images = cast(list[str], d.pop("styleImages", UNSET))

        texture = d.pop("texture", UNSET)

        filter_speckle = d.pop("filterSpeckle", UNSET)

        min_threshold = d.pop("minThreshold", UNSET)

        max_threshold = d.pop("maxThreshold", UNSET)

        style_images_fidelity = d.pop("styleImagesFidelity", UNSET)

        depth_image = d.pop("depthImage", UNSET)

        parent_id = d.pop("parentId", UNSET)

        parent_job_id = d.pop("parentJobId", UNSET)

        width = d.pop("width", UNSET)

        strength = d.pop("strength", UNSET)

        inference_id = d.pop("inferenceId", UNSET)

        length_threshold = d.pop("lengthThreshold", UNSET)

        original_asset_id = d.pop("originalAssetId", UNSET)

        background_opacity = d.pop("backgroundOpacity", UNSET)

        aspect_ratio = d.pop("aspectRatio", UNSET)

        details_level = d.pop("detailsLevel", UNSET)

        fractality = d.pop("fractality", UNSET)

        horizontal_expansion_ratio = d.pop("horizontalExpansionRatio", UNSET)

        _points = d.pop("points", UNSET)
        points: list[list[Any]] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = cast(list[Any], points_item_data)

                points.append(points_item)

        mode = d.pop("mode", UNSET)

        color_precision = d.pop("colorPrecision", UNSET)

        prompt_fidelity = d.pop("promptFidelity", UNSET)

        better_quality = d.pop("betterQuality", UNSET)

        remove_background = d.pop("removeBackground", UNSET)

        creativity = d.pop("creativity", UNSET)

        structure_fidelity = d.pop("structureFidelity", UNSET)

        _image_type = d.pop("imageType", UNSET)
        image_type: AssetMetadataImageType | Unset
        if isinstance(_image_type, Unset):
            image_type = UNSET
        else:
            image_type = AssetMetadataImageType(_image_type)

        image = d.pop("image", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ModelThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ModelThumbnail.from_dict(_thumbnail)

        structure_image = d.pop("structureImage", UNSET)

        invert = d.pop("invert", UNSET)

        color_mode = d.pop("colorMode", UNSET)

        high_threshold = d.pop("highThreshold", UNSET)

        vertical_expansion_ratio = d.pop("verticalExpansionRatio", UNSET)

        half_mode = d.pop("halfMode", UNSET)

        name = d.pop("name", UNSET)

        negative_prompt_strength = d.pop("negativePromptStrength", UNSET)

        refinement_steps = d.pop("refinementSteps", UNSET)

        reference_images = cast(list[str], d.pop("referenceImages", UNSET))

        style_fidelity = d.pop("styleFidelity", UNSET)

        result_contours = d.pop("resultContours", UNSET)

        control_end = d.pop("controlEnd", UNSET)

        polished = d.pop("polished", UNSET)

        scheduler = d.pop("scheduler", UNSET)

        override_embeddings = d.pop("overrideEmbeddings", UNSET)

        progress_percent = d.pop("progressPercent", UNSET)

        factor = d.pop("factor", UNSET)

        mask = d.pop("mask", UNSET)

        low_threshold = d.pop("lowThreshold", UNSET)

        depth_fidelity = d.pop("depthFidelity", UNSET)

        raised = d.pop("raised", UNSET)

        copied_at = d.pop("copiedAt", UNSET)

        _contours = d.pop("contours", UNSET)
        contours: list[list[list[list[float]]]] | Unset = UNSET
        if _contours is not UNSET:
            contours = []
            for contours_item_data in _contours:
                contours_item = []
                _contours_item = contours_item_data
                for contours_item_item_data in _contours_item:
                    contours_item_item = []
                    _contours_item_item = contours_item_item_data
                    for contours_item_item_item_data in _contours_item_item:
                        contours_item_item_item = cast(list[float], contours_item_item_item_data)

                        contours_item_item.append(contours_item_item_item)

                    contours_item.append(contours_item_item)

                contours.append(contours_item)

        negative_prompt = d.pop("negativePrompt", UNSET)

        default_parameters = d.pop("defaultParameters", UNSET)

        resize_option = d.pop("resizeOption", UNSET)

        output_index = d.pop("outputIndex", UNSET)

        save_flipbook = d.pop("saveFlipbook", UNSET)

        guidance = d.pop("guidance", UNSET)

        num_inference_steps = d.pop("numInferenceSteps", UNSET)

        hdr = d.pop("hdr", UNSET)

        clustering = d.pop("clustering", UNSET)

        shiny = d.pop("shiny", UNSET)

        color_correction = d.pop("colorCorrection", UNSET)

        sketch = d.pop("sketch", UNSET)

        overlap_percentage = d.pop("overlapPercentage", UNSET)

        prompt = d.pop("prompt", UNSET)

        result_image = d.pop("resultImage", UNSET)

        canny_structure_image = d.pop("cannyStructureImage", UNSET)

        geometry_enforcement = d.pop("geometryEnforcement", UNSET)

        target_width = d.pop("targetWidth", UNSET)

        asset_metadata = cls(
            type_=type_,
            kind=kind,
            max_iterations=max_iterations,
            modality=modality,
            tile_style=tile_style,
            model_id=model_id,
            source_project_id=source_project_id,
            bbox=bbox,
            keypoint_threshold=keypoint_threshold,
            text=text,
            height=height,
            nb_masks=nb_masks,
            creativity_decay=creativity_decay,
            layer_difference=layer_difference,
            scaling_factor=scaling_factor,
            input_fidelity=input_fidelity,
            model_type=model_type,
            num_outputs=num_outputs,
            angular=angular,
            target_height=target_height,
            concepts=concepts,
            size=size,
            splice_threshold=splice_threshold,
            dilate=dilate,
            style=style,
            image_fidelity=image_fidelity,
            input_location=input_location,
            seed=seed,
            preset=preset,
            training_image=training_image,
            result_mask=result_mask,
            lock_expires_at=lock_expires_at,
            base_model_id=base_model_id,
            path_precision=path_precision,
            root_parent_id=root_parent_id,
            sharpen=sharpen,
            corner_threshold=corner_threshold,
            style_images=style_images,
            texture=texture,
            filter_speckle=filter_speckle,
            min_threshold=min_threshold,
            max_threshold=max_threshold,
            style_images_fidelity=style_images_fidelity,
            depth_image=depth_image,
            parent_id=parent_id,
            parent_job_id=parent_job_id,
            width=width,
            strength=strength,
            inference_id=inference_id,
            length_threshold=length_threshold,
            original_asset_id=original_asset_id,
            background_opacity=background_opacity,
            aspect_ratio=aspect_ratio,
            details_level=details_level,
            fractality=fractality,
            horizontal_expansion_ratio=horizontal_expansion_ratio,
            points=points,
            mode=mode,
            color_precision=color_precision,
            prompt_fidelity=prompt_fidelity,
            better_quality=better_quality,
            remove_background=remove_background,
            creativity=creativity,
            structure_fidelity=structure_fidelity,
            image_type=image_type,
            image=image,
            thumbnail=thumbnail,
            structure_image=structure_image,
            invert=invert,
            color_mode=color_mode,
            high_threshold=high_threshold,
            vertical_expansion_ratio=vertical_expansion_ratio,
            half_mode=half_mode,
            name=name,
            negative_prompt_strength=negative_prompt_strength,
            refinement_steps=refinement_steps,
            reference_images=reference_images,
            style_fidelity=style_fidelity,
            result_contours=result_contours,
            control_end=control_end,
            polished=polished,
            scheduler=scheduler,
            override_embeddings=override_embeddings,
            progress_percent=progress_percent,
            factor=factor,
            mask=mask,
            low_threshold=low_threshold,
            depth_fidelity=depth_fidelity,
            raised=raised,
            copied_at=copied_at,
            contours=contours,
            negative_prompt=negative_prompt,
            default_parameters=default_parameters,
            resize_option=resize_option,
            output_index=output_index,
            save_flipbook=save_flipbook,
            guidance=guidance,
            num_inference_steps=num_inference_steps,
            hdr=hdr,
            clustering=clustering,
            shiny=shiny,
            color_correction=color_correction,
            sketch=sketch,
            overlap_percentage=overlap_percentage,
            prompt=prompt,
            result_image=result_image,
            canny_structure_image=canny_structure_image,
            geometry_enforcement=geometry_enforcement,
            target_width=target_width,
        )

        asset_metadata.additional_properties = d
        return asset_metadata

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

    def image_bytes(self) -> bytes | None:
        """The image Scenario returned as base64 (requests with ``return_image=True``), decoded; None if absent."""
        if isinstance(self.image, Unset) or not self.image:
            return None
        from .._images import decode_base64_image  # noqa: PLC0415

        return decode_base64_image(self.image)

    def save(self, path: str | os.PathLike[str]) -> pathlib.Path:
        """Write the returned image to ``path`` (parents created). Raises ValueError if the response has none, and
        InvalidImageError (a ValueError) if its data is not valid base64."""
        if isinstance(self.image, Unset) or not self.image:
            raise ValueError("this response carries no image: ask for one with return_image=True")
        from .._images import save_image  # noqa: PLC0415

        return save_image(self.image, path)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.model_concepts_item import ModelConceptsItem
from ..models.model_thumbnail import ModelThumbnail
