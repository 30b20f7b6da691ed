"""Dict shapes of the request objects (``GenerationParametersDict``, ``TrainingParametersDict``, ...).

Resource methods take a request object either as its model (``GenerationParameters(...)``) or as a plain dict;
these TypedDicts make the dict form checked by type checkers: a misspelled key, a missing required key or an enum
value that does not exist is a type error (mypy --strict). Keys are Scenario's wire names. At run time, the client
rejects unknown and missing keys too (``TypeError`` naming the key). Generated from the spec by codegen/extras.py.
"""

# No `from __future__ import annotations` here: `Required[...]` must be visible at run time (``__required_keys__``),
# so each annotation is a string inside it instead (the enums are imported for type checkers only).
from typing import TYPE_CHECKING, Literal, Required, TypedDict

if TYPE_CHECKING:
    from .models import (
        GenerationParametersAspectRatio,
        GenerationParametersIpAdapterType,
        GenerationParametersModality,
        GenerationParametersScheduler,
        GenerationParametersType,
        TrainingParametersLrScheduler,
        TrainingParametersOptimizeFor,
    )

__all__ = [
    "GenerationParametersDict",
    "ModelConceptsItemDict",
    "TrainingParametersDict",
    "AddTrainingImageBodyPresetLiteral",
    "CreateModelBodyTypeLiteral",
    "EraseBackgroundBodyFormatLiteral",
    "GenerationParametersAspectRatioLiteral",
    "GenerationParametersIpAdapterTypeLiteral",
    "GenerationParametersModalityLiteral",
    "GenerationParametersSchedulerLiteral",
    "GenerationParametersTypeLiteral",
    "PutModelsByModelIdRequestTypeLiteral",
    "TrainingParametersLrSchedulerLiteral",
    "TrainingParametersOptimizeForLiteral",
    "UpscaleImageBodyPresetLiteral",
    "UpscaleImageBodyStyleLiteral",
]

# The values of each enum a request takes, as plain strings (each enum accepts its member or one of these).
AddTrainingImageBodyPresetLiteral = Literal["default", "style", "subject"]
CreateModelBodyTypeLiteral = Literal[
    "custom",
    "flux.1",
    "flux.1-composition",
    "flux.1-kontext-dev",
    "flux.1-kontext-lora",
    "flux.1-krea-dev",
    "flux.1-krea-lora",
    "flux.1-lora",
    "flux.1-pro",
    "flux.1.1-pro-ultra",
    "flux1.1-pro",
    "gpt-image-1",
    "sd-1_5",
    "sd-1_5-composition",
    "sd-1_5-lora",
    "sd-xl",
    "sd-xl-composition",
    "sd-xl-lora",
]
EraseBackgroundBodyFormatLiteral = Literal["jpeg", "png"]
GenerationParametersAspectRatioLiteral = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"
]
GenerationParametersIpAdapterTypeLiteral = Literal["character", "style"]
GenerationParametersModalityLiteral = Literal[
    "blur",
    "canny",
    "depth",
    "gray",
    "illusion",
    "lineart",
    "lines",
    "low-quality",
    "normal-map",
    "pose",
    "scribble",
    "seg",
    "sketch",
    "tile",
]
GenerationParametersSchedulerLiteral = Literal[
    "DDIMScheduler",
    "DDPMScheduler",
    "DEISMultistepScheduler",
    "DPMSolverMultistepScheduler",
    "DPMSolverSinglestepScheduler",
    "EulerAncestralDiscreteScheduler",
    "EulerDiscreteScheduler",
    "HeunDiscreteScheduler",
    "KDPM2AncestralDiscreteScheduler",
    "KDPM2DiscreteScheduler",
    "LCMScheduler",
    "LMSDiscreteScheduler",
    "PNDMScheduler",
    "TCDScheduler",
    "UniPCMultistepScheduler",
]
GenerationParametersTypeLiteral = Literal[
    "controlnet",
    "controlnet_img2img",
    "controlnet_inpaint",
    "controlnet_inpaint_ip_adapter",
    "controlnet_ip_adapter",
    "controlnet_reference",
    "controlnet_texture",
    "img2img",
    "img2img_ip_adapter",
    "img2img_texture",
    "inpaint",
    "inpaint_ip_adapter",
    "outpaint",
    "reference",
    "reference_texture",
    "txt2img",
    "txt2img_ip_adapter",
    "txt2img_texture",
]
PutModelsByModelIdRequestTypeLiteral = Literal[
    "custom",
    "flux.1",
    "flux.1-composition",
    "flux.1-kontext-dev",
    "flux.1-kontext-lora",
    "flux.1-krea-dev",
    "flux.1-krea-lora",
    "flux.1-lora",
    "flux.1-pro",
    "flux.1.1-pro-ultra",
    "flux1.1-pro",
    "gpt-image-1",
    "sd-1_5",
    "sd-1_5-composition",
    "sd-1_5-lora",
    "sd-xl",
    "sd-xl-composition",
    "sd-xl-lora",
]
TrainingParametersLrSchedulerLiteral = Literal[
    "constant", "constant-with-warmup", "cosine", "cosine-with-restarts", "linear", "polynomial"
]
TrainingParametersOptimizeForLiteral = Literal["likeness"]
UpscaleImageBodyPresetLiteral = Literal["precise", "balanced", "creative"]
UpscaleImageBodyStyleLiteral = Literal[
    "standard", "cartoon", "anime", "3d-rendered", "comic", "minimalist", "photography"
]


