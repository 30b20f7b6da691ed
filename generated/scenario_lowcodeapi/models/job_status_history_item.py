from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status_history_item_status import JobStatusHistoryItemStatus
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="JobStatusHistoryItem")


@_attrs_define
class JobStatusHistoryItem:
    date: str
    status: JobStatusHistoryItemStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: Any = UNSET
        if not isinstance(self.date, Unset):
            date = self.date

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "status": status,
            }
        )
        if date is UNSET:
            del field_dict["date"]
        if status is UNSET:
            del field_dict["status"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        date = d.pop("date", UNSET)

        _status_raw = d.pop("status", UNSET)
        status: JobStatusHistoryItemStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = JobStatusHistoryItemStatus(_status_raw)

        job_status_history_item = cls(
            date=date,
            status=status,
        )

        job_status_history_item.additional_properties = d
        return job_status_history_item

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
