from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.training_parameters_lr_scheduler import TrainingParametersLrScheduler
from ..models.training_parameters_optimize_for import TrainingParametersOptimizeFor
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingParameters")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "priorLossWeight",
        "seed",
        "numUNetTrainSteps",
        "sampleSourceImages",
        "classPrompt",
        "wandbKey",
        "scaleLr",
        "randomCropScale",
        "lrScheduler",
        "rank",
        "validationPrompt",
        "conceptPrompt",
        "maxTrainSteps",
        "nbEpochs",
        "textEncoderTrainingRatio",
        "validationFrequency",
        "nbRepeats",
        "samplePrompts",
        "randomCropRatio",
        "learningRate",
        "optimizeFor",
        "randomCrop",
        "numTextTrainSteps",
        "learningRateTextEncoder",
        "learningRateUnet",
        "batchSize",
    )
)


@_attrs_define
class TrainingParameters:
    """The parameters of the model"""

    prior_loss_weight: float | Unset = UNSET
    """ The weight of prior preservation loss

    Only available for SD15 and SDXL LoRA training """
    seed: float | Unset = UNSET
    """ Used to reproduce previous results. Default: randomly generated number.

    Only available for SD15 and SDXL LoRA training """
    num_u_net_train_steps: float | Unset = UNSET
    """ The number of training steps for the UNet

    Only available for SDXL LoRA training """
    sample_source_images: list[str] | Unset = UNSET
    """ The sample prompt images (AssetIds) paired with samplePrompts
    Only available for Flux LoRA training
    Must be the same length as samplePrompts """
    class_prompt: str | Unset = UNSET
    """ The prompt to specify images in the same class as provided instance images

    Only available for SD15 training """
    wandb_key: str | Unset = UNSET
    """ The Weights And Bias key to use for logging. The maximum length is 40 characters """
    scale_lr: bool | Unset = UNSET
    """ Whether to scale the learning rate

    Note: Legacy parameter, will be ignored

    Only available for SD15 and SDXL LoRA training. Default: false. """
    random_crop_scale: float | Unset = UNSET
    """ Scale of random crops

    Only available for SD15 and SDXL LoRA training """
    lr_scheduler: TrainingParametersLrScheduler | Unset = UNSET
    """ The scheduler type to use (default: "constant")

    Only available for SD15 and SDXL LoRA training """
    rank: float | Unset = UNSET
    """ The dimension of the LoRA update matrices

    Only available for SDXL and Flux LoRA training

    Default value varies depending on the model type:
    - For SDXL: 64
    - For Flux: 16 """
    validation_prompt: str | Unset = UNSET
    """ Validation prompt

    Only available for SD15 and SDXL LoRA training. Default: "". """
    concept_prompt: str | Unset = UNSET
    """ The prompt with identifier specifying the instance (or subject) of the class (example: "a daiton dog")

    Default value varies depending on the model type:
    - For SD1.5: "daiton" if no class is associated with the model
    - For SDXL: "daiton"
    - For Flux: "" """
    max_train_steps: float | Unset = UNSET
    """ Maximum number of training steps to execute (default: varies depending on the model type)

    For SDXL LoRA training, please use `numTextTrainSteps` and `numUNetTrainSteps` instead

    Default value varies depending on the model type:
    - For SD1.5: round((number of training images * 225) / 3)
    - For SDXL: number of training images * 175
    - For Flux: number of training images * 100

    Maximum value varies depending on the model type:
    - For SD1.5 and SDXL: [0, 40000]
    - For Flux: [0, 10000] """
    nb_epochs: float | Unset = UNSET
    """ The number of epochs to train for

    Only available for Flux LoRA training """
    text_encoder_training_ratio: float | Unset = UNSET
    """ Whether to train the text encoder or not

    Example: For 100 steps and a value of 0.2, it means that the text encoder will be trained for 20 steps and then
    the UNet for 80 steps

    Note: Legacy parameter, please use `numTextTrainSteps` and `numUNetTrainSteps`

    Only available for SD15 and SDXL LoRA training """
    validation_frequency: float | Unset = UNSET
    """ Validation frequency. Cannot be greater than maxTrainSteps value

    Only available for SD15 and SDXL LoRA training """
    nb_repeats: float | Unset = UNSET
    """ The number of times to repeat the training

    Only available for Flux LoRA training """
    sample_prompts: list[str] | Unset = UNSET
    """ The prompts to use for each epoch
    Only available for Flux LoRA training """
    random_crop_ratio: float | Unset = UNSET
    """ Ratio of random crops

    Only available for SD15 and SDXL LoRA training """
    learning_rate: float | Unset = UNSET
    """ Initial learning rate (after the potential warmup period)

    Default value varies depending on the model type:
    - For SD1.5 and SDXL: 0.000005
    - For Flux: 0.0001 """
    optimize_for: TrainingParametersOptimizeFor | Unset = UNSET
    """ Optimize the model training task for a specific type of input images. The available values are:
    - "likeness": optimize training for likeness or portrait (targets specific transformer blocks)
    - "all": train all transformer blocks
    - "none": train no specific transformer blocks

    This parameter controls which double and single transformer blocks are trained
    during the LoRA training process.

    Only available for Flux LoRA training """
    random_crop: bool | Unset = UNSET
    """ Whether to random crop or center crop images before resizing to the working resolution

    Only available for SD15 and SDXL LoRA training. Default: false. """
    num_text_train_steps: float | Unset = UNSET
    """ The number of training steps for the text encoder

    Only available for SDXL LoRA training """
    learning_rate_text_encoder: float | Unset = UNSET
    """ Initial learning rate (after the potential warmup period) for the text encoder

    Maximum [Flux LoRA: 0.001]
    Default [SDXL: 0.00005 | Flux LoRA: 0.00001]
    Minimum [SDXL: 0 | Flux LoRA: 0.000001] """
    learning_rate_unet: float | Unset = UNSET
    """ Initial learning rate (after the potential warmup period) for the UNet

    Only available for SDXL LoRA training """
    batch_size: float | Unset = UNSET
    """ The batch size
    Less steps, and will increase the learning rate

    Only available for Flux LoRA training """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prior_loss_weight = self.prior_loss_weight

        seed = self.seed

        num_u_net_train_steps = self.num_u_net_train_steps

        sample_source_images: list[str] | Unset = UNSET
        if not isinstance(self.sample_source_images, Unset):
            sample_source_images = self.sample_source_images

        class_prompt = self.class_prompt

        wandb_key = self.wandb_key

        scale_lr = self.scale_lr

        random_crop_scale = self.random_crop_scale

        lr_scheduler: str | Unset = UNSET
        if not isinstance(self.lr_scheduler, Unset):
            lr_scheduler = str(self.lr_scheduler)

        rank = self.rank

        validation_prompt = self.validation_prompt

        concept_prompt = self.concept_prompt

        max_train_steps = self.max_train_steps

        nb_epochs = self.nb_epochs

        text_encoder_training_ratio = self.text_encoder_training_ratio

        validation_frequency = self.validation_frequency

        nb_repeats = self.nb_repeats

        sample_prompts: list[str] | Unset = UNSET
        if not isinstance(self.sample_prompts, Unset):
            sample_prompts = self.sample_prompts

        random_crop_ratio = self.random_crop_ratio

        learning_rate = self.learning_rate

        optimize_for: str | Unset = UNSET
        if not isinstance(self.optimize_for, Unset):
            optimize_for = str(self.optimize_for)

        random_crop = self.random_crop

        num_text_train_steps = self.num_text_train_steps

        learning_rate_text_encoder = self.learning_rate_text_encoder

        learning_rate_unet = self.learning_rate_unet

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prior_loss_weight is not UNSET:
            field_dict["priorLossWeight"] = prior_loss_weight
        if seed is not UNSET:
            field_dict["seed"] = seed
        if num_u_net_train_steps is not UNSET:
            field_dict["numUNetTrainSteps"] = num_u_net_train_steps
        if sample_source_images is not UNSET:
            field_dict["sampleSourceImages"] = sample_source_images
        if class_prompt is not UNSET:
            field_dict["classPrompt"] = class_prompt
        if wandb_key is not UNSET:
            field_dict["wandbKey"] = wandb_key
        if scale_lr is not UNSET:
            field_dict["scaleLr"] = scale_lr
        if random_crop_scale is not UNSET:
            field_dict["randomCropScale"] = random_crop_scale
        if lr_scheduler is not UNSET:
            field_dict["lrScheduler"] = lr_scheduler
        if rank is not UNSET:
            field_dict["rank"] = rank
        if validation_prompt is not UNSET:
            field_dict["validationPrompt"] = validation_prompt
        if concept_prompt is not UNSET:
            field_dict["conceptPrompt"] = concept_prompt
        if max_train_steps is not UNSET:
            field_dict["maxTrainSteps"] = max_train_steps
        if nb_epochs is not UNSET:
            field_dict["nbEpochs"] = nb_epochs
        if text_encoder_training_ratio is not UNSET:
            field_dict["textEncoderTrainingRatio"] = text_encoder_training_ratio
        if validation_frequency is not UNSET:
            field_dict["validationFrequency"] = validation_frequency
        if nb_repeats is not UNSET:
            field_dict["nbRepeats"] = nb_repeats
        if sample_prompts is not UNSET:
            field_dict["samplePrompts"] = sample_prompts
        if random_crop_ratio is not UNSET:
            field_dict["randomCropRatio"] = random_crop_ratio
        if learning_rate is not UNSET:
            field_dict["learningRate"] = learning_rate
        if optimize_for is not UNSET:
            field_dict["optimizeFor"] = optimize_for
        if random_crop is not UNSET:
            field_dict["randomCrop"] = random_crop
        if num_text_train_steps is not UNSET:
            field_dict["numTextTrainSteps"] = num_text_train_steps
        if learning_rate_text_encoder is not UNSET:
            field_dict["learningRateTextEncoder"] = learning_rate_text_encoder
        if learning_rate_unet is not UNSET:
            field_dict["learningRateUnet"] = learning_rate_unet
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        prior_loss_weight: float | Unset
        _v = d.get("priorLossWeight")
        if _v is None:
            prior_loss_weight = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            prior_loss_weight = _v
        else:
            prior_loss_weight = UNSET
            bad = _p.note(bad, "priorLossWeight")

        seed: float | Unset
        _v = d.get("seed")
        if _v is None:
            seed = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            seed = _v
        else:
            seed = UNSET
            bad = _p.note(bad, "seed")

        num_u_net_train_steps: float | Unset
        _v = d.get("numUNetTrainSteps")
        if _v is None:
            num_u_net_train_steps = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            num_u_net_train_steps = _v
        else:
            num_u_net_train_steps = UNSET
            bad = _p.note(bad, "numUNetTrainSteps")

        sample_source_images: list[str] | Unset
        _v = d.get("sampleSourceImages")
        if _v is None:
            sample_source_images = UNSET
        else:
            try:
                sample_source_images = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                sample_source_images = UNSET
                bad = _p.note(bad, "sampleSourceImages")

        class_prompt: str | Unset
        _v = d.get("classPrompt")
        if _v is None:
            class_prompt = UNSET
        elif isinstance(_v, str):
            class_prompt = _v
        else:
            class_prompt = UNSET
            bad = _p.note(bad, "classPrompt")

        wandb_key: str | Unset
        _v = d.get("wandbKey")
        if _v is None:
            wandb_key = UNSET
        elif isinstance(_v, str):
            wandb_key = _v
        else:
            wandb_key = UNSET
            bad = _p.note(bad, "wandbKey")

        scale_lr: bool | Unset
        _v = d.get("scaleLr")
        if _v is None:
            scale_lr = UNSET
        elif _v.__class__ is bool:
            scale_lr = _v
        else:
            scale_lr = UNSET
            bad = _p.note(bad, "scaleLr")

        random_crop_scale: float | Unset
        _v = d.get("randomCropScale")
        if _v is None:
            random_crop_scale = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            random_crop_scale = _v
        else:
            random_crop_scale = UNSET
            bad = _p.note(bad, "randomCropScale")

        lr_scheduler: TrainingParametersLrScheduler | Unset
        _v = d.get("lrScheduler")
        if _v is None:
            lr_scheduler = UNSET
        else:
            try:
                lr_scheduler = _p.enum_member(TrainingParametersLrScheduler, _v)
            except _p.PayloadError:
                lr_scheduler = UNSET
                bad = _p.note(bad, "lrScheduler")

        rank: float | Unset
        _v = d.get("rank")
        if _v is None:
            rank = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            rank = _v
        else:
            rank = UNSET
            bad = _p.note(bad, "rank")

        validation_prompt: str | Unset
        _v = d.get("validationPrompt")
        if _v is None:
            validation_prompt = UNSET
        elif isinstance(_v, str):
            validation_prompt = _v
        else:
            validation_prompt = UNSET
            bad = _p.note(bad, "validationPrompt")

        concept_prompt: str | Unset
        _v = d.get("conceptPrompt")
        if _v is None:
            concept_prompt = UNSET
        elif isinstance(_v, str):
            concept_prompt = _v
        else:
            concept_prompt = UNSET
            bad = _p.note(bad, "conceptPrompt")

        max_train_steps: float | Unset
        _v = d.get("maxTrainSteps")
        if _v is None:
            max_train_steps = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            max_train_steps = _v
        else:
            max_train_steps = UNSET
            bad = _p.note(bad, "maxTrainSteps")

        nb_epochs: float | Unset
        _v = d.get("nbEpochs")
        if _v is None:
            nb_epochs = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            nb_epochs = _v
        else:
            nb_epochs = UNSET
            bad = _p.note(bad, "nbEpochs")

        text_encoder_training_ratio: float | Unset
        _v = d.get("textEncoderTrainingRatio")
        if _v is None:
            text_encoder_training_ratio = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            text_encoder_training_ratio = _v
        else:
            text_encoder_training_ratio = UNSET
            bad = _p.note(bad, "textEncoderTrainingRatio")

        validation_frequency: float | Unset
        _v = d.get("validationFrequency")
        if _v is None:
            validation_frequency = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            validation_frequency = _v
        else:
            validation_frequency = UNSET
            bad = _p.note(bad, "validationFrequency")

        nb_repeats: float | Unset
        _v = d.get("nbRepeats")
        if _v is None:
            nb_repeats = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            nb_repeats = _v
        else:
            nb_repeats = UNSET
            bad = _p.note(bad, "nbRepeats")

        sample_prompts: list[str] | Unset
        _v = d.get("samplePrompts")
        if _v is None:
            sample_prompts = UNSET
        else:
            try:
                sample_prompts = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                sample_prompts = UNSET
                bad = _p.note(bad, "samplePrompts")

        random_crop_ratio: float | Unset
        _v = d.get("randomCropRatio")
        if _v is None:
            random_crop_ratio = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            random_crop_ratio = _v
        else:
            random_crop_ratio = UNSET
            bad = _p.note(bad, "randomCropRatio")

        learning_rate: float | Unset
        _v = d.get("learningRate")
        if _v is None:
            learning_rate = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            learning_rate = _v
        else:
            learning_rate = UNSET
            bad = _p.note(bad, "learningRate")

        optimize_for: TrainingParametersOptimizeFor | Unset
        _v = d.get("optimizeFor")
        if _v is None:
            optimize_for = UNSET
        else:
            try:
                optimize_for = _p.enum_member(TrainingParametersOptimizeFor, _v)
            except _p.PayloadError:
                optimize_for = UNSET
                bad = _p.note(bad, "optimizeFor")

        random_crop: bool | Unset
        _v = d.get("randomCrop")
        if _v is None:
            random_crop = UNSET
        elif _v.__class__ is bool:
            random_crop = _v
        else:
            random_crop = UNSET
            bad = _p.note(bad, "randomCrop")

        num_text_train_steps: float | Unset
        _v = d.get("numTextTrainSteps")
        if _v is None:
            num_text_train_steps = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            num_text_train_steps = _v
        else:
            num_text_train_steps = UNSET
            bad = _p.note(bad, "numTextTrainSteps")

        learning_rate_text_encoder: float | Unset
        _v = d.get("learningRateTextEncoder")
        if _v is None:
            learning_rate_text_encoder = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            learning_rate_text_encoder = _v
        else:
            learning_rate_text_encoder = UNSET
            bad = _p.note(bad, "learningRateTextEncoder")

        learning_rate_unet: float | Unset
        _v = d.get("learningRateUnet")
        if _v is None:
            learning_rate_unet = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            learning_rate_unet = _v
        else:
            learning_rate_unet = UNSET
            bad = _p.note(bad, "learningRateUnet")

        batch_size: float | Unset
        _v = d.get("batchSize")
        if _v is None:
            batch_size = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            batch_size = _v
        else:
            batch_size = UNSET
            bad = _p.note(bad, "batchSize")

        training_parameters = cls(
            prior_loss_weight=prior_loss_weight,
            seed=seed,
            num_u_net_train_steps=num_u_net_train_steps,
            sample_source_images=sample_source_images,
            class_prompt=class_prompt,
            wandb_key=wandb_key,
            scale_lr=scale_lr,
            random_crop_scale=random_crop_scale,
            lr_scheduler=lr_scheduler,
            rank=rank,
            validation_prompt=validation_prompt,
            concept_prompt=concept_prompt,
            max_train_steps=max_train_steps,
            nb_epochs=nb_epochs,
            text_encoder_training_ratio=text_encoder_training_ratio,
            validation_frequency=validation_frequency,
            nb_repeats=nb_repeats,
            sample_prompts=sample_prompts,
            random_crop_ratio=random_crop_ratio,
            learning_rate=learning_rate,
            optimize_for=optimize_for,
            random_crop=random_crop,
            num_text_train_steps=num_text_train_steps,
            learning_rate_text_encoder=learning_rate_text_encoder,
            learning_rate_unet=learning_rate_unet,
            batch_size=batch_size,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            training_parameters.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return training_parameters

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

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
