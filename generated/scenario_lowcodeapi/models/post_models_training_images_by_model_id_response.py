from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostModelsTrainingImagesByModelIdResponse")


_KNOWN_KEYS: frozenset[str] = frozenset(("trainingImage",))


@_attrs_define
class PostModelsTrainingImagesByModelIdResponse:
    training_image: TrainingImage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training_image: Any = UNSET
        if not isinstance(self.training_image, Unset):
            training_image = self.training_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trainingImage": training_image,
            }
        )
        if training_image is UNSET:
            del field_dict["trainingImage"]

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
        training_image: TrainingImage
        _v = d.get("trainingImage")
        if _v is None:
            raise _p.missing("trainingImage")
        else:
            try:
                training_image = TrainingImage.from_dict(_v)
            except _p.PayloadError as error:
                raise error.at("trainingImage") from None

        post_models_training_images_by_model_id_response = cls(
            training_image=training_image,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            post_models_training_images_by_model_id_response.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return post_models_training_images_by_model_id_response

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
from ..models.training_image import TrainingImage
