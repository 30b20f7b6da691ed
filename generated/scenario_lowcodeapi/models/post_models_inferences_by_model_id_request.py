from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="PostModelsInferencesByModelIdRequest")


@_attrs_define
class PostModelsInferencesByModelIdRequest:
    parameters: GenerationParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters: Any = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
            }
        )
        if parameters is UNSET:
            del field_dict["parameters"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _parameters_raw = d.pop("parameters", UNSET)
        parameters: GenerationParameters
        if isinstance(_parameters_raw, Unset):
            parameters = missing_required()
        else:
            parameters = GenerationParameters.from_dict(_parameters_raw)

        post_models_inferences_by_model_id_request = cls(
            parameters=parameters,
        )

        post_models_inferences_by_model_id_request.additional_properties = d
        return post_models_inferences_by_model_id_request

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
from ..models.generation_parameters import GenerationParameters
