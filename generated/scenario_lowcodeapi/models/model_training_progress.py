from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_training_progress_stage import ModelTrainingProgressStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTrainingProgress")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "stage",
        "remainingTimeMs",
        "progress",
        "startedAt",
        "position",
        "updatedAt",
    )
)


@_attrs_define
class ModelTrainingProgress:
    """Additional information about the training progress of the model"""

    stage: ModelTrainingProgressStage | Unset = UNSET
    """ The stage of the request """
    remaining_time_ms: float | Unset = UNSET
    """ The remaining time in milliseconds """
    progress: float | Unset = UNSET
    """ The progress of the job """
    started_at: float | Unset = UNSET
    """ The timestamp in millisecond marking the start of the process """
    position: float | Unset = UNSET
    """ Position of the job in the queue (ie. the number of job in the queue before this one) """
    updated_at: float | Unset = UNSET
    """ Timestamp in milliseconds of the last time the training progress was updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = str(self.stage)

        remaining_time_ms = self.remaining_time_ms

        progress = self.progress

        started_at = self.started_at

        position = self.position

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage is not UNSET:
            field_dict["stage"] = stage
        if remaining_time_ms is not UNSET:
            field_dict["remainingTimeMs"] = remaining_time_ms
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if position is not UNSET:
            field_dict["position"] = position
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
        stage: ModelTrainingProgressStage | Unset
        _v = d.get("stage")
        if _v is None:
            stage = UNSET
        else:
            try:
                stage = _p.enum_member(ModelTrainingProgressStage, _v)
            except _p.PayloadError:
                stage = UNSET
                bad = _p.note(bad, "stage")

        remaining_time_ms: float | Unset
        _v = d.get("remainingTimeMs")
        if _v is None:
            remaining_time_ms = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            remaining_time_ms = _v
        else:
            remaining_time_ms = UNSET
            bad = _p.note(bad, "remainingTimeMs")

        progress: float | Unset
        _v = d.get("progress")
        if _v is None:
            progress = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            progress = _v
        else:
            progress = UNSET
            bad = _p.note(bad, "progress")

        started_at: float | Unset
        _v = d.get("startedAt")
        if _v is None:
            started_at = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            started_at = _v
        else:
            started_at = UNSET
            bad = _p.note(bad, "startedAt")

        position: float | Unset
        _v = d.get("position")
        if _v is None:
            position = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            position = _v
        else:
            position = UNSET
            bad = _p.note(bad, "position")

        updated_at: float | Unset
        _v = d.get("updatedAt")
        if _v is None:
            updated_at = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            updated_at = _v
        else:
            updated_at = UNSET
            bad = _p.note(bad, "updatedAt")

        model_training_progress = cls(
            stage=stage,
            remaining_time_ms=remaining_time_ms,
            progress=progress,
            started_at=started_at,
            position=position,
            updated_at=updated_at,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_training_progress.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
