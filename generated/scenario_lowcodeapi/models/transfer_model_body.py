from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferModelBody")


@_attrs_define
class TransferModelBody:
    destination_project_id: str
    """ The id of the project to copy and transfer the model to """
    destination_team_id: str | Unset = UNSET
    """ The id of the team to copy and transfer the model to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_project_id: Any = UNSET
        if not isinstance(self.destination_project_id, Unset):
            destination_project_id = self.destination_project_id

        destination_team_id = self.destination_team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationProjectId": destination_project_id,
            }
        )
        if destination_project_id is UNSET:
            del field_dict["destinationProjectId"]
        if destination_team_id is not UNSET:
            field_dict["destinationTeamId"] = destination_team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        destination_project_id = d.pop("destinationProjectId", UNSET)

        destination_team_id = d.pop("destinationTeamId", UNSET)

        transfer_model_body = cls(
            destination_project_id=destination_project_id,
            destination_team_id=destination_team_id,
        )

        transfer_model_body.additional_properties = d
        return transfer_model_body

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
