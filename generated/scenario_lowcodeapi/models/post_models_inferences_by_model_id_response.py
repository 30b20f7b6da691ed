from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="PostModelsInferencesByModelIdResponse")


@_attrs_define
class PostModelsInferencesByModelIdResponse:
    inference: Inference
    job: Job
    creative_units_cost: float | Unset = UNSET
    """ The Creative Units cost for the request billed """
    creative_units_discount: float | Unset = UNSET
    """ The Creative Units discount for the request billed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inference: Any = UNSET
        if not isinstance(self.inference, Unset):
            inference = self.inference.to_dict()

        job: Any = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        creative_units_cost = self.creative_units_cost

        creative_units_discount = self.creative_units_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inference": inference,
                "job": job,
            }
        )
        if inference is UNSET:
            del field_dict["inference"]
        if job is UNSET:
            del field_dict["job"]
        if creative_units_cost is not UNSET:
            field_dict["creativeUnitsCost"] = creative_units_cost
        if creative_units_discount is not UNSET:
            field_dict["creativeUnitsDiscount"] = creative_units_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _inference_raw = d.pop("inference", UNSET)
        inference: Inference
        if isinstance(_inference_raw, Unset):
            inference = missing_required()
        else:
            inference = Inference.from_dict(_inference_raw)

        _job_raw = d.pop("job", UNSET)
        job: Job
        if isinstance(_job_raw, Unset):
            job = missing_required()
        else:
            job = Job.from_dict(_job_raw)

        creative_units_cost = d.pop("creativeUnitsCost", UNSET)

        creative_units_discount = d.pop("creativeUnitsDiscount", UNSET)

        post_models_inferences_by_model_id_response = cls(
            inference=inference,
            job=job,
            creative_units_cost=creative_units_cost,
            creative_units_discount=creative_units_discount,
        )

        post_models_inferences_by_model_id_response.additional_properties = d
        return post_models_inferences_by_model_id_response

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
from ..models.inference import Inference
from ..models.job import Job
