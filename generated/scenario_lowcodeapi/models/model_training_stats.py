from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTrainingStats")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "trainDuration",
        "queueDuration",
        "endedAt",
        "startedAt",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        train_duration: float | Unset
        _v = d.get("trainDuration")
        if _v is None:
            train_duration = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            train_duration = _v
        else:
            train_duration = UNSET
            bad = _p.note(bad, "trainDuration")

        queue_duration: float | Unset
        _v = d.get("queueDuration")
        if _v is None:
            queue_duration = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            queue_duration = _v
        else:
            queue_duration = UNSET
            bad = _p.note(bad, "queueDuration")

        ended_at: str | Unset
        _v = d.get("endedAt")
        if _v is None:
            ended_at = UNSET
        elif isinstance(_v, str):
            ended_at = _v
        else:
            ended_at = UNSET
            bad = _p.note(bad, "endedAt")

        started_at: str | Unset
        _v = d.get("startedAt")
        if _v is None:
            started_at = UNSET
        elif isinstance(_v, str):
            started_at = _v
        else:
            started_at = UNSET
            bad = _p.note(bad, "startedAt")

        model_training_stats = cls(
            train_duration=train_duration,
            queue_duration=queue_duration,
            ended_at=ended_at,
            started_at=started_at,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_training_stats.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
