from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.job_metadata_flow_item_logic_type import JobMetadataFlowItemLogicType
from ..models.job_metadata_flow_item_status import JobMetadataFlowItemStatus
from ..models.job_metadata_flow_item_type import JobMetadataFlowItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_thumbnail import ModelThumbnail


T = TypeVar("T", bound="JobMetadataFlowItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "jobId",
        "assets",
        "logicType",
        "modelId",
        "type",
        "status",
    )
)


@_attrs_define
class JobMetadataFlowItem:
    id: str
    """ The id of the node. """
    job_id: str | Unset = UNSET
    """ The jobId for the node.
    jobId is only available for nodes started. A node "Pending" for a running workflow job is not started. """
    assets: list[ModelThumbnail] | Unset = UNSET
    """ List of produced assets for this node. """
    logic_type: JobMetadataFlowItemLogicType | Unset = UNSET
    """ The type of the logic for the node.
    Only available for logic nodes. """
    model_id: str | Unset = UNSET
    """ The model id for the node. Mainly used for custom model tasks. """
    type_: JobMetadataFlowItemType | Unset = UNSET
    """ The type of the node. """
    status: JobMetadataFlowItemStatus | Unset = UNSET
    """ The status of the node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        job_id = self.job_id

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        logic_type: str | Unset = UNSET
        if not isinstance(self.logic_type, Unset):
            logic_type = str(self.logic_type)

        model_id = self.model_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if id is UNSET:
            del field_dict["id"]
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if assets is not UNSET:
            field_dict["assets"] = assets
        if logic_type is not UNSET:
            field_dict["logicType"] = logic_type
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

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
        id: str
        _v = d.get("id")
        if _v is None:
            raise _p.missing("id")
        elif isinstance(_v, str):
            id = _v
        else:
            raise _p.wrong("id", _v, "a string")

        job_id: str | Unset
        _v = d.get("jobId")
        if _v is None:
            job_id = UNSET
        elif isinstance(_v, str):
            job_id = _v
        else:
            job_id = UNSET
            bad = _p.note(bad, "jobId")

        assets: Any  # list[ModelThumbnail] | Unset, or the list as sent: parsed on first read
        _v = d.get("assets")
        if _v is None:
            assets = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            assets = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                assets = _deferred_converters()["assets"](_v)
            except _p.PayloadError:
                assets = UNSET
                bad = _p.note(bad, "assets")

        logic_type: JobMetadataFlowItemLogicType | Unset
        _v = d.get("logicType")
        if _v is None:
            logic_type = UNSET
        else:
            try:
                logic_type = _p.enum_member(JobMetadataFlowItemLogicType, _v)
            except _p.PayloadError:
                logic_type = UNSET
                bad = _p.note(bad, "logicType")

        model_id: str | Unset
        _v = d.get("modelId")
        if _v is None:
            model_id = UNSET
        elif isinstance(_v, str):
            model_id = _v
        else:
            model_id = UNSET
            bad = _p.note(bad, "modelId")

        type_: JobMetadataFlowItemType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(JobMetadataFlowItemType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        status: JobMetadataFlowItemStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(JobMetadataFlowItemStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

        job_metadata_flow_item = cls(
            id=id,
            job_id=job_id,
            assets=assets,
            logic_type=logic_type,
            model_id=model_id,
            type_=type_,
            status=status,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            job_metadata_flow_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_thumbnail import ModelThumbnail  # noqa: PLC0415

    return {
        "assets": _p.list_of(ModelThumbnail.from_dict),
    }


_p.defer(
    JobMetadataFlowItem,
    {
        "assets": "list",
    },
    _deferred_converters,
)
