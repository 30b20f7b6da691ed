from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.job_metadata_flow_item import JobMetadataFlowItem
    from ..models.job_metadata_input import JobMetadataInput
    from ..models.job_metadata_output import JobMetadataOutput


T = TypeVar("T", bound="JobMetadata")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "output",
        "input",
        "assetIds",
        "flow",
    )
)


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
        output: Any  # JobMetadataOutput | Unset, or the dict as sent: parsed on first read
        _v = d.get("output")
        if _v is None:
            output = UNSET
        elif _v.__class__ is dict:
            output = _v
        elif isinstance(_v, Mapping):
            output = dict(_v)
        else:
            output = UNSET
            bad = _p.note(bad, "output")

        input_: Any  # JobMetadataInput | Unset, or the dict as sent: parsed on first read
        _v = d.get("input")
        if _v is None:
            input_ = UNSET
        elif _v.__class__ is dict:
            input_ = _v
        elif isinstance(_v, Mapping):
            input_ = dict(_v)
        else:
            input_ = UNSET
            bad = _p.note(bad, "input")

        asset_ids: list[str] | Unset
        _v = d.get("assetIds")
        if _v is None:
            asset_ids = UNSET
        else:
            try:
                asset_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                asset_ids = UNSET
                bad = _p.note(bad, "assetIds")

        flow: Any  # list[JobMetadataFlowItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("flow")
        if _v is None:
            flow = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            flow = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                flow = _deferred_converters()["flow"](_v)
            except _p.PayloadError:
                flow = UNSET
                bad = _p.note(bad, "flow")

        job_metadata = cls(
            output=output,
            input_=input_,
            asset_ids=asset_ids,
            flow=flow,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            job_metadata.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.job_metadata_flow_item import JobMetadataFlowItem  # noqa: PLC0415
    from ..models.job_metadata_input import JobMetadataInput  # noqa: PLC0415
    from ..models.job_metadata_output import JobMetadataOutput  # noqa: PLC0415

    return {
        "output": JobMetadataOutput.from_dict,
        "input_": JobMetadataInput.from_dict,
        "flow": _p.list_of(JobMetadataFlowItem.from_dict),
    }


_p.defer(
    JobMetadata,
    {
        "output": "dict",
        "input_": "dict",
        "flow": "list",
    },
    _deferred_converters,
)
