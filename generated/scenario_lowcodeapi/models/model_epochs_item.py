from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_thumbnail import ModelThumbnail


T = TypeVar("T", bound="ModelEpochsItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "assets",
        "epoch",
    )
)


@_attrs_define
class ModelEpochsItem:
    assets: list[ModelThumbnail] | Unset = UNSET
    """ The assets of the epoch if sample prompts as been supplied during training """
    epoch: str | Unset = UNSET
    """ The epoch hash to identify the epoch """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        epoch = self.epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets
        if epoch is not UNSET:
            field_dict["epoch"] = epoch

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

        epoch: str | Unset
        _v = d.get("epoch")
        if _v is None:
            epoch = UNSET
        elif isinstance(_v, str):
            epoch = _v
        else:
            epoch = UNSET
            bad = _p.note(bad, "epoch")

        model_epochs_item = cls(
            assets=assets,
            epoch=epoch,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_epochs_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_epochs_item

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
    ModelEpochsItem,
    {
        "assets": "list",
    },
    _deferred_converters,
)