class GenerationParametersDict(TypedDict, total=False):
    """The dict form of ``GenerationParameters``"""

    type: Required["GenerationParametersTypeLiteral | GenerationParametersType"]
    """The type of inference to use. Example: txt2img, img2img, etc.

    Selecting the right type will condition the expected parameters.

    Note: if model.type is `sd-xl*` or `sd-1_5*`, when using the `"inpaint"` inference type, Scenario
    determines the best available `baseModel` for a given `modelId`: one of `["stable-diffusion-
    inpainting", "stable-diffusion-xl-1.0-inpainting-0.1"] will be used."""
    prompt: Required[str]
    """Full text prompt including the model placeholder. (example: "an illustration of phoenix in a fantasy
    world, flying over a mountain, 8k, bokeh effect")"""
    ipAdapterImageIds: list[str]
    """The IpAdapter images as an AssetId. Will be ignored if the `ipAdapterImages` parameter is provided"""
    styleFidelity: float
    """If style_fidelity=1.0, control more important, else if style_fidelity=0.0, prompt more important,
    else balanced
    Only for "reference" inference type"""
    controlEnd: float
    """Specifies how long the ControlNet guidance should be applied during the inference process.

    Only available for Flux.1-dev based models.

    The value represents the percentage of total inference steps where the ControlNet guidance is
    active.
    For example:
    - 1.0: ControlNet guidance is applied during all inference steps
    - 0.5: ControlNet guidance is only applied during the first half of inference steps

    Default values:
    - 0.5 for Canny modality
    - 0.6 for all other modalities"""
    modality: "GenerationParametersModalityLiteral | GenerationParametersModality"
    """The modality associated with the control image used for the generation: it can either be an object
    with a combination of maximum

    For models of SD1.5 family:
     - up to 3 modalities from `canny`, `pose`, `depth`, `lines`, `seg`, `scribble`, `lineart`, `normal-
    map`, `illusion`
     - or one of the following presets: `character`, `landscape`, `city`, `interior`.

    For models of the SDXL family:
     - up to 3 modalities from `canny`, `pose`, `depth`, `seg`, `illusion`, `scribble`
     - or one of the following presets: `character`, `landscape`.

    For models of the FLUX schnell or dev families:
    - one modality from: `canny`, `tile`, `depth`, `blur`, `pose`, `gray`, `low-quality`

    Optionally, you can associate a value to these modalities or presets. The value must be within
    `]0.0, 1.0]`.

    Examples:
    - `canny`
    - `depth:0.5,pose:1.0`
    - `canny:0.5,depth:0.5,lines:0.3`
    - `landscape`
    - `character:0.5`
    - `illusion:1`

    Note: if you use a value that is not supported by the model family, this will result in an error."""
    seed: str
    """Used to reproduce previous results. Default: randomly generated number."""
    strength: float
    """Controls the noise intensity introduced to the input image, where a value of 1.0 completely erases
    the original image's details. Available for img2img and inpainting. (within [0.01, 1.0], default:
    0.75)"""
    modelId: str
    """The model id to use for the inference"""
    ipAdapterType: "GenerationParametersIpAdapterTypeLiteral | GenerationParametersIpAdapterType"
    """The type of IP Adapter model to use. Must be one of [`style`, `character`], default to `style``.
    Default: "style"."""
    aspectRatio: "GenerationParametersAspectRatioLiteral | GenerationParametersAspectRatio"
    """The aspect ratio of the generated images. Only used for the model flux.1.1-pro-ultra.
    The aspect ratio is a string formatted as "width:height" (example: "16:9"). Default: "1:1"."""
    ipAdapterImage: str
    """Deprecated for type txt2img-ip-adapter and img2img-ip-adapter, use `ipAdapterImages` instead.
    The IpAdapter image as a data url. Will be ignored if the `ipAdapterImages` parameter is provided."""
    scheduler: "GenerationParametersSchedulerLiteral | GenerationParametersScheduler"
    """The scheduler to use to override the default configured for the model. See detailed documentation
    for more details."""
    disableMerging: bool
    """If set to true, the entire input image will likely change during inpainting. This results in faster
    inferences, but the output image will be harder to integrate if the input is just a small part of a
    larger image. Default: false."""
    disableModalityDetection: bool
    """If false, the process uses the given image to detect the modality.
    If true (default), the process will not try to detect the modality of the given image.

    For example:
    with `pose` modality and `false` value, the process will detect the pose of people in the given
    image
    with `depth` modality and `false` value, the process will detect the depth of the given image
    with `scribble` modality and `true`value, the process will use the given image as a scribble

    ⚠️ For models of the FLUX schnell or dev families, this parameter is ignored. The modality detection
    is always disabled. ⚠️. Default: true."""
    ipAdapterImages: list[str]
    """The IpAdapter images as a data url."""
    imageParentId: str
    """Specifies the parent asset Id for the image when provided as a dataurl."""
    baseModelId: str
    """The base model to use for the inference. Only Flux LoRA models can use this parameter.
    Allowed values are available in the model's attribute: `compliantModelIds`"""
    controlStart: float
    """Specifies the starting point of the ControlNet guidance during the inference process.

    Only available for Flux.1-dev based models.

    The value represents the percentage of total inference steps where the ControlNet guidance starts.
    For example:
    - 0.0: ControlNet guidance starts at the beginning of the inference steps
    - 0.5: ControlNet guidance starts at the middle of the inference steps"""
    height: float
    """The height of the generated images, must be a 8 multiple (within [64, 2048], default: 512)
    If model.type is `sd-xl`, `sd-xl-lora`, `sd-xl-composition` the height must be within [512, 2048]
    If model.type is `sd-1_5`, the height must be within [64, 1024]
    If model.type is `flux.1.1-pro-ultra`, you can use the aspectRatio parameter instead"""
    imageHide: bool
    """Toggles the hidden status of the image when provided as a dataurl. Default: false."""
    mask: str
    """The mask as a data URL, used to determine the area of change. The mask is a binary mask made out of
    white and black pixels. The white area is the one that will be replaced. (example: "data:image/png;b
    ase64,iVBORw0KGgoAAAANSUhEUgAAAgAAAAIACAMAAADDpiTIAAABiVBMVEUAAADw8PDCwsLExMT5+fn19fX8/Pz////+/v79/f
    2hoaH6+vrc3NxnZ2dDQ0P4+PhkZGTs7OzOzs6Ojo709PRiYmLd3d1paWkoKCji4uI9PT3n5+fe3t7z8/NISEiysrLg4ODk5OSYmJ
    h/f3/u7u5lZWVRUVHS0tKIiIg+Pj7p6emXl5dUVFQYGBjKysqtra1TU1PT09M8PDwcHBzR0dHq6uoEBAQmJiZ8fHzm5ub7+/swMD
    Crq6uKioqpqalHR0c3NzdOTk6BgYF7e3uwsLCAgIB3d3empqaNjY06OjrW1tZhYWG0tLQgICBxcXEICAhPT0/o6OgkJCRzc3N5eX
    nV1dXj4+NKSkobGxtaWlpfX1/a2trBwcF2dnYlJSV9fX3Hx8eSkpJNTU1sbGyWlpYRERGCgoIMDAzPz8+MjIy4uLiTk5PNzc3X19
    cxMTGDg4MpKSm8vLxGRkavr69QUFAKCgoqKiq2trbt7e329vaGhobl5eVra2tZWVk4ODgzMzNcXFyurq63t7dzhmTOAAAFeElEQV
    R4nO3dZXMUaRQF4EBIOgkQdFncFhZfZPF1d3d3d3f95TthC6iQTE9kuk+Y93m+MpW6t8+p7mGkZ2gIAAAAAAAAAAAAAAAAAAAAAA
    AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACK8M
    DyR784eTw9BRkj1RU70rPQuvFqmjXpeWjVPdUMn6VnokUz86+qjemhaM3obAWoqvRYtGX2/DWgFA93K8DK9GS0Yku3AlTr06PRht
    +6FqB6Mj0bLVjfvQCeBpRgb00BRtLD0YKaAjgFlKCuAF4ULsAKp4CyHakrgLcGC1BXAKeAAihA4cbqCnAyPR2N211XgNH0dDRup2
    tA4RSgcLUFOJaejsbVFuC59HQ0bltdAW5KT0fjVtcV4GB6OppXV4C30sPRvLoCHE0PR/PqCvBEejiaV1eA9Gy0QAEKV5P/WHo2Wl
    BTgHXp2WhBTQFuSM9GCzwFKNv3ngKU7WL3ApxOz0YLXAHKNqwAZavJf0V6NlpQU4Bd6dloXpd7BLkClKImfwUogO+Glu3VuvwVYP
    DV5q8AA2+lAhTtVH3+CjDoeuRf3ZgekEYt61WAi+kJaVLt98JdAwbe/b3z14ABdn4u+VfVY+k5acbNc8u/qjalJ6UJd881/47t6W
    Hpu2PzyL/yCzID56755T/llvTM9M8H88+/Y5+XhQbE2QXlP2XVg5/cfnrPmvHLtxYcG3nhu+dXp/dhfmpvCLIw4+mdmLtn+59/xz
    PptZirRvL3AeLrRkP5uwxcJxrL3y8MLSVP/XHr7P/QYP5VtbbdJelm/7RYduza+ebXmzdfakSj+XvrcIn4tOGYu9uQXp2O92P5u5
    vAUjDnt3mbkF6exi/z9X5Mb89r0QLcl16faP7uLR9X+1XP5qXXJ5u/AqT1/KZHs35J71+8bP5OAGl7svn/nd6/eNn8t6TXJ5r/4f
    T27Evm/1N6e6InALeVXwKC+b+c3p2h8FOA29Lbc2+0ANXe9P7FO5MtQPVN+gCULpx/VQ2nj0Dh0vl7KTgsHb/vhoSl46+cArLS6X
    csTx+Dkv2QTr/jxfRBKNnT6fQ7VqUPQsneS6dfuZ9Y1IZ0+h3b0gehZHU//9eWC+mDULLwB0Iv8b+AoLHe+TQufQyKlg6/8kpgVj
    r9ygkgK51+Vd2ZPgRlS8dffZ4+AoVL5+9u0mHh/Hem9y9eMv0xNxLPG0k2IL08Q0PLkwXwCkBe9s2gX9PrcyJaABeBvGwBjqfXJ1
    sAp4A4BShc+BZxbhaf9ki2AI+n9ydbgNfT65MtwD/p9fk5WoAP0+uTPQVsTm9PtgDp5cm+H3QmvTxD0VNAenWmrIvlfzC9OpeE4h
    87ml6c/2XuF74svTZXBOIfOZVemqv29w6sv/79KL0y00y0m/+59L5ca0u7DUivywyrekQ2+vGhPj5VWJdelxkOdAtrbNvE5ceM96
    0ByU2Z3UMzY1q56cj0x1xQgEG26WpA4wfWfjnrY/p0SxG/FbI0vTP1EcHDq7fWPOTtvhTgfGsr0Xf9uLHUV+klWIQ/F38deCO9A4
    uz2E+TH0ovwGIt7ovl6enpg4nRBefvi+EDYniBLw29lB6cvhlewNMBN4gfMOcmT9yxfe4XhInef5Hr0dmtk5NbJ799Ze36uvg3/p
    Wek+btXdkl/jW/p0ejLbuufXYwtvvd9EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
    AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPfwHLuRXafg0SKQAAAAASUVORK5CYII=")"""
    controlImageId: str
    """The controlnet input image as an AssetId. Will be ignored if the `controlnet` parameter is provided"""
    image: str
    """The input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAA
    AC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") or the asset ID (example:
    "asset_GTrL3mq4SXWyMxkOHRxlpw")"""
    imageId: str
    """Deprecated: The input image as an AssetId. Prefer to use image with the asset ID instead."""
    ipAdapterImageId: str
    """Deprecated for type txt2img-ip-adapter and img2img-ip-adapter, use `ipAdapterImageIds` instead.
    The IpAdapter image as an AssetId. Cannot be set if `ipAdapterImage` is provided. Will be ignored if
    the `ipAdapterImageIds` parameter is provided."""
    ipAdapterScale: float
    """Deprecated for type txt2img-ip-adapter and img2img-ip-adapter, use `ipAdapterScales` instead.
    IpAdapter scale factor (within [0.0, 1.0], default: 0.9). Will be ignored if the `ipAdapterScales`
    parameter is provided"""
    modelEpoch: str
    """The epoch of the model to use for the inference. Only available for Flux Lora Trained models."""
    hideResults: bool
    """If set, generated assets will be hidden and not returned in the list of images of the inference
    or when listing assets (default: false)"""
    ipAdapterScales: list[float]
    """IpAdapter scale factors (within [0.0, 1.0], default: 0.9)."""
    maskId: str
    """The mask as an AssetId. Will be ignored if the `image` parameter is provided"""
    referenceAdain: bool
    """Whether to use reference adain
    Only for "reference" inference type. Default: false."""
    negativePrompt: str
    """The prompt not to guide the image generation, ignored when guidance < 1 (example: "((ugly face))")
    For Flux based model (not Fast-Flux): requires negativePromptStrength > 0 and active only for
    inference types txt2img / img2img / controlnet."""
    intermediateImages: bool
    """Enable or disable the intermediate images generation (default: false)"""
    concepts: "list[ModelConceptsItemDict]"
    controlImage: str
    """The controlnet input image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA
    EAAAABCAQAAAC1HAwCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=")"""
    guidance: float
    """Controls how closely the generated image follows the prompt. Higher values result in stronger
    adherence to the prompt. Default and allowed values depend on the model type:
    - For Flux dev models, the default is 3.5 and allowed values are within [0, 10]
    - For Flux pro models, the default is 3 and allowed values are within [2, 5]
    - For SDXL models, the default is 6 and allowed values are within [0, 20]
    - For SD1.5 models, the default is 7.5 and allowed values are within [0, 20]"""
    numInferenceSteps: float
    """The number of denoising steps for each image generation (within [1, 150], default: 30)"""
    numSamples: float
    """The number of images to generate (within [1, 128], default: 4)"""
    width: float
    """The width of the generated images, must be a 8 multiple (within [64, 2048], default: 512)
    If model.type is `sd-xl`, `sd-xl-lora`, `sd-xl-composition` the width must be within [512, 2048]
    If model.type is `sd-1_5`, the width must be within [64, 1024]
    If model.type is `flux.1.1-pro-ultra`, you can use the aspectRatio parameter instead"""
    negativePromptStrength: float
    """Only applicable for flux-dev based models for `txt2img`, `img2img`, and `controlnet` inference
    types.

    Controls the influence of the negative prompt. Default 0 means the negative prompt has no effect.
    Higher values increase negative prompt influence.
    Must be > 0 if negativePrompt is provided."""
    referenceAttn: bool
    """Whether to use reference query for self attention's context
    Only for "reference" inference type. Default: false."""


