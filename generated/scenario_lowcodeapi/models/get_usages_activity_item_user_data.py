from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.get_usages_activity_item_user_data_api_key_status import GetUsagesActivityItemUserDataApiKeyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.get_usages_activity_item_user_data_avatar import GetUsagesActivityItemUserDataAvatar


T = TypeVar("T", bound="GetUsagesActivityItemUserData")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "isApiKey",
        "apiKeyStatus",
        "apiKeyId",
        "fullName",
        "avatar",
        "email",
    )
)


@_attrs_define
class GetUsagesActivityItemUserData:
    """The user display data (email, full name, avatar, etc.) for the userId"""

    is_api_key: bool | Unset = UNSET
    """ Whether the user is an API key """
    api_key_status: GetUsagesActivityItemUserDataApiKeyStatus | Unset = UNSET
    """ The API key status

    Will be available:
    - if the user is an API key """
    api_key_id: str | Unset = UNSET
    """ The API key ID

    Will be available:
    - if the user is an API key """
    full_name: str | Unset = UNSET
    """ The full name of the user

    Will be available:
    - if the user hasn't left the Scenario platform
    - if the user isn't an API key """
    avatar: GetUsagesActivityItemUserDataAvatar | Unset = UNSET
    """ The user avatar

    Will be available:
    - if the user hasn't left the Scenario platform
    - if the user isn't an API key """
    email: str | Unset = UNSET
    """ The email of the user

    Will be available:
    - if the user hasn't left the Scenario platform
    - if the user isn't an API key """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_api_key = self.is_api_key

        api_key_status: str | Unset = UNSET
        if not isinstance(self.api_key_status, Unset):
            api_key_status = str(self.api_key_status)

        api_key_id = self.api_key_id

        full_name = self.full_name

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_api_key is not UNSET:
            field_dict["isApiKey"] = is_api_key
        if api_key_status is not UNSET:
            field_dict["apiKeyStatus"] = api_key_status
        if api_key_id is not UNSET:
            field_dict["apiKeyId"] = api_key_id
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if email is not UNSET:
            field_dict["email"] = email

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

        api_key_status: GetUsagesActivityItemUserDataApiKeyStatus | Unset
        _v = d.get("apiKeyStatus")
        if _v is None:
            api_key_status = UNSET
        else:
            try:
                api_key_status = _p.enum_member(GetUsagesActivityItemUserDataApiKeyStatus, _v)
            except _p.PayloadError:
                api_key_status = UNSET
                bad = _p.note(bad, "apiKeyStatus")

        api_key_id: str | Unset
        _v = d.get("apiKeyId")
        if _v is None:
            api_key_id = UNSET
        elif isinstance(_v, str):
            api_key_id = _v
        else:
            api_key_id = UNSET
            bad = _p.note(bad, "apiKeyId")

        full_name: str | Unset
        _v = d.get("fullName")
        if _v is None:
            full_name = UNSET
        elif isinstance(_v, str):
            full_name = _v
        else:
            full_name = UNSET
            bad = _p.note(bad, "fullName")

        avatar: Any  # GetUsagesActivityItemUserDataAvatar | Unset, or the dict as sent: parsed on first read
        _v = d.get("avatar")
        if _v is None:
            avatar = UNSET
        elif _v.__class__ is dict:
            avatar = _v
        elif isinstance(_v, Mapping):
            avatar = dict(_v)
        else:
            avatar = UNSET
            bad = _p.note(bad, "avatar")

        email: str | Unset
        _v = d.get("email")
        if _v is None:
            email = UNSET
        elif isinstance(_v, str):
            email = _v
        else:
            email = UNSET
            bad = _p.note(bad, "email")

        get_usages_activity_item_user_data = cls(
            is_api_key=is_api_key,
            api_key_status=api_key_status,
            api_key_id=api_key_id,
            full_name=full_name,
            avatar=avatar,
            email=email,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_activity_item_user_data.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return get_usages_activity_item_user_data

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
    from ..models.get_usages_activity_item_user_data_avatar import GetUsagesActivityItemUserDataAvatar  # noqa: PLC0415

    return {
        "avatar": GetUsagesActivityItemUserDataAvatar.from_dict,
    }


_p.defer(
    GetUsagesActivityItemUserData,
    {
        "avatar": "dict",
    },
    _deferred_converters,
)
