from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_inputs_item_background_behavior import ModelInputsItemBackgroundBehavior
from ..models.model_inputs_item_kind import ModelInputsItemKind
from ..models.model_inputs_item_model_types_item import ModelInputsItemModelTypesItem
from ..models.model_inputs_item_type import ModelInputsItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_inputs_item_required import ModelInputsItemRequired


T = TypeVar("T", bound="ModelInputsItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "allowedValues",
        "costImpact",
        "parent",
        "max",
        "kind",
        "minLength",
        "backgroundBehavior",
        "description",
        "maskFrom",
        "label",
        "type",
        "required",
        "modelTypes",
        "min",
        "hint",
        "name",
        "promptSpark",
        "step",
        "prompt",
        "maxLength",
        "group",
    )
)


@_attrs_define
class ModelInputsItem:
    """Defines the model inputs parameters. You will use this information to understand the
    possible values for the inputs parameters of the given `modelId` when calling
    `POST /generate/custom/{modelId}`. Ex. Please see {@link https://docs.scenario.com/docs/video-generation}

    """

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
    type_: ModelInputsItemType | Unset = UNSET
    """ The type of the input """
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
    name: str | Unset = UNSET
    """ The name of the input internally used by the model and API """
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
        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        cost_impact = self.cost_impact

        parent = self.parent

        max_ = self.max_

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = str(self.kind)

        min_length = self.min_length

        background_behavior: str | Unset = UNSET
        if not isinstance(self.background_behavior, Unset):
            background_behavior = str(self.background_behavior)

        description = self.description

        mask_from = self.mask_from

        label = self.label

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        model_types: list[str] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = str(model_types_item_data)
                model_types.append(model_types_item)

        min_ = self.min_

        hint = self.hint

        name = self.name

        prompt_spark = self.prompt_spark

        step = self.step

        prompt = self.prompt

        max_length = self.max_length

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if min_ is not UNSET:
            field_dict["min"] = min_
        if hint is not UNSET:
            field_dict["hint"] = hint
        if name is not UNSET:
            field_dict["name"] = name
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
        allowed_values: list[Any] | Unset
        _v = d.get("allowedValues")
        if _v is None:
            allowed_values = UNSET
        else:
            try:
                allowed_values = _p.as_list(_v)
            except _p.PayloadError:
                allowed_values = UNSET
                bad = _p.note(bad, "allowedValues")

        cost_impact: bool | Unset
        _v = d.get("costImpact")
        if _v is None:
            cost_impact = UNSET
        elif _v.__class__ is bool:
            cost_impact = _v
        else:
            cost_impact = UNSET
            bad = _p.note(bad, "costImpact")

        parent: bool | Unset
        _v = d.get("parent")
        if _v is None:
            parent = UNSET
        elif _v.__class__ is bool:
            parent = _v
        else:
            parent = UNSET
            bad = _p.note(bad, "parent")

        max_: float | Unset
        _v = d.get("max")
        if _v is None:
            max_ = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            max_ = _v
        else:
            max_ = UNSET
            bad = _p.note(bad, "max")

        kind: ModelInputsItemKind | Unset
        _v = d.get("kind")
        if _v is None:
            kind = UNSET
        else:
            try:
                kind = _p.enum_member(ModelInputsItemKind, _v)
            except _p.PayloadError:
                kind = UNSET
                bad = _p.note(bad, "kind")

        min_length: float | Unset
        _v = d.get("minLength")
        if _v is None:
            min_length = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            min_length = _v
        else:
            min_length = UNSET
            bad = _p.note(bad, "minLength")

        background_behavior: ModelInputsItemBackgroundBehavior | Unset
        _v = d.get("backgroundBehavior")
        if _v is None:
            background_behavior = UNSET
        else:
            try:
                background_behavior = _p.enum_member(ModelInputsItemBackgroundBehavior, _v)
            except _p.PayloadError:
                background_behavior = UNSET
                bad = _p.note(bad, "backgroundBehavior")

        description: str | Unset
        _v = d.get("description")
        if _v is None:
            description = UNSET
        elif isinstance(_v, str):
            description = _v
        else:
            description = UNSET
            bad = _p.note(bad, "description")

        mask_from: str | Unset
        _v = d.get("maskFrom")
        if _v is None:
            mask_from = UNSET
        elif isinstance(_v, str):
            mask_from = _v
        else:
            mask_from = UNSET
            bad = _p.note(bad, "maskFrom")

        label: str | Unset
        _v = d.get("label")
        if _v is None:
            label = UNSET
        elif isinstance(_v, str):
            label = _v
        else:
            label = UNSET
            bad = _p.note(bad, "label")

        type_: ModelInputsItemType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(ModelInputsItemType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        required: Any  # ModelInputsItemRequired | Unset, or the dict as sent: parsed on first read
        _v = d.get("required")
        if _v is None:
            required = UNSET
        elif _v.__class__ is dict:
            required = _v
        elif isinstance(_v, Mapping):
            required = dict(_v)
        else:
            required = UNSET
            bad = _p.note(bad, "required")

        model_types: list[ModelInputsItemModelTypesItem] | Unset
        _v = d.get("modelTypes")
        if _v is None:
            model_types = UNSET
        else:
            try:
                model_types = _p.parse_list(_v, _p.enum_of(ModelInputsItemModelTypesItem))
            except _p.PayloadError:
                model_types = UNSET
                bad = _p.note(bad, "modelTypes")

        min_: float | Unset
        _v = d.get("min")
        if _v is None:
            min_ = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            min_ = _v
        else:
            min_ = UNSET
            bad = _p.note(bad, "min")

        hint: str | Unset
        _v = d.get("hint")
        if _v is None:
            hint = UNSET
        elif isinstance(_v, str):
            hint = _v
        else:
            hint = UNSET
            bad = _p.note(bad, "hint")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        prompt_spark: bool | Unset
        _v = d.get("promptSpark")
        if _v is None:
            prompt_spark = UNSET
        elif _v.__class__ is bool:
            prompt_spark = _v
        else:
            prompt_spark = UNSET
            bad = _p.note(bad, "promptSpark")

        step: float | Unset
        _v = d.get("step")
        if _v is None:
            step = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            step = _v
        else:
            step = UNSET
            bad = _p.note(bad, "step")

        prompt: bool | Unset
        _v = d.get("prompt")
        if _v is None:
            prompt = UNSET
        elif _v.__class__ is bool:
            prompt = _v
        else:
            prompt = UNSET
            bad = _p.note(bad, "prompt")

        max_length: float | Unset
        _v = d.get("maxLength")
        if _v is None:
            max_length = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            max_length = _v
        else:
            max_length = UNSET
            bad = _p.note(bad, "maxLength")

        group: str | Unset
        _v = d.get("group")
        if _v is None:
            group = UNSET
        elif isinstance(_v, str):
            group = _v
        else:
            group = UNSET
            bad = _p.note(bad, "group")

        model_inputs_item = cls(
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
            type_=type_,
            required=required,
            model_types=model_types,
            min_=min_,
            hint=hint,
            name=name,
            prompt_spark=prompt_spark,
            step=step,
            prompt=prompt,
            max_length=max_length,
            group=group,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_inputs_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_inputs_item_required import ModelInputsItemRequired  # noqa: PLC0415

    return {
        "required": ModelInputsItemRequired.from_dict,
    }


_p.defer(
    ModelInputsItem,
    {
        "required": "dict",
    },
    _deferred_converters,
)
