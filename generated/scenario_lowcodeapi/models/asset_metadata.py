from __future__ import annotations

import os
import pathlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.asset_metadata_image_type import AssetMetadataImageType
from ..models.asset_metadata_input_fidelity import AssetMetadataInputFidelity
from ..models.asset_metadata_input_location import AssetMetadataInputLocation
from ..models.asset_metadata_kind import AssetMetadataKind
from ..models.asset_metadata_modality import AssetMetadataModality
from ..models.asset_metadata_model_type import AssetMetadataModelType
from ..models.asset_metadata_style import AssetMetadataStyle
from ..models.asset_metadata_type import AssetMetadataType
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_concepts_item_read import ModelConceptsItemRead
    from ..models.model_thumbnail import ModelThumbnail


T = TypeVar("T", bound="AssetMetadata")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "maxIterations",
        "modality",
        "tileStyle",
        "modelId",
        "sourceProjectId",
        "bbox",
        "keypointThreshold",
        "type",
        "text",
        "height",
        "nbMasks",
        "creativityDecay",
        "layerDifference",
        "scalingFactor",
        "inputFidelity",
        "modelType",
        "numOutputs",
        "angular",
        "targetHeight",
        "concepts",
        "size",
        "spliceThreshold",
        "dilate",
        "style",
        "imageFidelity",
        "inputLocation",
        "seed",
        "preset",
        "trainingImage",
        "resultMask",
        "lockExpiresAt",
        "baseModelId",
        "pathPrecision",
        "rootParentId",
        "sharpen",
        "cornerThreshold",
        "styleImages",
        "texture",
        "filterSpeckle",
        "minThreshold",
        "maxThreshold",
        "styleImagesFidelity",
        "depthImage",
        "parentId",
        "parentJobId",
        "width",
        "strength",
        "inferenceId",
        "lengthThreshold",
        "originalAssetId",
        "backgroundOpacity",
        "aspectRatio",
        "detailsLevel",
        "fractality",
        "horizontalExpansionRatio",
        "points",
        "mode",
        "colorPrecision",
        "promptFidelity",
        "betterQuality",
        "removeBackground",
        "creativity",
        "structureFidelity",
        "imageType",
        "image",
        "thumbnail",
        "structureImage",
        "invert",
        "kind",
        "colorMode",
        "highThreshold",
        "verticalExpansionRatio",
        "halfMode",
        "name",
        "negativePromptStrength",
        "refinementSteps",
        "referenceImages",
        "styleFidelity",
        "resultContours",
        "controlEnd",
        "polished",
        "scheduler",
        "overrideEmbeddings",
        "progressPercent",
        "factor",
        "mask",
        "lowThreshold",
        "depthFidelity",
        "raised",
        "copiedAt",
        "contours",
        "negativePrompt",
        "defaultParameters",
        "resizeOption",
        "outputIndex",
        "saveFlipbook",
        "guidance",
        "numInferenceSteps",
        "hdr",
        "clustering",
        "shiny",
        "colorCorrection",
        "sketch",
        "overlapPercentage",
        "prompt",
        "resultImage",
        "cannyStructureImage",
        "geometryEnforcement",
        "targetWidth",
    )
)


