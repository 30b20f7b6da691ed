from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_metadata_flow_item_logic_type import JobMetadataFlowItemLogicType
from ..models.job_metadata_flow_item_status import JobMetadataFlowItemStatus
from ..models.job_metadata_flow_item_type import JobMetadataFlowItemType
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="JobMetadataFlowItem")


@_attrs_define
class JobMetadataFlowItem:
    model_id: str
    """ The model id for the node. Mainly used for custom model tasks. """
    id: str
    """ The id of the node. """
    type_: JobMetadataFlowItemType
    """ The type of the node. """
    status: JobMetadataFlowItemStatus
    """ The status of the node. """
    job_id: str | Unset = UNSET
    """ The jobId for the node.
    jobId is only available for nodes started. A node "Pending" for a running workflow job is not started. """
    assets: list[ModelThumbnail] | Unset = UNSET
    """ List of produced assets for this node. """
    logic_type: JobMetadataFlowItemLogicType | Unset = UNSET
    """ The type of the logic for the node.
    Only available for logic nodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: Any = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        job_id = self.job_id

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        logic_type: str | Unset = UNSET
        if not isinstance(self.logic_type, Unset):
            logic_type = self.logic_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "id": id,
                "type": type_,
                "status": status,
            }
        )
        if model_id is UNSET:
            del field_dict["modelId"]
        if id is UNSET:
            del field_dict["id"]
        if type_ is UNSET:
            del field_dict["type"]
        if status is UNSET:
            del field_dict["status"]
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if assets is not UNSET:
            field_dict["assets"] = assets
        if logic_type is not UNSET:
            field_dict["logicType"] = logic_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        model_id = d.pop("modelId", UNSET)

        id = d.pop("id", UNSET)

        _type__raw = d.pop("type", UNSET)
        type_: JobMetadataFlowItemType
        if isinstance(_type__raw, Unset):
            type_ = missing_required()
        else:
            type_ = JobMetadataFlowItemType(_type__raw)

        _status_raw = d.pop("status", UNSET)
        status: JobMetadataFlowItemStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = JobMetadataFlowItemStatus(_status_raw)

        job_id = d.pop("jobId", UNSET)

        _assets = d.pop("assets", UNSET)
        assets: list[ModelThumbnail] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = ModelThumbnail.from_dict(assets_item_data)

                assets.append(assets_item)

        _logic_type = d.pop("logicType", UNSET)
        logic_type: JobMetadataFlowItemLogicType | Unset
        if isinstance(_logic_type, Unset):
            logic_type = UNSET
        else:
            logic_type = JobMetadataFlowItemLogicType(_logic_type)

        job_metadata_flow_item = cls(
            model_id=model_id,
            id=id,
            type_=type_,
            status=status,
            job_id=job_id,
            assets=assets,
            logic_type=logic_type,
        )

        job_metadata_flow_item.additional_properties = d
        return job_metadata_flow_item

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
from ..models.model_thumbnail import ModelThumbnail
