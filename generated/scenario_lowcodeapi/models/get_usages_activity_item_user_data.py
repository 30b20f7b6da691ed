from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_usages_activity_item_user_data_api_key_status import GetUsagesActivityItemUserDataApiKeyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesActivityItemUserData")


@_attrs_define
class GetUsagesActivityItemUserData:
    """The user display data (email, full name, avatar, etc.) for the userId"""

    is_api_key: bool
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
        is_api_key: Any = UNSET
        if not isinstance(self.is_api_key, Unset):
            is_api_key = self.is_api_key

        api_key_status: str | Unset = UNSET
        if not isinstance(self.api_key_status, Unset):
            api_key_status = self.api_key_status.value

        api_key_id = self.api_key_id

        full_name = self.full_name

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isApiKey": is_api_key,
            }
        )
        if is_api_key is UNSET:
            del field_dict["isApiKey"]
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
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_api_key = d.pop("isApiKey", UNSET)

        _api_key_status = d.pop("apiKeyStatus", UNSET)
        api_key_status: GetUsagesActivityItemUserDataApiKeyStatus | Unset
        if isinstance(_api_key_status, Unset):
            api_key_status = UNSET
        else:
            api_key_status = GetUsagesActivityItemUserDataApiKeyStatus(_api_key_status)

        api_key_id = d.pop("apiKeyId", UNSET)

        full_name = d.pop("fullName", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: GetUsagesActivityItemUserDataAvatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = GetUsagesActivityItemUserDataAvatar.from_dict(_avatar)

        email = d.pop("email", UNSET)

        get_usages_activity_item_user_data = cls(
            is_api_key=is_api_key,
            api_key_status=api_key_status,
            api_key_id=api_key_id,
            full_name=full_name,
            avatar=avatar,
            email=email,
        )

        get_usages_activity_item_user_data.additional_properties = d
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
from ..models.get_usages_activity_item_user_data_avatar import GetUsagesActivityItemUserDataAvatar