@_attrs_define
class AssetMetadata:
    """Metadata of the asset with some additional information"""

    max_iterations: float | Unset = UNSET
    modality: AssetMetadataModality | Unset = AssetMetadataModality.CANNY
    """ Modality to detect. Default: "canny". """
    tile_style: bool | Unset = False
    """ If set to true, during the upscaling process, the model will match tiles of the source image with tiles of
    the style image(s). This will result in a more coherent restyle. Works best with style images that have a
    similar composition. Default: false. """
    model_id: str | Unset = UNSET
    """ The modelId used to generate this asset """
    source_project_id: str | Unset = UNSET
    bbox: list[Any] | Unset = UNSET
    """ A bounding box around the object of interest, in the format [x1, y1, x2, y2]. """
    keypoint_threshold: float | Unset = UNSET
    """ How polished is the surface? 0 is like a rough surface, 1 is like a mirror """
    type_: AssetMetadataType | Unset = UNSET
    """ The type of the asset. Ex: 'inference-txt2img' will represent an asset generated from a text to image model
    """
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

    Only available for the `gpt-image-1` model. Default: "low". """
    model_type: AssetMetadataModelType | Unset = UNSET
    """ The type of the generator used """
    num_outputs: float | Unset = UNSET
    """ The number of outputs to generate. """
    angular: float | Unset = UNSET
    """ How angular is the surface? 0 is like a sphere, 1 is like a mechanical object """
    target_height: float | Unset = UNSET
    """ The target height of the output image. """
    concepts: list[ModelConceptsItemRead] | Unset = UNSET
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
    """ Location of the input image in the output. Default: "middle". """
    seed: str | Unset = UNSET
    """ The seed used to generate this asset """
    preset: str | Unset = UNSET
    training_image: bool | Unset = UNSET
    result_mask: bool | Unset = True
    """ Boolean to able return the masks (binary image) in the response. Default: true. """
    lock_expires_at: str | Unset = UNSET
    """ The ISO timestamp when the lock on the canvas will expire """
    base_model_id: str | Unset = UNSET
    """ The baseModelId that maybe changed at inference time """
    path_precision: float | Unset = UNSET
    root_parent_id: str | Unset = UNSET
    sharpen: bool | Unset = False
    """ Sharpen tiles. Default: false. """
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
    """ Remove small dark spots (i.e. “pepper”) and connect small bright cracks. Default: false. """
    remove_background: bool | Unset = True
    """ Remove background for Grayscale detector. Default: true. """
    creativity: float | Unset = UNSET
    """ Allow the generation of "hallucinations" during the upscale process, which adds additional details and
    deviates from the original image. Default: optimized for your preset and style. """
    structure_fidelity: float | Unset = UNSET
    """ Strength for the input image structure preservation """
    image_type: AssetMetadataImageType | Unset = AssetMetadataImageType.SEAMFULL
    """ Preserve the seamless properties of skybox or texture images. Input has to be of same type (seamless).
    Default: "seamfull". """
    image: str | Unset = UNSET
    """ The input image to process. Must reference an existing AssetId or be a data URL. """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    structure_image: str | Unset = UNSET
    """ The control image for structure. A canny detector will be applied to this image. Must reference an existing
    AssetId. """
    invert: bool | Unset = False
    """ To invert the relief. Default: false. """
    kind: AssetMetadataKind | Unset = UNSET
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
    """ Boolean to output the contours. Default: false. """
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
    """ If true, use the default parameters. Default: false. """
    resize_option: float | Unset = UNSET
    """ Size proportion of the input image in the output. """
    output_index: float | Unset = UNSET
    save_flipbook: bool | Unset = True
    """ Save a flipbook of the texture. Deactivated when the input texture is larger than 2048x2048px. Default:
    true. """
    guidance: float | Unset = UNSET
    """ The guidance used to generate this asset """
    num_inference_steps: float | Unset = UNSET
    """ The number of denoising steps for each image generation. """
    hdr: float | Unset = UNSET
    clustering: bool | Unset = False
    """ Activate clustering. Default: false. """
    shiny: float | Unset = UNSET
    """ How shiny is the surface? 0 is like a matte surface, 1 is like a diamond """
    color_correction: bool | Unset = True
    """ Ensure upscaled tile have the same color histogram as original tile. Default: true. """
    sketch: bool | Unset = False
    """ Activate sketch detection instead of canny. Default: false. """
    overlap_percentage: float | Unset = UNSET
    """ Overlap percentage for the output image. """
    prompt: str | Unset = UNSET
    """ The prompt that guided the asset generation or editing """
    result_image: bool | Unset = False
    """ Boolean to able output the cut out object. Default: false. """
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
        max_iterations = self.max_iterations

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = str(self.modality)

        tile_style = self.tile_style

        model_id = self.model_id

        source_project_id = self.source_project_id

        bbox: list[Any] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox

        keypoint_threshold = self.keypoint_threshold

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        text = self.text

        height = self.height

        nb_masks = self.nb_masks

        creativity_decay = self.creativity_decay

        layer_difference = self.layer_difference

        scaling_factor = self.scaling_factor

        input_fidelity: str | Unset = UNSET
        if not isinstance(self.input_fidelity, Unset):
            input_fidelity = str(self.input_fidelity)

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = str(self.model_type)

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
            style = str(self.style)

        image_fidelity = self.image_fidelity

        input_location: str | Unset = UNSET
        if not isinstance(self.input_location, Unset):
            input_location = str(self.input_location)

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
            image_type = str(self.image_type)

        image = self.image

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        structure_image = self.structure_image

        invert = self.invert

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = str(self.kind)

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
        field_dict.update({})
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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if kind is not UNSET:
            field_dict["kind"] = kind
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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        max_iterations: float | Unset
        _v = d.get("maxIterations")
        if _v is None:
            max_iterations = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            max_iterations = _v
        else:
            max_iterations = UNSET
            bad = _p.note(bad, "maxIterations")

        modality: AssetMetadataModality | Unset
        _v = d.get("modality")
        if _v is None:
            modality = UNSET
        else:
            try:
                modality = _p.enum_member(AssetMetadataModality, _v)
            except _p.PayloadError:
                modality = UNSET
                bad = _p.note(bad, "modality")

        tile_style: bool | Unset
        _v = d.get("tileStyle")
        if _v is None:
            tile_style = UNSET
        elif _v.__class__ is bool:
            tile_style = _v
        else:
            tile_style = UNSET
            bad = _p.note(bad, "tileStyle")

        model_id: str | Unset
        _v = d.get("modelId")
        if _v is None:
            model_id = UNSET
        elif isinstance(_v, str):
            model_id = _v
        else:
            model_id = UNSET
            bad = _p.note(bad, "modelId")

        source_project_id: str | Unset
        _v = d.get("sourceProjectId")
        if _v is None:
            source_project_id = UNSET
        elif isinstance(_v, str):
            source_project_id = _v
        else:
            source_project_id = UNSET
            bad = _p.note(bad, "sourceProjectId")

        bbox: list[Any] | Unset
        _v = d.get("bbox")
        if _v is None:
            bbox = UNSET
        else:
            try:
                bbox = _p.as_list(_v)
            except _p.PayloadError:
                bbox = UNSET
                bad = _p.note(bad, "bbox")

        keypoint_threshold: float | Unset
        _v = d.get("keypointThreshold")
        if _v is None:
            keypoint_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            keypoint_threshold = _v
        else:
            keypoint_threshold = UNSET
            bad = _p.note(bad, "keypointThreshold")

        type_: AssetMetadataType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(AssetMetadataType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        text: str | Unset
        _v = d.get("text")
        if _v is None:
            text = UNSET
        elif isinstance(_v, str):
            text = _v
        else:
            text = UNSET
            bad = _p.note(bad, "text")

        height: float | Unset
        _v = d.get("height")
        if _v is None:
            height = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            height = _v
        else:
            height = UNSET
            bad = _p.note(bad, "height")

        nb_masks: float | Unset
        _v = d.get("nbMasks")
        if _v is None:
            nb_masks = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            nb_masks = _v
        else:
            nb_masks = UNSET
            bad = _p.note(bad, "nbMasks")

        creativity_decay: float | Unset
        _v = d.get("creativityDecay")
        if _v is None:
            creativity_decay = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creativity_decay = _v
        else:
            creativity_decay = UNSET
            bad = _p.note(bad, "creativityDecay")

        layer_difference: float | Unset
        _v = d.get("layerDifference")
        if _v is None:
            layer_difference = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            layer_difference = _v
        else:
            layer_difference = UNSET
            bad = _p.note(bad, "layerDifference")

        scaling_factor: float | Unset
        _v = d.get("scalingFactor")
        if _v is None:
            scaling_factor = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            scaling_factor = _v
        else:
            scaling_factor = UNSET
            bad = _p.note(bad, "scalingFactor")

        input_fidelity: AssetMetadataInputFidelity | Unset
        _v = d.get("inputFidelity")
        if _v is None:
            input_fidelity = UNSET
        else:
            try:
                input_fidelity = _p.enum_member(AssetMetadataInputFidelity, _v)
            except _p.PayloadError:
                input_fidelity = UNSET
                bad = _p.note(bad, "inputFidelity")

        model_type: AssetMetadataModelType | Unset
        _v = d.get("modelType")
        if _v is None:
            model_type = UNSET
        else:
            try:
                model_type = _p.enum_member(AssetMetadataModelType, _v)
            except _p.PayloadError:
                model_type = UNSET
                bad = _p.note(bad, "modelType")

        num_outputs: float | Unset
        _v = d.get("numOutputs")
        if _v is None:
            num_outputs = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            num_outputs = _v
        else:
            num_outputs = UNSET
            bad = _p.note(bad, "numOutputs")

        angular: float | Unset
        _v = d.get("angular")
        if _v is None:
            angular = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            angular = _v
        else:
            angular = UNSET
            bad = _p.note(bad, "angular")

        target_height: float | Unset
        _v = d.get("targetHeight")
        if _v is None:
            target_height = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            target_height = _v
        else:
            target_height = UNSET
            bad = _p.note(bad, "targetHeight")

        concepts: Any  # list[ModelConceptsItemRead] | Unset, or the list as sent: parsed on first read
        _v = d.get("concepts")
        if _v is None:
            concepts = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            concepts = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                concepts = _deferred_converters()["concepts"](_v)
            except _p.PayloadError:
                concepts = UNSET
                bad = _p.note(bad, "concepts")

        size: float | Unset
        _v = d.get("size")
        if _v is None:
            size = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            size = _v
        else:
            size = UNSET
            bad = _p.note(bad, "size")

        splice_threshold: float | Unset
        _v = d.get("spliceThreshold")
        if _v is None:
            splice_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            splice_threshold = _v
        else:
            splice_threshold = UNSET
            bad = _p.note(bad, "spliceThreshold")

        dilate: float | Unset
        _v = d.get("dilate")
        if _v is None:
            dilate = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            dilate = _v
        else:
            dilate = UNSET
            bad = _p.note(bad, "dilate")

        style: AssetMetadataStyle | Unset
        _v = d.get("style")
        if _v is None:
            style = UNSET
        else:
            try:
                style = _p.enum_member(AssetMetadataStyle, _v)
            except _p.PayloadError:
                style = UNSET
                bad = _p.note(bad, "style")

        image_fidelity: float | Unset
        _v = d.get("imageFidelity")
        if _v is None:
            image_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            image_fidelity = _v
        else:
            image_fidelity = UNSET
            bad = _p.note(bad, "imageFidelity")

        input_location: AssetMetadataInputLocation | Unset
        _v = d.get("inputLocation")
        if _v is None:
            input_location = UNSET
        else:
            try:
                input_location = _p.enum_member(AssetMetadataInputLocation, _v)
            except _p.PayloadError:
                input_location = UNSET
                bad = _p.note(bad, "inputLocation")

        seed: str | Unset
        _v = d.get("seed")
        if _v is None:
            seed = UNSET
        elif isinstance(_v, str):
            seed = _v
        else:
            seed = UNSET
            bad = _p.note(bad, "seed")

        preset: str | Unset
        _v = d.get("preset")
        if _v is None:
            preset = UNSET
        elif isinstance(_v, str):
            preset = _v
        else:
            preset = UNSET
            bad = _p.note(bad, "preset")

        training_image: bool | Unset
        _v = d.get("trainingImage")
        if _v is None:
            training_image = UNSET
        elif _v.__class__ is bool:
            training_image = _v
        else:
            training_image = UNSET
            bad = _p.note(bad, "trainingImage")

        result_mask: bool | Unset
        _v = d.get("resultMask")
        if _v is None:
            result_mask = UNSET
        elif _v.__class__ is bool:
            result_mask = _v
        else:
            result_mask = UNSET
            bad = _p.note(bad, "resultMask")

        lock_expires_at: str | Unset
        _v = d.get("lockExpiresAt")
        if _v is None:
            lock_expires_at = UNSET
        elif isinstance(_v, str):
            lock_expires_at = _v
        else:
            lock_expires_at = UNSET
            bad = _p.note(bad, "lockExpiresAt")

        base_model_id: str | Unset
        _v = d.get("baseModelId")
        if _v is None:
            base_model_id = UNSET
        elif isinstance(_v, str):
            base_model_id = _v
        else:
            base_model_id = UNSET
            bad = _p.note(bad, "baseModelId")

        path_precision: float | Unset
        _v = d.get("pathPrecision")
        if _v is None:
            path_precision = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            path_precision = _v
        else:
            path_precision = UNSET
            bad = _p.note(bad, "pathPrecision")

        root_parent_id: str | Unset
        _v = d.get("rootParentId")
        if _v is None:
            root_parent_id = UNSET
        elif isinstance(_v, str):
            root_parent_id = _v
        else:
            root_parent_id = UNSET
            bad = _p.note(bad, "rootParentId")

        sharpen: bool | Unset
        _v = d.get("sharpen")
        if _v is None:
            sharpen = UNSET
        elif _v.__class__ is bool:
            sharpen = _v
        else:
            sharpen = UNSET
            bad = _p.note(bad, "sharpen")

        corner_threshold: float | Unset
        _v = d.get("cornerThreshold")
        if _v is None:
            corner_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            corner_threshold = _v
        else:
            corner_threshold = UNSET
            bad = _p.note(bad, "cornerThreshold")

        style_images: list[str] | Unset
        _v = d.get("styleImages")
        if _v is None:
            style_images = UNSET
        else:
            try:
                style_images = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                style_images = UNSET
                bad = _p.note(bad, "styleImages")

        texture: str | Unset
        _v = d.get("texture")
        if _v is None:
            texture = UNSET
        elif isinstance(_v, str):
            texture = _v
        else:
            texture = UNSET
            bad = _p.note(bad, "texture")

        filter_speckle: float | Unset
        _v = d.get("filterSpeckle")
        if _v is None:
            filter_speckle = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            filter_speckle = _v
        else:
            filter_speckle = UNSET
            bad = _p.note(bad, "filterSpeckle")

        min_threshold: float | Unset
        _v = d.get("minThreshold")
        if _v is None:
            min_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            min_threshold = _v
        else:
            min_threshold = UNSET
            bad = _p.note(bad, "minThreshold")

        max_threshold: float | Unset
        _v = d.get("maxThreshold")
        if _v is None:
            max_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            max_threshold = _v
        else:
            max_threshold = UNSET
            bad = _p.note(bad, "maxThreshold")

        style_images_fidelity: float | Unset
        _v = d.get("styleImagesFidelity")
        if _v is None:
            style_images_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            style_images_fidelity = _v
        else:
            style_images_fidelity = UNSET
            bad = _p.note(bad, "styleImagesFidelity")

        depth_image: str | Unset
        _v = d.get("depthImage")
        if _v is None:
            depth_image = UNSET
        elif isinstance(_v, str):
            depth_image = _v
        else:
            depth_image = UNSET
            bad = _p.note(bad, "depthImage")

        parent_id: str | Unset
        _v = d.get("parentId")
        if _v is None:
            parent_id = UNSET
        elif isinstance(_v, str):
            parent_id = _v
        else:
            parent_id = UNSET
            bad = _p.note(bad, "parentId")

        parent_job_id: str | Unset
        _v = d.get("parentJobId")
        if _v is None:
            parent_job_id = UNSET
        elif isinstance(_v, str):
            parent_job_id = _v
        else:
            parent_job_id = UNSET
            bad = _p.note(bad, "parentJobId")

        width: float | Unset
        _v = d.get("width")
        if _v is None:
            width = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            width = _v
        else:
            width = UNSET
            bad = _p.note(bad, "width")

        strength: float | Unset
        _v = d.get("strength")
        if _v is None:
            strength = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            strength = _v
        else:
            strength = UNSET
            bad = _p.note(bad, "strength")

        inference_id: str | Unset
        _v = d.get("inferenceId")
        if _v is None:
            inference_id = UNSET
        elif isinstance(_v, str):
            inference_id = _v
        else:
            inference_id = UNSET
            bad = _p.note(bad, "inferenceId")

        length_threshold: float | Unset
        _v = d.get("lengthThreshold")
        if _v is None:
            length_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            length_threshold = _v
        else:
            length_threshold = UNSET
            bad = _p.note(bad, "lengthThreshold")

        original_asset_id: str | Unset
        _v = d.get("originalAssetId")
        if _v is None:
            original_asset_id = UNSET
        elif isinstance(_v, str):
            original_asset_id = _v
        else:
            original_asset_id = UNSET
            bad = _p.note(bad, "originalAssetId")

        background_opacity: float | Unset
        _v = d.get("backgroundOpacity")
        if _v is None:
            background_opacity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            background_opacity = _v
        else:
            background_opacity = UNSET
            bad = _p.note(bad, "backgroundOpacity")

        aspect_ratio: str | Unset
        _v = d.get("aspectRatio")
        if _v is None:
            aspect_ratio = UNSET
        elif isinstance(_v, str):
            aspect_ratio = _v
        else:
            aspect_ratio = UNSET
            bad = _p.note(bad, "aspectRatio")

        details_level: float | Unset
        _v = d.get("detailsLevel")
        if _v is None:
            details_level = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            details_level = _v
        else:
            details_level = UNSET
            bad = _p.note(bad, "detailsLevel")

        fractality: float | Unset
        _v = d.get("fractality")
        if _v is None:
            fractality = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            fractality = _v
        else:
            fractality = UNSET
            bad = _p.note(bad, "fractality")

        horizontal_expansion_ratio: float | Unset
        _v = d.get("horizontalExpansionRatio")
        if _v is None:
            horizontal_expansion_ratio = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            horizontal_expansion_ratio = _v
        else:
            horizontal_expansion_ratio = UNSET
            bad = _p.note(bad, "horizontalExpansionRatio")

        points: list[list[Any]] | Unset
        _v = d.get("points")
        if _v is None:
            points = UNSET
        else:
            try:
                points = _p.parse_list(_v, _p.as_list)
            except _p.PayloadError:
                points = UNSET
                bad = _p.note(bad, "points")

        mode: str | Unset
        _v = d.get("mode")
        if _v is None:
            mode = UNSET
        elif isinstance(_v, str):
            mode = _v
        else:
            mode = UNSET
            bad = _p.note(bad, "mode")

        color_precision: float | Unset
        _v = d.get("colorPrecision")
        if _v is None:
            color_precision = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            color_precision = _v
        else:
            color_precision = UNSET
            bad = _p.note(bad, "colorPrecision")

        prompt_fidelity: float | Unset
        _v = d.get("promptFidelity")
        if _v is None:
            prompt_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            prompt_fidelity = _v
        else:
            prompt_fidelity = UNSET
            bad = _p.note(bad, "promptFidelity")

        better_quality: bool | Unset
        _v = d.get("betterQuality")
        if _v is None:
            better_quality = UNSET
        elif _v.__class__ is bool:
            better_quality = _v
        else:
            better_quality = UNSET
            bad = _p.note(bad, "betterQuality")

        remove_background: bool | Unset
        _v = d.get("removeBackground")
        if _v is None:
            remove_background = UNSET
        elif _v.__class__ is bool:
            remove_background = _v
        else:
            remove_background = UNSET
            bad = _p.note(bad, "removeBackground")

        creativity: float | Unset
        _v = d.get("creativity")
        if _v is None:
            creativity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            creativity = _v
        else:
            creativity = UNSET
            bad = _p.note(bad, "creativity")

        structure_fidelity: float | Unset
        _v = d.get("structureFidelity")
        if _v is None:
            structure_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            structure_fidelity = _v
        else:
            structure_fidelity = UNSET
            bad = _p.note(bad, "structureFidelity")

        image_type: AssetMetadataImageType | Unset
        _v = d.get("imageType")
        if _v is None:
            image_type = UNSET
        else:
            try:
                image_type = _p.enum_member(AssetMetadataImageType, _v)
            except _p.PayloadError:
                image_type = UNSET
                bad = _p.note(bad, "imageType")

        image: str | Unset
        _v = d.get("image")
        if _v is None:
            image = UNSET
        elif isinstance(_v, str):
            image = _v
        else:
            image = UNSET
            bad = _p.note(bad, "image")

        thumbnail: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("thumbnail")
        if _v is None:
            thumbnail = UNSET
        elif _v.__class__ is dict:
            thumbnail = _v
        elif isinstance(_v, Mapping):
            thumbnail = dict(_v)
        else:
            thumbnail = UNSET
            bad = _p.note(bad, "thumbnail")

        structure_image: str | Unset
        _v = d.get("structureImage")
        if _v is None:
            structure_image = UNSET
        elif isinstance(_v, str):
            structure_image = _v
        else:
            structure_image = UNSET
            bad = _p.note(bad, "structureImage")

        invert: bool | Unset
        _v = d.get("invert")
        if _v is None:
            invert = UNSET
        elif _v.__class__ is bool:
            invert = _v
        else:
            invert = UNSET
            bad = _p.note(bad, "invert")

        kind: AssetMetadataKind | Unset
        _v = d.get("kind")
        if _v is None:
            kind = UNSET
        else:
            try:
                kind = _p.enum_member(AssetMetadataKind, _v)
            except _p.PayloadError:
                kind = UNSET
                bad = _p.note(bad, "kind")

        color_mode: str | Unset
        _v = d.get("colorMode")
        if _v is None:
            color_mode = UNSET
        elif isinstance(_v, str):
            color_mode = _v
        else:
            color_mode = UNSET
            bad = _p.note(bad, "colorMode")

        high_threshold: float | Unset
        _v = d.get("highThreshold")
        if _v is None:
            high_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            high_threshold = _v
        else:
            high_threshold = UNSET
            bad = _p.note(bad, "highThreshold")

        vertical_expansion_ratio: float | Unset
        _v = d.get("verticalExpansionRatio")
        if _v is None:
            vertical_expansion_ratio = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            vertical_expansion_ratio = _v
        else:
            vertical_expansion_ratio = UNSET
            bad = _p.note(bad, "verticalExpansionRatio")

        half_mode: bool | Unset
        _v = d.get("halfMode")
        if _v is None:
            half_mode = UNSET
        elif _v.__class__ is bool:
            half_mode = _v
        else:
            half_mode = UNSET
            bad = _p.note(bad, "halfMode")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        negative_prompt_strength: float | Unset
        _v = d.get("negativePromptStrength")
        if _v is None:
            negative_prompt_strength = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            negative_prompt_strength = _v
        else:
            negative_prompt_strength = UNSET
            bad = _p.note(bad, "negativePromptStrength")

        refinement_steps: float | Unset
        _v = d.get("refinementSteps")
        if _v is None:
            refinement_steps = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            refinement_steps = _v
        else:
            refinement_steps = UNSET
            bad = _p.note(bad, "refinementSteps")

        reference_images: list[str] | Unset
        _v = d.get("referenceImages")
        if _v is None:
            reference_images = UNSET
        else:
            try:
                reference_images = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                reference_images = UNSET
                bad = _p.note(bad, "referenceImages")

        style_fidelity: float | Unset
        _v = d.get("styleFidelity")
        if _v is None:
            style_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            style_fidelity = _v
        else:
            style_fidelity = UNSET
            bad = _p.note(bad, "styleFidelity")

        result_contours: bool | Unset
        _v = d.get("resultContours")
        if _v is None:
            result_contours = UNSET
        elif _v.__class__ is bool:
            result_contours = _v
        else:
            result_contours = UNSET
            bad = _p.note(bad, "resultContours")

        control_end: float | Unset
        _v = d.get("controlEnd")
        if _v is None:
            control_end = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            control_end = _v
        else:
            control_end = UNSET
            bad = _p.note(bad, "controlEnd")

        polished: float | Unset
        _v = d.get("polished")
        if _v is None:
            polished = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            polished = _v
        else:
            polished = UNSET
            bad = _p.note(bad, "polished")

        scheduler: str | Unset
        _v = d.get("scheduler")
        if _v is None:
            scheduler = UNSET
        elif isinstance(_v, str):
            scheduler = _v
        else:
            scheduler = UNSET
            bad = _p.note(bad, "scheduler")

        override_embeddings: bool | Unset
        _v = d.get("overrideEmbeddings")
        if _v is None:
            override_embeddings = UNSET
        elif _v.__class__ is bool:
            override_embeddings = _v
        else:
            override_embeddings = UNSET
            bad = _p.note(bad, "overrideEmbeddings")

        progress_percent: float | Unset
        _v = d.get("progressPercent")
        if _v is None:
            progress_percent = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            progress_percent = _v
        else:
            progress_percent = UNSET
            bad = _p.note(bad, "progressPercent")

        factor: float | Unset
        _v = d.get("factor")
        if _v is None:
            factor = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            factor = _v
        else:
            factor = UNSET
            bad = _p.note(bad, "factor")

        mask: str | Unset
        _v = d.get("mask")
        if _v is None:
            mask = UNSET
        elif isinstance(_v, str):
            mask = _v
        else:
            mask = UNSET
            bad = _p.note(bad, "mask")

        low_threshold: float | Unset
        _v = d.get("lowThreshold")
        if _v is None:
            low_threshold = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            low_threshold = _v
        else:
            low_threshold = UNSET
            bad = _p.note(bad, "lowThreshold")

        depth_fidelity: float | Unset
        _v = d.get("depthFidelity")
        if _v is None:
            depth_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            depth_fidelity = _v
        else:
            depth_fidelity = UNSET
            bad = _p.note(bad, "depthFidelity")

        raised: float | Unset
        _v = d.get("raised")
        if _v is None:
            raised = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            raised = _v
        else:
            raised = UNSET
            bad = _p.note(bad, "raised")

        copied_at: str | Unset
        _v = d.get("copiedAt")
        if _v is None:
            copied_at = UNSET
        elif isinstance(_v, str):
            copied_at = _v
        else:
            copied_at = UNSET
            bad = _p.note(bad, "copiedAt")

        contours: list[list[list[list[float]]]] | Unset
        _v = d.get("contours")
        if _v is None:
            contours = UNSET
        else:
            try:
                contours = _p.parse_list(_v, _p.list_of(_p.list_of(_p.list_of(_p.as_number))))
            except _p.PayloadError:
                contours = UNSET
                bad = _p.note(bad, "contours")

        negative_prompt: str | Unset
        _v = d.get("negativePrompt")
        if _v is None:
            negative_prompt = UNSET
        elif isinstance(_v, str):
            negative_prompt = _v
        else:
            negative_prompt = UNSET
            bad = _p.note(bad, "negativePrompt")

        default_parameters: bool | Unset
        _v = d.get("defaultParameters")
        if _v is None:
            default_parameters = UNSET
        elif _v.__class__ is bool:
            default_parameters = _v
        else:
            default_parameters = UNSET
            bad = _p.note(bad, "defaultParameters")

        resize_option: float | Unset
        _v = d.get("resizeOption")
        if _v is None:
            resize_option = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            resize_option = _v
        else:
            resize_option = UNSET
            bad = _p.note(bad, "resizeOption")

        output_index: float | Unset
        _v = d.get("outputIndex")
        if _v is None:
            output_index = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            output_index = _v
        else:
            output_index = UNSET
            bad = _p.note(bad, "outputIndex")

        save_flipbook: bool | Unset
        _v = d.get("saveFlipbook")
        if _v is None:
            save_flipbook = UNSET
        elif _v.__class__ is bool:
            save_flipbook = _v
        else:
            save_flipbook = UNSET
            bad = _p.note(bad, "saveFlipbook")

        guidance: float | Unset
        _v = d.get("guidance")
        if _v is None:
            guidance = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            guidance = _v
        else:
            guidance = UNSET
            bad = _p.note(bad, "guidance")

        num_inference_steps: float | Unset
        _v = d.get("numInferenceSteps")
        if _v is None:
            num_inference_steps = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            num_inference_steps = _v
        else:
            num_inference_steps = UNSET
            bad = _p.note(bad, "numInferenceSteps")

        hdr: float | Unset
        _v = d.get("hdr")
        if _v is None:
            hdr = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            hdr = _v
        else:
            hdr = UNSET
            bad = _p.note(bad, "hdr")

        clustering: bool | Unset
        _v = d.get("clustering")
        if _v is None:
            clustering = UNSET
        elif _v.__class__ is bool:
            clustering = _v
        else:
            clustering = UNSET
            bad = _p.note(bad, "clustering")

        shiny: float | Unset
        _v = d.get("shiny")
        if _v is None:
            shiny = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            shiny = _v
        else:
            shiny = UNSET
            bad = _p.note(bad, "shiny")

        color_correction: bool | Unset
        _v = d.get("colorCorrection")
        if _v is None:
            color_correction = UNSET
        elif _v.__class__ is bool:
            color_correction = _v
        else:
            color_correction = UNSET
            bad = _p.note(bad, "colorCorrection")

        sketch: bool | Unset
        _v = d.get("sketch")
        if _v is None:
            sketch = UNSET
        elif _v.__class__ is bool:
            sketch = _v
        else:
            sketch = UNSET
            bad = _p.note(bad, "sketch")

        overlap_percentage: float | Unset
        _v = d.get("overlapPercentage")
        if _v is None:
            overlap_percentage = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            overlap_percentage = _v
        else:
            overlap_percentage = UNSET
            bad = _p.note(bad, "overlapPercentage")

        prompt: str | Unset
        _v = d.get("prompt")
        if _v is None:
            prompt = UNSET
        elif isinstance(_v, str):
            prompt = _v
        else:
            prompt = UNSET
            bad = _p.note(bad, "prompt")

        result_image: bool | Unset
        _v = d.get("resultImage")
        if _v is None:
            result_image = UNSET
        elif _v.__class__ is bool:
            result_image = _v
        else:
            result_image = UNSET
            bad = _p.note(bad, "resultImage")

        canny_structure_image: str | Unset
        _v = d.get("cannyStructureImage")
        if _v is None:
            canny_structure_image = UNSET
        elif isinstance(_v, str):
            canny_structure_image = _v
        else:
            canny_structure_image = UNSET
            bad = _p.note(bad, "cannyStructureImage")

        geometry_enforcement: float | Unset
        _v = d.get("geometryEnforcement")
        if _v is None:
            geometry_enforcement = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            geometry_enforcement = _v
        else:
            geometry_enforcement = UNSET
            bad = _p.note(bad, "geometryEnforcement")

        target_width: float | Unset
        _v = d.get("targetWidth")
        if _v is None:
            target_width = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            target_width = _v
        else:
            target_width = UNSET
            bad = _p.note(bad, "targetWidth")

        asset_metadata = cls(
            max_iterations=max_iterations,
            modality=modality,
            tile_style=tile_style,
            model_id=model_id,
            source_project_id=source_project_id,
            bbox=bbox,
            keypoint_threshold=keypoint_threshold,
            type_=type_,
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
            kind=kind,
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
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            asset_metadata.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_concepts_item_read import ModelConceptsItemRead  # noqa: PLC0415
    from ..models.model_thumbnail import ModelThumbnail  # noqa: PLC0415

    return {
        "concepts": _p.list_of(ModelConceptsItemRead.from_dict),
        "thumbnail": ModelThumbnail.from_dict,
    }


_p.defer(
    AssetMetadata,
    {
        "concepts": "list",
        "thumbnail": "dict",
    },
    _deferred_converters,
)
