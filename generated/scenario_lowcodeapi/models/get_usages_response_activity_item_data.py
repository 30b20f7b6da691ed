from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesResponseActivityItemData")


@_attrs_define
class GetUsagesResponseActivityItemData:
    """The additional data of the action"""

    is_api_key: bool | Unset = UNSET
    """ Whether the action is an API key action """
    model: Model | Unset = UNSET
    collection: GetUsagesResponseActivityItemDataCollection | Unset = UNSET
    """ The collection for this action """
    asset: Asset | Unset = UNSET
    job: Job | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_api_key = self.is_api_key

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

        asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset, Unset):
            asset = self.asset.to_dict()

        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_api_key is not UNSET:
            field_dict["isApiKey"] = is_api_key
        if model is not UNSET:
            field_dict["model"] = model
        if collection is not UNSET:
            field_dict["collection"] = collection
        if asset is not UNSET:
            field_dict["asset"] = asset
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_api_key = d.pop("isApiKey", UNSET)

        _model = d.pop("model", UNSET)
        model: Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = Model.from_dict(_model)

        _collection = d.pop("collection", UNSET)
        collection: GetUsagesResponseActivityItemDataCollection | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = GetUsagesResponseActivityItemDataCollection.from_dict(_collection)

        _asset = d.pop("asset", UNSET)
        asset: Asset | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = Asset.from_dict(_asset)

        _job = d.pop("job", UNSET)
        job: Job | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = Job.from_dict(_job)

        get_usages_response_activity_item_data = cls(
            is_api_key=is_api_key,
            model=model,
            collection=collection,
            asset=asset,
            job=job,
        )

        get_usages_response_activity_item_data.additional_properties = d
        return get_usages_response_activity_item_data

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
from ..models.asset import Asset
from ..models.get_usages_response_activity_item_data_collection import GetUsagesResponseActivityItemDataCollection
from ..models.job import Job
from ..models.model import Model