class ModelConceptsItemDict(TypedDict, total=False):
    """The dict form of ``ModelConceptsItem``"""

    modelId: Required[str]
    """The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w")"""
    scale: Required[float]
    """The scale of the model (example: 1.0)
    For Flux Kontext Prompt Editing, the scale is between 0 and 2."""
    modelEpoch: str
    """The epoch of the model (example: "000001")
    Only available for Flux Lora Trained models"""


class TrainingParametersDict(TypedDict, total=False):
    """The dict form of ``TrainingParameters``: The parameters of the model"""

    priorLossWeight: float
    """The weight of prior preservation loss

    Only available for SD15 and SDXL LoRA training"""
    seed: float
    """Used to reproduce previous results. Default: randomly generated number.

    Only available for SD15 and SDXL LoRA training"""
    numUNetTrainSteps: float
    """The number of training steps for the UNet

    Only available for SDXL LoRA training"""
    sampleSourceImages: list[str]
    """The sample prompt images (AssetIds) paired with samplePrompts
    Only available for Flux LoRA training
    Must be the same length as samplePrompts"""
    classPrompt: str
    """The prompt to specify images in the same class as provided instance images

    Only available for SD15 training"""
    wandbKey: str
    """The Weights And Bias key to use for logging. The maximum length is 40 characters"""
    scaleLr: bool
    """Whether to scale the learning rate

    Note: Legacy parameter, will be ignored

    Only available for SD15 and SDXL LoRA training. Default: false."""
    randomCropScale: float
    """Scale of random crops

    Only available for SD15 and SDXL LoRA training"""
    lrScheduler: "TrainingParametersLrSchedulerLiteral | TrainingParametersLrScheduler"
    """The scheduler type to use (default: "constant")

    Only available for SD15 and SDXL LoRA training"""
    rank: float
    """The dimension of the LoRA update matrices

    Only available for SDXL and Flux LoRA training

    Default value varies depending on the model type:
    - For SDXL: 64
    - For Flux: 16"""
    validationPrompt: str
    """Validation prompt

    Only available for SD15 and SDXL LoRA training. Default: ""."""
    conceptPrompt: str
    """The prompt with identifier specifying the instance (or subject) of the class (example: "a daiton
    dog")

    Default value varies depending on the model type:
    - For SD1.5: "daiton" if no class is associated with the model
    - For SDXL: "daiton"
    - For Flux: """ ""
    maxTrainSteps: float
    """Maximum number of training steps to execute (default: varies depending on the model type)

    For SDXL LoRA training, please use `numTextTrainSteps` and `numUNetTrainSteps` instead

    Default value varies depending on the model type:
    - For SD1.5: round((number of training images * 225) / 3)
    - For SDXL: number of training images * 175
    - For Flux: number of training images * 100

    Maximum value varies depending on the model type:
    - For SD1.5 and SDXL: [0, 40000]
    - For Flux: [0, 10000]"""
    nbEpochs: float
    """The number of epochs to train for

    Only available for Flux LoRA training"""
    textEncoderTrainingRatio: float
    """Whether to train the text encoder or not

    Example: For 100 steps and a value of 0.2, it means that the text encoder will be trained for 20
    steps and then the UNet for 80 steps

    Note: Legacy parameter, please use `numTextTrainSteps` and `numUNetTrainSteps`

    Only available for SD15 and SDXL LoRA training"""
    validationFrequency: float
    """Validation frequency. Cannot be greater than maxTrainSteps value

    Only available for SD15 and SDXL LoRA training"""
    nbRepeats: float
    """The number of times to repeat the training

    Only available for Flux LoRA training"""
    samplePrompts: list[str]
    """The prompts to use for each epoch
    Only available for Flux LoRA training"""
    randomCropRatio: float
    """Ratio of random crops

    Only available for SD15 and SDXL LoRA training"""
    learningRate: float
    """Initial learning rate (after the potential warmup period)

    Default value varies depending on the model type:
    - For SD1.5 and SDXL: 0.000005
    - For Flux: 0.0001"""
    optimizeFor: "TrainingParametersOptimizeForLiteral | TrainingParametersOptimizeFor"
    """Optimize the model training task for a specific type of input images. The available values are:
    - "likeness": optimize training for likeness or portrait (targets specific transformer blocks)
    - "all": train all transformer blocks
    - "none": train no specific transformer blocks

    This parameter controls which double and single transformer blocks are trained
    during the LoRA training process.

    Only available for Flux LoRA training"""
    randomCrop: bool
    """Whether to random crop or center crop images before resizing to the working resolution

    Only available for SD15 and SDXL LoRA training. Default: false."""
    numTextTrainSteps: float
    """The number of training steps for the text encoder

    Only available for SDXL LoRA training"""
    learningRateTextEncoder: float
    """Initial learning rate (after the potential warmup period) for the text encoder

    Maximum [Flux LoRA: 0.001]
    Default [SDXL: 0.00005 | Flux LoRA: 0.00001]
    Minimum [SDXL: 0 | Flux LoRA: 0.000001]"""
    learningRateUnet: float
    """Initial learning rate (after the potential warmup period) for the UNet

    Only available for SDXL LoRA training"""
    batchSize: float
    """The batch size
    Less steps, and will increase the learning rate

    Only available for Flux LoRA training"""
