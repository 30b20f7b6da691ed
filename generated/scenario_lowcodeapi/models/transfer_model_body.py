from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferModelBody")


@_attrs_define
class TransferModelBody:
    destination_team_id: str | Unset = UNSET
    """ The id of the team to transfer the model to """
    as_copy: bool | Unset = UNSET
    """ If set to true the model will be copied instead of transferred """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_team_id = self.destination_team_id

        as_copy = self.as_copy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_team_id is not UNSET:
            field_dict["destination_team_id"] = destination_team_id
        if as_copy is not UNSET:
            field_dict["asCopy"] = as_copy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        destination_team_id = d.pop("destination_team_id", UNSET)

        as_copy = d.pop("asCopy", UNSET)

        transfer_model_body = cls(
            destination_team_id=destination_team_id,
            as_copy=as_copy,
        )

        transfer_model_body.additional_properties = d
        return transfer_model_body

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
