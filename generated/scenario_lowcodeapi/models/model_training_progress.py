from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_training_progress_stage import ModelTrainingProgressStage
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="ModelTrainingProgress")


@_attrs_define
class ModelTrainingProgress:
    """Additional information about the training progress of the model"""

    stage: ModelTrainingProgressStage
    """ The stage of the request """
    updated_at: float
    """ Timestamp in milliseconds of the last time the training progress was updated """
    remaining_time_ms: float | Unset = UNSET
    """ The remaining time in milliseconds """
    progress: float | Unset = UNSET
    """ The progress of the job """
    started_at: float | Unset = UNSET
    """ The timestamp in millisecond marking the start of the process """
    position: float | Unset = UNSET
    """ Position of the job in the queue (ie. the number of job in the queue before this one) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage: Any = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        remaining_time_ms = self.remaining_time_ms

        progress = self.progress

        started_at = self.started_at

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "updatedAt": updated_at,
            }
        )
        if stage is UNSET:
            del field_dict["stage"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]
        if remaining_time_ms is not UNSET:
            field_dict["remainingTimeMs"] = remaining_time_ms
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _stage_raw = d.pop("stage", UNSET)
        stage: ModelTrainingProgressStage
        if isinstance(_stage_raw, Unset):
            stage = missing_required()
        else:
            stage = ModelTrainingProgressStage(_stage_raw)

        updated_at = d.pop("updatedAt", UNSET)

        remaining_time_ms = d.pop("remainingTimeMs", UNSET)

        progress = d.pop("progress", UNSET)

        started_at = d.pop("startedAt", UNSET)

        position = d.pop("position", UNSET)

        model_training_progress = cls(
            stage=stage,
            updated_at=updated_at,
            remaining_time_ms=remaining_time_ms,
            progress=progress,
            started_at=started_at,
            position=position,
        )

        model_training_progress.additional_properties = d
        return model_training_progress

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
