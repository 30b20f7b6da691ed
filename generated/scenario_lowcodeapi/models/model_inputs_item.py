from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_inputs_item_background_behavior import ModelInputsItemBackgroundBehavior
from ..models.model_inputs_item_kind import ModelInputsItemKind
from ..models.model_inputs_item_model_types_item import ModelInputsItemModelTypesItem
from ..models.model_inputs_item_type import ModelInputsItemType
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="ModelInputsItem")


@_attrs_define
class ModelInputsItem:
    """Defines the model inputs parameters. You will use this information to understand the
    possible values for the inputs parameters of the given `modelId` when calling
    `POST /generate/custom/{modelId}`. Ex. Please see {@link https://docs.scenario.com/docs/video-generation}

    """

    type_: ModelInputsItemType
    """ The type of the input """
    name: str
    """ The name of the input internally used by the model and API """
    allowed_values: list[Any] | Unset = UNSET
    """ The allowed values of the input
    In case of string or number, it's a single value select list
    In case of string_array, it's a multi value select list """
    cost_impact: bool | Unset = UNSET
    """ Specify if the input has a cost influence on the model cost """
    parent: bool | Unset = UNSET
    """ Whether the input is a parent asset to setup to the produced assets.
    This field is only available for inputs of type 'file' and 'file_array'
    For 'file_array', the parent asset is the first asset in the array """
    max_: float | Unset = UNSET
    """ The maximum value of the input (only available for inputs of type 'number' and inputs as array) """
    kind: ModelInputsItemKind | Unset = UNSET
    """ The kind of the input. Only available for inputs of type 'file' (and 'file_array') """
    min_length: float | Unset = UNSET
    """ The minimum length of the input where the input is a string (also available for each item in string_array)
    """
    background_behavior: ModelInputsItemBackgroundBehavior | Unset = UNSET
    """ Specify if the background behavior of the input, only available for inputs of type 'file' and 'file_array'
    with kind 'image' """
    description: str | Unset = UNSET
    """ The description of the input, to display in the UI as an help text adding information about the input """
    mask_from: str | Unset = UNSET
    """ Specify the input field (file type) to use for the mask """
    label: str | Unset = UNSET
    """ The label of the input displayed in the UI """
    required: ModelInputsItemRequired | Unset = UNSET
    """ The required rules for the input
    - always: Whether the input is required always
    - ifNotDefined: Whether the input is required if another input is not defined.
    - ifDefined: Whether the input is required if another input is defined.
    - conditionalValues: Whether the input is required if another input is defined with a specific value. """
    model_types: list[ModelInputsItemModelTypesItem] | Unset = UNSET
    """ The allowed model types of the input. Example: ["flux.1-lora"]. (only available for inputs of type
    'model_array') """
    min_: float | Unset = UNSET
    """ The minimum value of the input (only available for inputs of type 'number' and inputs as array) """
    hint: str | Unset = UNSET
    """ A hint to the user about the input, to display in the UI with a tooltip """
    prompt_spark: bool | Unset = UNSET
    """ Specify if the input is used with prompt spark. Only available for inputs of type 'string' """
    step: float | Unset = UNSET
    """ The step of the input (only available for inputs of type 'number')
    The value is a number greater than 0 """
    prompt: bool | Unset = UNSET
    """ Specify if the input is a prompt (should be displayed as a text area with prompt spark feature). Only
    available for inputs of type 'string' """
    max_length: float | Unset = UNSET
    """ The maximum length of the input where the input is a string (also available for each item in string_array)
    """
    group: str | Unset = UNSET
    """ The group of the input. If 2 inputs have the same group, they will be displayed in the same group in the UI
    They will be always together in this list of inputs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        cost_impact = self.cost_impact

        parent = self.parent

        max_ = self.max_

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        min_length = self.min_length

        background_behavior: str | Unset = UNSET
        if not isinstance(self.background_behavior, Unset):
            background_behavior = self.background_behavior.value

        description = self.description

        mask_from = self.mask_from

        label = self.label

        required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        model_types: list[str] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = model_types_item_data.value
                model_types.append(model_types_item)

        min_ = self.min_

        hint = self.hint

        prompt_spark = self.prompt_spark

        step = self.step

        prompt = self.prompt

        max_length = self.max_length

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if type_ is UNSET:
            del field_dict["type"]
        if name is UNSET:
            del field_dict["name"]
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if parent is not UNSET:
            field_dict["parent"] = parent
        if max_ is not UNSET:
            field_dict["max"] = max_
        if kind is not UNSET:
            field_dict["kind"] = kind
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if background_behavior is not UNSET:
            field_dict["backgroundBehavior"] = background_behavior
        if description is not UNSET:
            field_dict["description"] = description
        if mask_from is not UNSET:
            field_dict["maskFrom"] = mask_from
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if min_ is not UNSET:
            field_dict["min"] = min_
        if hint is not UNSET:
            field_dict["hint"] = hint
        if prompt_spark is not UNSET:
            field_dict["promptSpark"] = prompt_spark
        if step is not UNSET:
            field_dict["step"] = step
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type__raw = d.pop("type", UNSET)
        type_: ModelInputsItemType
        if isinstance(_type__raw, Unset):
            type_ = missing_required()
        else:
            type_ = ModelInputsItemType(_type__raw)

        name = d.pop("name", UNSET)

        allowed_values = cast(list[Any], d.pop("allowedValues", UNSET))

        cost_impact = d.pop("costImpact", UNSET)

        parent = d.pop("parent", UNSET)

        max_ = d.pop("max", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ModelInputsItemKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ModelInputsItemKind(_kind)

        min_length = d.pop("minLength", UNSET)

        _background_behavior = d.pop("backgroundBehavior", UNSET)
        background_behavior: ModelInputsItemBackgroundBehavior | Unset
        if isinstance(_background_behavior, Unset):
            background_behavior = UNSET
        else:
            background_behavior = ModelInputsItemBackgroundBehavior(_background_behavior)

        description = d.pop("description", UNSET)

        mask_from = d.pop("maskFrom", UNSET)

        label = d.pop("label", UNSET)

        _required = d.pop("required", UNSET)
        required: ModelInputsItemRequired | Unset
        if isinstance(_required, Unset):
            required = UNSET
        else:
            required = ModelInputsItemRequired.from_dict(_required)

        _model_types = d.pop("modelTypes", UNSET)
        model_types: list[ModelInputsItemModelTypesItem] | Unset = UNSET
        if _model_types is not UNSET:
            model_types = []
            for model_types_item_data in _model_types:
                model_types_item = ModelInputsItemModelTypesItem(model_types_item_data)

                model_types.append(model_types_item)

        min_ = d.pop("min", UNSET)

        hint = d.pop("hint", UNSET)

        prompt_spark = d.pop("promptSpark", UNSET)

        step = d.pop("step", UNSET)

        prompt = d.pop("prompt", UNSET)

        max_length = d.pop("maxLength", UNSET)

        group = d.pop("group", UNSET)

        model_inputs_item = cls(
            type_=type_,
            name=name,
            allowed_values=allowed_values,
            cost_impact=cost_impact,
            parent=parent,
            max_=max_,
            kind=kind,
            min_length=min_length,
            background_behavior=background_behavior,
            description=description,
            mask_from=mask_from,
            label=label,
            required=required,
            model_types=model_types,
            min_=min_,
            hint=hint,
            prompt_spark=prompt_spark,
            step=step,
            prompt=prompt,
            max_length=max_length,
            group=group,
        )

        model_inputs_item.additional_properties = d
        return model_inputs_item

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


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.model_inputs_item_required import ModelInputsItemRequired
