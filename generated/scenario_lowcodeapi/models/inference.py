from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inference_status import InferenceStatus
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="Inference")


@_attrs_define
class Inference:
    images: list[InferenceImage]
    """ The result images URLs (can change over time when inference is in progress) """
    model_id: str
    """ The model ID on which the inference was done (example: "model_GTrL3mq4SXWyMxkOHRxlpw") """
    author_id: str
    """ The author user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    display_prompt: str
    """ The human-friendly prompt (without token) """
    owner_id: str
    """ The owner user ID (example: "team_VFhihHKMRZyDDnZAJwLb2Q") """
    user_id: str
    """ (Deprecated) The user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    created_at: str
    """ The inference creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    id: str
    """ The inference ID (example: "inf_GTrL3mq4SXWyMxkOHRxlpw") """
    images_number: float
    """ The total number of result images """
    parameters: InferenceParameters
    """ The inference parameters """
    status: InferenceStatus
    """ The inference status """
    progress: float | Unset = UNSET
    """ The inference progress (within [0, 1]) """
    queue: InferenceQueue | Unset = UNSET
    """ The generation queue information (for generations with the "queued" status) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        images: Any = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        model_id: Any = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        author_id: Any = UNSET
        if not isinstance(self.author_id, Unset):
            author_id = self.author_id

        display_prompt: Any = UNSET
        if not isinstance(self.display_prompt, Unset):
            display_prompt = self.display_prompt

        owner_id: Any = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = self.owner_id

        user_id: Any = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id

        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        images_number: Any = UNSET
        if not isinstance(self.images_number, Unset):
            images_number = self.images_number

        parameters: Any = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "images": images,
                "modelId": model_id,
                "authorId": author_id,
                "displayPrompt": display_prompt,
                "ownerId": owner_id,
                "userId": user_id,
                "createdAt": created_at,
                "id": id,
                "imagesNumber": images_number,
                "parameters": parameters,
                "status": status,
            }
        )
        if images is UNSET:
            del field_dict["images"]
        if model_id is UNSET:
            del field_dict["modelId"]
        if author_id is UNSET:
            del field_dict["authorId"]
        if display_prompt is UNSET:
            del field_dict["displayPrompt"]
        if owner_id is UNSET:
            del field_dict["ownerId"]
        if user_id is UNSET:
            del field_dict["userId"]
        if created_at is UNSET:
            del field_dict["createdAt"]
        if id is UNSET:
            del field_dict["id"]
        if images_number is UNSET:
            del field_dict["imagesNumber"]
        if parameters is UNSET:
            del field_dict["parameters"]
        if status is UNSET:
            del field_dict["status"]
        if progress is not UNSET:
            field_dict["progress"] = progress
        if queue is not UNSET:
            field_dict["queue"] = queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _images_raw = d.pop("images", UNSET)
        images: list[InferenceImage]
        if isinstance(_images_raw, Unset):
            images = missing_required()
        else:
            images = []
            _images = _images_raw
            for images_item_data in _images:
                images_item = InferenceImage.from_dict(images_item_data)

                images.append(images_item)

        model_id = d.pop("modelId", UNSET)

        author_id = d.pop("authorId", UNSET)

        display_prompt = d.pop("displayPrompt", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        user_id = d.pop("userId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        id = d.pop("id", UNSET)

        images_number = d.pop("imagesNumber", UNSET)

        _parameters_raw = d.pop("parameters", UNSET)
        parameters: InferenceParameters
        if isinstance(_parameters_raw, Unset):
            parameters = missing_required()
        else:
            parameters = InferenceParameters.from_dict(_parameters_raw)

        _status_raw = d.pop("status", UNSET)
        status: InferenceStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = InferenceStatus(_status_raw)

        progress = d.pop("progress", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: InferenceQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = InferenceQueue.from_dict(_queue)

        inference = cls(
            images=images,
            model_id=model_id,
            author_id=author_id,
            display_prompt=display_prompt,
            owner_id=owner_id,
            user_id=user_id,
            created_at=created_at,
            id=id,
            images_number=images_number,
            parameters=parameters,
            status=status,
            progress=progress,
            queue=queue,
        )

        inference.additional_properties = d
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
from ..models.inference_image import InferenceImage
from ..models.inference_parameters import InferenceParameters
from ..models.inference_queue import InferenceQueue
