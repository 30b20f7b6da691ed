from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="TransferModelBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "destinationProjectId",
        "destinationTeamId",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        destination_project_id: str
        _v = d.get("destinationProjectId")
        if _v is None:
            destination_project_id = missing_required()
        elif isinstance(_v, str):
            destination_project_id = _v
        else:
            destination_project_id = missing_required()
            bad = _p.note(bad, "destinationProjectId")

        destination_team_id: str | Unset
        _v = d.get("destinationTeamId")
        if _v is None:
            destination_team_id = UNSET
        elif isinstance(_v, str):
            destination_team_id = _v
        else:
            destination_team_id = UNSET
            bad = _p.note(bad, "destinationTeamId")

        transfer_model_body = cls(
            destination_project_id=destination_project_id,
            destination_team_id=destination_team_id,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            transfer_model_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
