from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMetadata")


@_attrs_define
class JobMetadata:
    """Metadata of the job with some additional information"""

    output: JobMetadataOutput | Unset = UNSET
    """ The output of the job """
    input_: JobMetadataInput | Unset = UNSET
    """ The inputs for the job """
    asset_ids: list[str] | Unset = UNSET
    """ List of produced assets for this job """
    flow: list[JobMetadataFlowItem] | Unset = UNSET
    """ The flow of the job. Only available for workflow jobs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        flow: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = []
            for flow_item_data in self.flow:
                flow_item = flow_item_data.to_dict()
                flow.append(flow_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if input_ is not UNSET:
            field_dict["input"] = input_
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _output = d.pop("output", UNSET)
        output: JobMetadataOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = JobMetadataOutput.from_dict(_output)

        _input_ = d.pop("input", UNSET)
        input_: JobMetadataInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = JobMetadataInput.from_dict(_input_)

        asset_ids = cast(list[str], d.pop("assetIds", UNSET))

        _flow = d.pop("flow", UNSET)
        flow: list[JobMetadataFlowItem] | Unset = UNSET
        if _flow is not UNSET:
            flow = []
            for flow_item_data in _flow:
                flow_item = JobMetadataFlowItem.from_dict(flow_item_data)

                flow.append(flow_item)

        job_metadata = cls(
            output=output,
            input_=input_,
            asset_ids=asset_ids,
            flow=flow,
        )

        job_metadata.additional_properties = d
        return job_metadata

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
from ..models.job_metadata_flow_item import JobMetadataFlowItem
from ..models.job_metadata_input import JobMetadataInput
from ..models.job_metadata_output import JobMetadataOutput
