from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.inference_status import InferenceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.inference_image import InferenceImage
    from ..models.inference_parameters import InferenceParameters
    from ..models.inference_queue import InferenceQueue


T = TypeVar("T", bound="Inference")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "images",
        "modelId",
        "authorId",
        "displayPrompt",
        "ownerId",
        "userId",
        "createdAt",
        "progress",
        "imagesNumber",
        "parameters",
        "queue",
        "status",
    )
)


@_attrs_define
class Inference:
    id: str
    """ The inference ID (example: "inf_GTrL3mq4SXWyMxkOHRxlpw") """
    images: list[InferenceImage] | Unset = UNSET
    """ The result images URLs (can change over time when inference is in progress) """
    model_id: str | Unset = UNSET
    """ The model ID on which the inference was done (example: "model_GTrL3mq4SXWyMxkOHRxlpw") """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    display_prompt: str | Unset = UNSET
    """ The human-friendly prompt (without token) """
    owner_id: str | Unset = UNSET
    """ The owner user ID (example: "team_VFhihHKMRZyDDnZAJwLb2Q") """
    user_id: str | Unset = UNSET
    """ (Deprecated) The user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    created_at: str | Unset = UNSET
    """ The inference creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    progress: float | Unset = UNSET
    """ The inference progress (within [0, 1]) """
    images_number: float | Unset = UNSET
    """ The total number of result images """
    parameters: InferenceParameters | Unset = UNSET
    """ The inference parameters """
    queue: InferenceQueue | Unset = UNSET
    """ The generation queue information (for generations with the "queued" status) """
    status: InferenceStatus | Unset = UNSET
    """ The inference status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        model_id = self.model_id

        author_id = self.author_id

        display_prompt = self.display_prompt

        owner_id = self.owner_id

        user_id = self.user_id

        created_at = self.created_at

        progress = self.progress

        images_number = self.images_number

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

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
        if images is not UNSET:
            field_dict["images"] = images
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if display_prompt is not UNSET:
            field_dict["displayPrompt"] = display_prompt
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if images_number is not UNSET:
            field_dict["imagesNumber"] = images_number
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if queue is not UNSET:
            field_dict["queue"] = queue
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

        images: Any  # list[InferenceImage] | Unset, or the list as sent: parsed on first read
        _v = d.get("images")
        if _v is None:
            images = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            images = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                images = _deferred_converters()["images"](_v)
            except _p.PayloadError:
                images = UNSET
                bad = _p.note(bad, "images")

        model_id: str | Unset
        _v = d.get("modelId")
        if _v is None:
            model_id = UNSET
        elif isinstance(_v, str):
            model_id = _v
        else:
            model_id = UNSET
            bad = _p.note(bad, "modelId")

        author_id: str | Unset
        _v = d.get("authorId")
        if _v is None:
            author_id = UNSET
        elif isinstance(_v, str):
            author_id = _v
        else:
            author_id = UNSET
            bad = _p.note(bad, "authorId")

        display_prompt: str | Unset
        _v = d.get("displayPrompt")
        if _v is None:
            display_prompt = UNSET
        elif isinstance(_v, str):
            display_prompt = _v
        else:
            display_prompt = UNSET
            bad = _p.note(bad, "displayPrompt")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        user_id: str | Unset
        _v = d.get("userId")
        if _v is None:
            user_id = UNSET
        elif isinstance(_v, str):
            user_id = _v
        else:
            user_id = UNSET
            bad = _p.note(bad, "userId")

        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        progress: float | Unset
        _v = d.get("progress")
        if _v is None:
            progress = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            progress = _v
        else:
            progress = UNSET
            bad = _p.note(bad, "progress")

        images_number: float | Unset
        _v = d.get("imagesNumber")
        if _v is None:
            images_number = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            images_number = _v
        else:
            images_number = UNSET
            bad = _p.note(bad, "imagesNumber")

        parameters: Any  # InferenceParameters | Unset, or the dict as sent: parsed on first read
        _v = d.get("parameters")
        if _v is None:
            parameters = UNSET
        elif _v.__class__ is dict:
            parameters = _v
        elif isinstance(_v, Mapping):
            parameters = dict(_v)
        else:
            parameters = UNSET
            bad = _p.note(bad, "parameters")

        queue: Any  # InferenceQueue | Unset, or the dict as sent: parsed on first read
        _v = d.get("queue")
        if _v is None:
            queue = UNSET
        elif _v.__class__ is dict:
            queue = _v
        elif isinstance(_v, Mapping):
            queue = dict(_v)
        else:
            queue = UNSET
            bad = _p.note(bad, "queue")

        status: InferenceStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(InferenceStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

        inference = cls(
            id=id,
            images=images,
            model_id=model_id,
            author_id=author_id,
            display_prompt=display_prompt,
            owner_id=owner_id,
            user_id=user_id,
            created_at=created_at,
            progress=progress,
            images_number=images_number,
            parameters=parameters,
            queue=queue,
            status=status,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            inference.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return inference

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
    from ..models.inference_image import InferenceImage  # noqa: PLC0415
    from ..models.inference_parameters import InferenceParameters  # noqa: PLC0415
    from ..models.inference_queue import InferenceQueue  # noqa: PLC0415

    return {
        "images": _p.list_of(InferenceImage.from_dict),
        "parameters": InferenceParameters.from_dict,
        "queue": InferenceQueue.from_dict,
    }


_p.defer(
    Inference,
    {
        "images": "list",
        "parameters": "dict",
        "queue": "dict",
    },
    _deferred_converters,
)
