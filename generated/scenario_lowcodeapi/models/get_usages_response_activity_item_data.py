from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.job import Job


T = TypeVar("T", bound="GetUsagesResponseActivityItemData")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "isApiKey",
        "model",
        "collection",
        "asset",
        "job",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        is_api_key: bool | Unset
        _v = d.get("isApiKey")
        if _v is None:
            is_api_key = UNSET
        elif _v.__class__ is bool:
            is_api_key = _v
        else:
            is_api_key = UNSET
            bad = _p.note(bad, "isApiKey")

        model: Model | Unset
        _v = d.get("model")
        if _v is None:
            model = UNSET
        else:
            try:
                model = Model.from_dict(_v)
            except _p.PayloadError:
                model = UNSET
                bad = _p.note(bad, "model")

        collection: GetUsagesResponseActivityItemDataCollection | Unset
        _v = d.get("collection")
        if _v is None:
            collection = UNSET
        else:
            try:
                collection = GetUsagesResponseActivityItemDataCollection.from_dict(_v)
            except _p.PayloadError:
                collection = UNSET
                bad = _p.note(bad, "collection")

        asset: Asset | Unset
        _v = d.get("asset")
        if _v is None:
            asset = UNSET
        else:
            try:
                asset = Asset.from_dict(_v)
            except _p.PayloadError:
                asset = UNSET
                bad = _p.note(bad, "asset")

        job: Any  # Job | Unset, or the dict as sent: parsed on first read
        _v = d.get("job")
        if _v is None:
            job = UNSET
        elif _v.__class__ is dict:
            job = _v
        elif isinstance(_v, Mapping):
            job = dict(_v)
        else:
            job = UNSET
            bad = _p.note(bad, "job")

        get_usages_response_activity_item_data = cls(
            is_api_key=is_api_key,
            model=model,
            collection=collection,
            asset=asset,
            job=job,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response_activity_item_data.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
from ..models.model import Model


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.job import Job  # noqa: PLC0415

    return {
        "job": Job.from_dict,
    }


_p.defer(
    GetUsagesResponseActivityItemData,
    {
        "job": "dict",
    },
    _deferred_converters,
)
