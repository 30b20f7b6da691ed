from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTrainingStats")


@_attrs_define
class ModelTrainingStats:
    """Additional information about the model's training"""

    train_duration: float | Unset = UNSET
    """ The training duration in seconds """
    queue_duration: float | Unset = UNSET
    """ The training queued duration in seconds """
    ended_at: str | Unset = UNSET
    """ The training end time as an ISO date string """
    started_at: str | Unset = UNSET
    """ The training start time as an ISO date string """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        train_duration = self.train_duration

        queue_duration = self.queue_duration

        ended_at = self.ended_at

        started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if train_duration is not UNSET:
            field_dict["trainDuration"] = train_duration
        if queue_duration is not UNSET:
            field_dict["queueDuration"] = queue_duration
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        train_duration = d.pop("trainDuration", UNSET)

        queue_duration = d.pop("queueDuration", UNSET)

        ended_at = d.pop("endedAt", UNSET)

        started_at = d.pop("startedAt", UNSET)

        model_training_stats = cls(
            train_duration=train_duration,
            queue_duration=queue_duration,
            ended_at=ended_at,
            started_at=started_at,
        )

        model_training_stats.additional_properties = d
        return model_training_stats

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
