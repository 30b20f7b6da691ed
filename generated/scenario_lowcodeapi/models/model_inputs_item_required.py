from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_inputs_item_required_conditional_values import ModelInputsItemRequiredConditionalValues
    from ..models.model_inputs_item_required_if_defined import ModelInputsItemRequiredIfDefined
    from ..models.model_inputs_item_required_if_not_defined import ModelInputsItemRequiredIfNotDefined


T = TypeVar("T", bound="ModelInputsItemRequired")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "always",
        "ifNotDefined",
        "ifDefined",
        "conditionalValues",
    )
)


@_attrs_define
class ModelInputsItemRequired:
    """The required rules for the input
    - always: Whether the input is required always
    - ifNotDefined: Whether the input is required if another input is not defined.
    - ifDefined: Whether the input is required if another input is defined.
    - conditionalValues: Whether the input is required if another input is defined with a specific value.

    """

    always: bool | Unset = UNSET
    """ Whether the input is required always """
    if_not_defined: ModelInputsItemRequiredIfNotDefined | Unset = UNSET
    """ Whether the input is required if another input is not defined.
    The key is the name of the input that is not defined, and the value is the message to display if the input is
    required. """
    if_defined: ModelInputsItemRequiredIfDefined | Unset = UNSET
    """ Whether the input is required if another input is defined.
    The key is the name of the input that is defined, and the value is the message to display if the input is
    required. """
    conditional_values: ModelInputsItemRequiredConditionalValues | Unset = UNSET
    """ Whether the input is required if another input is defined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always = self.always

        if_not_defined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.if_not_defined, Unset):
            if_not_defined = self.if_not_defined.to_dict()

        if_defined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.if_defined, Unset):
            if_defined = self.if_defined.to_dict()

        conditional_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditional_values, Unset):
            conditional_values = self.conditional_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if if_not_defined is not UNSET:
            field_dict["ifNotDefined"] = if_not_defined
        if if_defined is not UNSET:
            field_dict["ifDefined"] = if_defined
        if conditional_values is not UNSET:
            field_dict["conditionalValues"] = conditional_values

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
        always: bool | Unset
        _v = d.get("always")
        if _v is None:
            always = UNSET
        elif _v.__class__ is bool:
            always = _v
        else:
            always = UNSET
            bad = _p.note(bad, "always")

        if_not_defined: Any  # ModelInputsItemRequiredIfNotDefined | Unset, or the dict as sent: parsed on first read
        _v = d.get("ifNotDefined")
        if _v is None:
            if_not_defined = UNSET
        elif _v.__class__ is dict:
            if_not_defined = _v
        elif isinstance(_v, Mapping):
            if_not_defined = dict(_v)
        else:
            if_not_defined = UNSET
            bad = _p.note(bad, "ifNotDefined")

        if_defined: Any  # ModelInputsItemRequiredIfDefined | Unset, or the dict as sent: parsed on first read
        _v = d.get("ifDefined")
        if _v is None:
            if_defined = UNSET
        elif _v.__class__ is dict:
            if_defined = _v
        elif isinstance(_v, Mapping):
            if_defined = dict(_v)
        else:
            if_defined = UNSET
            bad = _p.note(bad, "ifDefined")

        conditional_values: (
            Any  # ModelInputsItemRequiredConditionalValues | Unset, or the dict as sent: parsed on first read
        )
        _v = d.get("conditionalValues")
        if _v is None:
            conditional_values = UNSET
        elif _v.__class__ is dict:
            conditional_values = _v
        elif isinstance(_v, Mapping):
            conditional_values = dict(_v)
        else:
            conditional_values = UNSET
            bad = _p.note(bad, "conditionalValues")

        model_inputs_item_required = cls(
            always=always,
            if_not_defined=if_not_defined,
            if_defined=if_defined,
            conditional_values=conditional_values,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_inputs_item_required.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_inputs_item_required

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
    from ..models.model_inputs_item_required_conditional_values import ModelInputsItemRequiredConditionalValues  # noqa: PLC0415
    from ..models.model_inputs_item_required_if_defined import ModelInputsItemRequiredIfDefined  # noqa: PLC0415
    from ..models.model_inputs_item_required_if_not_defined import ModelInputsItemRequiredIfNotDefined  # noqa: PLC0415

    return {
        "if_not_defined": ModelInputsItemRequiredIfNotDefined.from_dict,
        "if_defined": ModelInputsItemRequiredIfDefined.from_dict,
        "conditional_values": ModelInputsItemRequiredConditionalValues.from_dict,
    }


_p.defer(
    ModelInputsItemRequired,
    {
        "if_not_defined": "dict",
        "if_defined": "dict",
        "conditional_values": "dict",
    },
    _deferred_converters,
)
