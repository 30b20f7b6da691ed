from __future__ import annotations

import os
import pathlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.inference_parameters_aspect_ratio import InferenceParametersAspectRatio
from ..models.inference_parameters_ip_adapter_type import InferenceParametersIpAdapterType
from ..models.inference_parameters_modality import InferenceParametersModality
from ..models.inference_parameters_scheduler import InferenceParametersScheduler
from ..models.inference_parameters_type import InferenceParametersType
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_concepts_item_read import ModelConceptsItemRead


T = TypeVar("T", bound="InferenceParameters")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "ipAdapterImageIds",
        "styleFidelity",
        "controlEnd",
        "modality",
        "seed",
        "strength",
        "ipAdapterType",
        "aspectRatio",
        "type",
        "ipAdapterImage",
        "scheduler",
        "disableMerging",
        "disableModalityDetection",
        "ipAdapterImages",
        "baseModelId",
        "controlStart",
        "height",
        "mask",
        "controlImageId",
        "image",
        "imageId",
        "ipAdapterImageId",
        "ipAdapterScale",
        "modelEpoch",
        "hideResults",
        "ipAdapterScales",
        "maskId",
        "referenceAdain",
        "negativePrompt",
        "intermediateImages",
        "concepts",
        "controlImage",
        "guidance",
        "numInferenceSteps",
        "numSamples",
        "width",
        "negativePromptStrength",
        "referenceAttn",
        "prompt",
    )
)


