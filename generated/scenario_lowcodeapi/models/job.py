from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_job_type import JobJobType
from ..models.job_status import JobStatus
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    created_at: str
    """ The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    job_id: str
    """ The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8") """
    metadata: JobMetadata
    """ Metadata of the job with some additional information """
    status_history: list[JobStatusHistoryItem]
    """ The history of the different statuses the job went through with the ISO string date
    of when the job reached each statuses. """
    progress: float
    """ Progress of the job (between 0 and 1) """
    job_type: JobJobType
    """ The type of job """
    status: JobStatus
    """ The current status of the job """
    updated_at: str
    """ The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        job_id: Any = UNSET
        if not isinstance(self.job_id, Unset):
            job_id = self.job_id

        metadata: Any = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status_history: Any = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        progress: Any = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress

        job_type: Any = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        author_id = self.author_id

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "jobId": job_id,
                "metadata": metadata,
                "statusHistory": status_history,
                "progress": progress,
                "jobType": job_type,
                "status": status,
                "updatedAt": updated_at,
            }
        )
        if created_at is UNSET:
            del field_dict["createdAt"]
        if job_id is UNSET:
            del field_dict["jobId"]
        if metadata is UNSET:
            del field_dict["metadata"]
        if status_history is UNSET:
            del field_dict["statusHistory"]
        if progress is UNSET:
            del field_dict["progress"]
        if job_type is UNSET:
            del field_dict["jobType"]
        if status is UNSET:
            del field_dict["status"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        created_at = d.pop("createdAt", UNSET)

        job_id = d.pop("jobId", UNSET)

        _metadata_raw = d.pop("metadata", UNSET)
        metadata: JobMetadata
        if isinstance(_metadata_raw, Unset):
            metadata = missing_required()
        else:
            metadata = JobMetadata.from_dict(_metadata_raw)

        _status_history_raw = d.pop("statusHistory", UNSET)
        status_history: list[JobStatusHistoryItem]
        if isinstance(_status_history_raw, Unset):
            status_history = missing_required()
        else:
            status_history = []
            _status_history = _status_history_raw
            for status_history_item_data in _status_history:
                status_history_item = JobStatusHistoryItem.from_dict(status_history_item_data)

                status_history.append(status_history_item)

        progress = d.pop("progress", UNSET)

        _job_type_raw = d.pop("jobType", UNSET)
        job_type: JobJobType
        if isinstance(_job_type_raw, Unset):
            job_type = missing_required()
        else:
            job_type = JobJobType(_job_type_raw)

        _status_raw = d.pop("status", UNSET)
        status: JobStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = JobStatus(_status_raw)

        updated_at = d.pop("updatedAt", UNSET)

        author_id = d.pop("authorId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        job = cls(
            created_at=created_at,
            job_id=job_id,
            metadata=metadata,
            status_history=status_history,
            progress=progress,
            job_type=job_type,
            status=status,
            updated_at=updated_at,
            author_id=author_id,
            owner_id=owner_id,
        )

        job.additional_properties = d
        return job

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
from ..models.job_metadata import JobMetadata
from ..models.job_status_history_item import JobStatusHistoryItem