@_attrs_define
class InferenceParameters:
    """The inference parameters"""

    ip_adapter_image_ids: list[str] | Unset = UNSET
    """ Asset id of the input IpAdapter images """
    style_fidelity: float | Unset = UNSET
    """ If style_fidelity=1.0, control more important, else if style_fidelity=0.0, prompt more important, else
    balanced
    Only for "reference" inference type """
    control_end: float | Unset = UNSET
    """ Specifies how long the ControlNet guidance should be applied during the inference process.

    Only available for Flux.1-dev based models.

    The value represents the percentage of total inference steps where the ControlNet guidance is active.
    For example:
    - 1.0: ControlNet guidance is applied during all inference steps
    - 0.5: ControlNet guidance is only applied during the first half of inference steps

    Default values:
    - 0.5 for Canny modality
    - 0.6 for all other modalities """
    modality: InferenceParametersModality | Unset = UNSET
    """ The modality associated with the control image used for the generation: it can either be an object with a
    combination of maximum

    For models of SD1.5 family:
     - up to 3 modalities from `canny`, `pose`, `depth`, `lines`, `seg`, `scribble`, `lineart`, `normal-map`,
    `illusion`
     - or one of the following presets: `character`, `landscape`, `city`, `interior`.

    For models of the SDXL family:
     - up to 3 modalities from `canny`, `pose`, `depth`, `seg`, `illusion`, `scribble`
     - or one of the following presets: `character`, `landscape`.

    For models of the FLUX schnell or dev families:
    - one modality from: `canny`, `tile`, `depth`, `blur`, `pose`, `gray`, `low-quality`

    Optionally, you can associate a value to these modalities or presets. The value must be within `]0.0, 1.0]`.

    Examples:
    - `canny`
    - `depth:0.5,pose:1.0`
    - `canny:0.5,depth:0.5,lines:0.3`
    - `landscape`
    - `character:0.5`
    - `illusion:1`

    Note: if you use a value that is not supported by the model family, this will result in an error. """
    seed: str | Unset = UNSET
    """ Used to reproduce previous results. Default: randomly generated number. """
    strength: float | Unset = UNSET
    """ Controls the noise intensity introduced to the input image, where a value of 1.0 completely erases the
    original image's details. Available for img2img and inpainting. (within [0.01, 1.0], default: 0.75) """
    ip_adapter_type: InferenceParametersIpAdapterType | Unset = InferenceParametersIpAdapterType.STYLE
    """ The type of IP Adapter model to use. Must be one of [`style`, `character`], default to `style``. Default:
    "style". """
    aspect_ratio: InferenceParametersAspectRatio | Unset = InferenceParametersAspectRatio.VALUE_1
    """ The aspect ratio of the generated images. Only used for the model flux.1.1-pro-ultra.
    The aspect ratio is a string formatted as "width:height" (example: "16:9"). Default: "1:1". """
    type_: InferenceParametersType | Unset = UNSET
    """ The type of inference to use. Example: txt2img, img2img, etc.

    Selecting the right type will condition the expected parameters.

    Note: if model.type is `sd-xl*` or `sd-1_5*`, when using the `"inpaint"` inference type, Scenario determines the
    best available `baseModel` for a given `modelId`: one of `["stable-diffusion-inpainting", "stable-diffusion-
    xl-1.0-inpainting-0.1"] will be used. """
    ip_adapter_image: str | Unset = UNSET
    """ Signed URL to display the IpAdapter image """
    scheduler: InferenceParametersScheduler | Unset = UNSET
    """ The scheduler to use to override the default configured for the model. See detailed documentation for more
    details. """
    disable_merging: bool | Unset = False
    """ If set to true, the entire input image will likely change during inpainting. This results in faster
    inferences, but the output image will be harder to integrate if the input is just a small part of a larger
    image. Default: false. """
    disable_modality_detection: bool | Unset = True
    """ If false, the process uses the given image to detect the modality.
    If true (default), the process will not try to detect the modality of the given image.

    For example:
    with `pose` modality and `false` value, the process will detect the pose of people in the given image
    with `depth` modality and `false` value, the process will detect the depth of the given image
    with `scribble` modality and `true`value, the process will use the given image as a scribble

    ⚠️ For models of the FLUX schnell or dev families, this parameter is ignored. The modality detection is always
    disabled. ⚠️. Default: true. """
    ip_adapter_images: list[str] | Unset = UNSET
    """ Signed URL to display the IpAdapter images """
    base_model_id: str | Unset = UNSET
    """ The base model to use for the inference. Only Flux LoRA models can use this parameter.
    Allowed values are available in the model's attribute: `compliantModelIds` """
    control_start: float | Unset = UNSET
    """ Specifies the starting point of the ControlNet guidance during the inference process.

    Only available for Flux.1-dev based models.

    The value represents the percentage of total inference steps where the ControlNet guidance starts.
    For example:
    - 0.0: ControlNet guidance starts at the beginning of the inference steps
    - 0.5: ControlNet guidance starts at the middle of the inference steps """
    height: float | Unset = UNSET
    """ The height of the generated images, must be a 8 multiple (within [64, 2048], default: 512)
    If model.type is `sd-xl`, `sd-xl-lora`, `sd-xl-composition` the height must be within [512, 2048]
    If model.type is `sd-1_5`, the height must be within [64, 1024]
    If model.type is `flux.1.1-pro-ultra`, you can use the aspectRatio parameter instead """
    mask: str | Unset = UNSET
    """ Signed URL to display the mask image """
    control_image_id: str | Unset = UNSET
    """ Asset id of the controlnet input image """
    image: str | Unset = UNSET
    """ Signed URL to display the input image """
    image_id: str | Unset = UNSET
    """ Asset id of the input image """
    ip_adapter_image_id: str | Unset = UNSET
    """ Asset id of the input IpAdapter image """
    ip_adapter_scale: float | Unset = UNSET
    """ IpAdapter scale factor (within [0.0, 1.0], default: 0.9). """
    model_epoch: str | Unset = UNSET
    """ The epoch of the model to use for the inference. Only available for Flux Lora Trained models. """
    hide_results: bool | Unset = False
    """ If set, generated assets will be hidden and not returned in the list of images of the inference
    or when listing assets (default: false) """
    ip_adapter_scales: list[float] | Unset = UNSET
    """ IpAdapter scale factors (within [0.0, 1.0], default: 0.9). """
    mask_id: str | Unset = UNSET
    """ Asset id of the mask image """
    reference_adain: bool | Unset = False
    """ Whether to use reference adain
    Only for "reference" inference type. Default: false. """
    negative_prompt: str | Unset = UNSET
    """ The prompt not to guide the image generation, ignored when guidance < 1 (example: "((ugly face))")
    For Flux based model (not Fast-Flux): requires negativePromptStrength > 0 and active only for inference types
    txt2img / img2img / controlnet. """
    intermediate_images: bool | Unset = False
    """ Enable or disable the intermediate images generation (default: false) """
    concepts: list[ModelConceptsItemRead] | Unset = UNSET
    control_image: str | Unset = UNSET
    """ Signed URL to display the controlnet input image """
    guidance: float | Unset = UNSET
    """ Controls how closely the generated image follows the prompt. Higher values result in stronger adherence to
    the prompt. Default and allowed values depend on the model type:
    - For Flux dev models, the default is 3.5 and allowed values are within [0, 10]
    - For Flux pro models, the default is 3 and allowed values are within [2, 5]
    - For SDXL models, the default is 6 and allowed values are within [0, 20]
    - For SD1.5 models, the default is 7.5 and allowed values are within [0, 20] """
    num_inference_steps: float | Unset = UNSET
    """ The number of denoising steps for each image generation (within [1, 150], default: 30) """
    num_samples: float | Unset = UNSET
    """ The number of images to generate (within [1, 128], default: 4) """
    width: float | Unset = UNSET
    """ The width of the generated images, must be a 8 multiple (within [64, 2048], default: 512)
    If model.type is `sd-xl`, `sd-xl-lora`, `sd-xl-composition` the width must be within [512, 2048]
    If model.type is `sd-1_5`, the width must be within [64, 1024]
    If model.type is `flux.1.1-pro-ultra`, you can use the aspectRatio parameter instead """
    negative_prompt_strength: float | Unset = UNSET
    """ Only applicable for flux-dev based models for `txt2img`, `img2img`, and `controlnet` inference types.

    Controls the influence of the negative prompt. Default 0 means the negative prompt has no effect. Higher values
    increase negative prompt influence.
    Must be > 0 if negativePrompt is provided. """
    reference_attn: bool | Unset = False
    """ Whether to use reference query for self attention's context
    Only for "reference" inference type. Default: false. """
    prompt: str | Unset = UNSET
    """ Full text prompt including the model placeholder. (example: "an illustration of phoenix in a fantasy world,
    flying over a mountain, 8k, bokeh effect") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_adapter_image_ids: list[str] | Unset = UNSET
        if not isinstance(self.ip_adapter_image_ids, Unset):
            ip_adapter_image_ids = self.ip_adapter_image_ids

        style_fidelity = self.style_fidelity

        control_end = self.control_end

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = str(self.modality)

        seed = self.seed

        strength = self.strength

        ip_adapter_type: str | Unset = UNSET
        if not isinstance(self.ip_adapter_type, Unset):
            ip_adapter_type = str(self.ip_adapter_type)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = str(self.aspect_ratio)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        ip_adapter_image = self.ip_adapter_image

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = str(self.scheduler)

        disable_merging = self.disable_merging

        disable_modality_detection = self.disable_modality_detection

        ip_adapter_images: list[str] | Unset = UNSET
        if not isinstance(self.ip_adapter_images, Unset):
            ip_adapter_images = self.ip_adapter_images

        base_model_id = self.base_model_id

        control_start = self.control_start

        height = self.height

        mask = self.mask

        control_image_id = self.control_image_id

        image = self.image

        image_id = self.image_id

        ip_adapter_image_id = self.ip_adapter_image_id

        ip_adapter_scale = self.ip_adapter_scale

        model_epoch = self.model_epoch

        hide_results = self.hide_results

        ip_adapter_scales: list[float] | Unset = UNSET
        if not isinstance(self.ip_adapter_scales, Unset):
            ip_adapter_scales = self.ip_adapter_scales

        mask_id = self.mask_id

        reference_adain = self.reference_adain

        negative_prompt = self.negative_prompt

        intermediate_images = self.intermediate_images

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        control_image = self.control_image

        guidance = self.guidance

        num_inference_steps = self.num_inference_steps

        num_samples = self.num_samples

        width = self.width

        negative_prompt_strength = self.negative_prompt_strength

        reference_attn = self.reference_attn

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_adapter_image_ids is not UNSET:
            field_dict["ipAdapterImageIds"] = ip_adapter_image_ids
        if style_fidelity is not UNSET:
            field_dict["styleFidelity"] = style_fidelity
        if control_end is not UNSET:
            field_dict["controlEnd"] = control_end
        if modality is not UNSET:
            field_dict["modality"] = modality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if strength is not UNSET:
            field_dict["strength"] = strength
        if ip_adapter_type is not UNSET:
            field_dict["ipAdapterType"] = ip_adapter_type
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ip_adapter_image is not UNSET:
            field_dict["ipAdapterImage"] = ip_adapter_image
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if disable_merging is not UNSET:
            field_dict["disableMerging"] = disable_merging
        if disable_modality_detection is not UNSET:
            field_dict["disableModalityDetection"] = disable_modality_detection
        if ip_adapter_images is not UNSET:
            field_dict["ipAdapterImages"] = ip_adapter_images
        if base_model_id is not UNSET:
            field_dict["baseModelId"] = base_model_id
        if control_start is not UNSET:
            field_dict["controlStart"] = control_start
        if height is not UNSET:
            field_dict["height"] = height
        if mask is not UNSET:
            field_dict["mask"] = mask
        if control_image_id is not UNSET:
            field_dict["controlImageId"] = control_image_id
        if image is not UNSET:
            field_dict["image"] = image
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if ip_adapter_image_id is not UNSET:
            field_dict["ipAdapterImageId"] = ip_adapter_image_id
        if ip_adapter_scale is not UNSET:
            field_dict["ipAdapterScale"] = ip_adapter_scale
        if model_epoch is not UNSET:
            field_dict["modelEpoch"] = model_epoch
        if hide_results is not UNSET:
            field_dict["hideResults"] = hide_results
        if ip_adapter_scales is not UNSET:
            field_dict["ipAdapterScales"] = ip_adapter_scales
        if mask_id is not UNSET:
            field_dict["maskId"] = mask_id
        if reference_adain is not UNSET:
            field_dict["referenceAdain"] = reference_adain
        if negative_prompt is not UNSET:
            field_dict["negativePrompt"] = negative_prompt
        if intermediate_images is not UNSET:
            field_dict["intermediateImages"] = intermediate_images
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if control_image is not UNSET:
            field_dict["controlImage"] = control_image
        if guidance is not UNSET:
            field_dict["guidance"] = guidance
        if num_inference_steps is not UNSET:
            field_dict["numInferenceSteps"] = num_inference_steps
        if num_samples is not UNSET:
            field_dict["numSamples"] = num_samples
        if width is not UNSET:
            field_dict["width"] = width
        if negative_prompt_strength is not UNSET:
            field_dict["negativePromptStrength"] = negative_prompt_strength
        if reference_attn is not UNSET:
            field_dict["referenceAttn"] = reference_attn
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

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
        ip_adapter_image_ids: list[str] | Unset
        _v = d.get("ipAdapterImageIds")
        if _v is None:
            ip_adapter_image_ids = UNSET
        else:
            try:
                ip_adapter_image_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                ip_adapter_image_ids = UNSET
                bad = _p.note(bad, "ipAdapterImageIds")

        style_fidelity: float | Unset
        _v = d.get("styleFidelity")
        if _v is None:
            style_fidelity = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            style_fidelity = _v
        else:
            style_fidelity = UNSET
            bad = _p.note(bad, "styleFidelity")

        control_end: float | Unset
        _v = d.get("controlEnd")
        if _v is None:
            control_end = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            control_end = _v
        else:
            control_end = UNSET
            bad = _p.note(bad, "controlEnd")

        modality: InferenceParametersModality | Unset
        _v = d.get("modality")
        if _v is None:
            modality = UNSET
        else:
            try:
                modality = _p.enum_member(InferenceParametersModality, _v)
            except _p.PayloadError:
                modality = UNSET
                bad = _p.note(bad, "modality")

        seed: str | Unset
        _v = d.get("seed")
        if _v is None:
            seed = UNSET
        elif isinstance(_v, str):
            seed = _v
        else:
            seed = UNSET
            bad = _p.note(bad, "seed")

        strength: float | Unset
        _v = d.get("strength")
        if _v is None:
            strength = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            strength = _v
        else:
            strength = UNSET
            bad = _p.note(bad, "strength")

        ip_adapter_type: InferenceParametersIpAdapterType | Unset
        _v = d.get("ipAdapterType")
        if _v is None:
            ip_adapter_type = UNSET
        else:
            try:
                ip_adapter_type = _p.enum_member(InferenceParametersIpAdapterType, _v)
            except _p.PayloadError:
                ip_adapter_type = UNSET
                bad = _p.note(bad, "ipAdapterType")

        aspect_ratio: InferenceParametersAspectRatio | Unset
        _v = d.get("aspectRatio")
        if _v is None:
            aspect_ratio = UNSET
        else:
            try:
                aspect_ratio = _p.enum_member(InferenceParametersAspectRatio, _v)
            except _p.PayloadError:
                aspect_ratio = UNSET
                bad = _p.note(bad, "aspectRatio")

        type_: InferenceParametersType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(InferenceParametersType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        ip_adapter_image: str | Unset
        _v = d.get("ipAdapterImage")
        if _v is None:
            ip_adapter_image = UNSET
        elif isinstance(_v, str):
            ip_adapter_image = _v
        else:
            ip_adapter_image = UNSET
            bad = _p.note(bad, "ipAdapterImage")

        scheduler: InferenceParametersScheduler | Unset
        _v = d.get("scheduler")
        if _v is None:
            scheduler = UNSET
        else:
            try:
                scheduler = _p.enum_member(InferenceParametersScheduler, _v)
            except _p.PayloadError:
                scheduler = UNSET
                bad = _p.note(bad, "scheduler")

        disable_merging: bool | Unset
        _v = d.get("disableMerging")
        if _v is None:
            disable_merging = UNSET
        elif _v.__class__ is bool:
            disable_merging = _v
        else:
            disable_merging = UNSET
            bad = _p.note(bad, "disableMerging")

        disable_modality_detection: bool | Unset
        _v = d.get("disableModalityDetection")
        if _v is None:
            disable_modality_detection = UNSET
        elif _v.__class__ is bool:
            disable_modality_detection = _v
        else:
            disable_modality_detection = UNSET
            bad = _p.note(bad, "disableModalityDetection")

        ip_adapter_images: list[str] | Unset
        _v = d.get("ipAdapterImages")
        if _v is None:
            ip_adapter_images = UNSET
        else:
            try:
                ip_adapter_images = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                ip_adapter_images = UNSET
                bad = _p.note(bad, "ipAdapterImages")

        base_model_id: str | Unset
        _v = d.get("baseModelId")
        if _v is None:
            base_model_id = UNSET
        elif isinstance(_v, str):
            base_model_id = _v
        else:
            base_model_id = UNSET
            bad = _p.note(bad, "baseModelId")

        control_start: float | Unset
        _v = d.get("controlStart")
        if _v is None:
            control_start = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            control_start = _v
        else:
            control_start = UNSET
            bad = _p.note(bad, "controlStart")

        height: float | Unset
        _v = d.get("height")
        if _v is None:
            height = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            height = _v
        else:
            height = UNSET
            bad = _p.note(bad, "height")

        mask: str | Unset
        _v = d.get("mask")
        if _v is None:
            mask = UNSET
        elif isinstance(_v, str):
            mask = _v
        else:
            mask = UNSET
            bad = _p.note(bad, "mask")

        control_image_id: str | Unset
        _v = d.get("controlImageId")
        if _v is None:
            control_image_id = UNSET
        elif isinstance(_v, str):
            control_image_id = _v
        else:
            control_image_id = UNSET
            bad = _p.note(bad, "controlImageId")

        image: str | Unset
        _v = d.get("image")
        if _v is None:
            image = UNSET
        elif isinstance(_v, str):
            image = _v
        else:
            image = UNSET
            bad = _p.note(bad, "image")

        image_id: str | Unset
        _v = d.get("imageId")
        if _v is None:
            image_id = UNSET
        elif isinstance(_v, str):
            image_id = _v
        else:
            image_id = UNSET
            bad = _p.note(bad, "imageId")

        ip_adapter_image_id: str | Unset
        _v = d.get("ipAdapterImageId")
        if _v is None:
            ip_adapter_image_id = UNSET
        elif isinstance(_v, str):
            ip_adapter_image_id = _v
        else:
            ip_adapter_image_id = UNSET
            bad = _p.note(bad, "ipAdapterImageId")

        ip_adapter_scale: float | Unset
        _v = d.get("ipAdapterScale")
        if _v is None:
            ip_adapter_scale = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            ip_adapter_scale = _v
        else:
            ip_adapter_scale = UNSET
            bad = _p.note(bad, "ipAdapterScale")

        model_epoch: str | Unset
        _v = d.get("modelEpoch")
        if _v is None:
            model_epoch = UNSET
        elif isinstance(_v, str):
            model_epoch = _v
        else:
            model_epoch = UNSET
            bad = _p.note(bad, "modelEpoch")

        hide_results: bool | Unset
        _v = d.get("hideResults")
        if _v is None:
            hide_results = UNSET
        elif _v.__class__ is bool:
            hide_results = _v
        else:
            hide_results = UNSET
            bad = _p.note(bad, "hideResults")

        ip_adapter_scales: list[float] | Unset
        _v = d.get("ipAdapterScales")
        if _v is None:
            ip_adapter_scales = UNSET
        else:
            try:
                ip_adapter_scales = _p.parse_list(_v, _p.as_number)
            except _p.PayloadError:
                ip_adapter_scales = UNSET
                bad = _p.note(bad, "ipAdapterScales")

        mask_id: str | Unset
        _v = d.get("maskId")
        if _v is None:
            mask_id = UNSET
        elif isinstance(_v, str):
            mask_id = _v
        else:
            mask_id = UNSET
            bad = _p.note(bad, "maskId")

        reference_adain: bool | Unset
        _v = d.get("referenceAdain")
        if _v is None:
            reference_adain = UNSET
        elif _v.__class__ is bool:
            reference_adain = _v
        else:
            reference_adain = UNSET
            bad = _p.note(bad, "referenceAdain")

        negative_prompt: str | Unset
        _v = d.get("negativePrompt")
        if _v is None:
            negative_prompt = UNSET
        elif isinstance(_v, str):
            negative_prompt = _v
        else:
            negative_prompt = UNSET
            bad = _p.note(bad, "negativePrompt")

        intermediate_images: bool | Unset
        _v = d.get("intermediateImages")
        if _v is None:
            intermediate_images = UNSET
        elif _v.__class__ is bool:
            intermediate_images = _v
        else:
            intermediate_images = UNSET
            bad = _p.note(bad, "intermediateImages")

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

        control_image: str | Unset
        _v = d.get("controlImage")
        if _v is None:
            control_image = UNSET
        elif isinstance(_v, str):
            control_image = _v
        else:
            control_image = UNSET
            bad = _p.note(bad, "controlImage")

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

        num_samples: float | Unset
        _v = d.get("numSamples")
        if _v is None:
            num_samples = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            num_samples = _v
        else:
            num_samples = UNSET
            bad = _p.note(bad, "numSamples")

        width: float | Unset
        _v = d.get("width")
        if _v is None:
            width = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            width = _v
        else:
            width = UNSET
            bad = _p.note(bad, "width")

        negative_prompt_strength: float | Unset
        _v = d.get("negativePromptStrength")
        if _v is None:
            negative_prompt_strength = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            negative_prompt_strength = _v
        else:
            negative_prompt_strength = UNSET
            bad = _p.note(bad, "negativePromptStrength")

        reference_attn: bool | Unset
        _v = d.get("referenceAttn")
        if _v is None:
            reference_attn = UNSET
        elif _v.__class__ is bool:
            reference_attn = _v
        else:
            reference_attn = UNSET
            bad = _p.note(bad, "referenceAttn")

        prompt: str | Unset
        _v = d.get("prompt")
        if _v is None:
            prompt = UNSET
        elif isinstance(_v, str):
            prompt = _v
        else:
            prompt = UNSET
            bad = _p.note(bad, "prompt")

        inference_parameters = cls(
            ip_adapter_image_ids=ip_adapter_image_ids,
            style_fidelity=style_fidelity,
            control_end=control_end,
            modality=modality,
            seed=seed,
            strength=strength,
            ip_adapter_type=ip_adapter_type,
            aspect_ratio=aspect_ratio,
            type_=type_,
            ip_adapter_image=ip_adapter_image,
            scheduler=scheduler,
            disable_merging=disable_merging,
            disable_modality_detection=disable_modality_detection,
            ip_adapter_images=ip_adapter_images,
            base_model_id=base_model_id,
            control_start=control_start,
            height=height,
            mask=mask,
            control_image_id=control_image_id,
            image=image,
            image_id=image_id,
            ip_adapter_image_id=ip_adapter_image_id,
            ip_adapter_scale=ip_adapter_scale,
            model_epoch=model_epoch,
            hide_results=hide_results,
            ip_adapter_scales=ip_adapter_scales,
            mask_id=mask_id,
            reference_adain=reference_adain,
            negative_prompt=negative_prompt,
            intermediate_images=intermediate_images,
            concepts=concepts,
            control_image=control_image,
            guidance=guidance,
            num_inference_steps=num_inference_steps,
            num_samples=num_samples,
            width=width,
            negative_prompt_strength=negative_prompt_strength,
            reference_attn=reference_attn,
            prompt=prompt,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            inference_parameters.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return inference_parameters

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

    return {
        "concepts": _p.list_of(ModelConceptsItemRead.from_dict),
    }


_p.defer(
    InferenceParameters,
    {
        "concepts": "list",
    },
    _deferred_converters,
)
