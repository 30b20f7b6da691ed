from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.job_job_type import JobJobType
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.job_metadata import JobMetadata
    from ..models.job_status_history_item import JobStatusHistoryItem


T = TypeVar("T", bound="Job")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "createdAt",
        "jobId",
        "metadata",
        "statusHistory",
        "progress",
        "authorId",
        "jobType",
        "ownerId",
        "status",
        "updatedAt",
    )
)


@_attrs_define
class Job:
    created_at: str | Unset = UNSET
    """ The job creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    job_id: str | Unset = UNSET
    """ The job ID (example: "job_ocZCnG1Df35XRL1QyCZSRxAG8") """
    metadata: JobMetadata | Unset = UNSET
    """ Metadata of the job with some additional information """
    status_history: list[JobStatusHistoryItem] | Unset = UNSET
    """ The history of the different statuses the job went through with the ISO string date
    of when the job reached each statuses. """
    progress: float | Unset = UNSET
    """ Progress of the job (between 0 and 1) """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    job_type: JobJobType | Unset = UNSET
    """ The type of job """
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D") """
    status: JobStatus | Unset = UNSET
    """ The current status of the job """
    updated_at: str | Unset = UNSET
    """ The job last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        job_id = self.job_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_history, Unset):
            status_history = []
            for status_history_item_data in self.status_history:
                status_history_item = status_history_item_data.to_dict()
                status_history.append(status_history_item)

        progress = self.progress

        author_id = self.author_id

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = str(self.job_type)

        owner_id = self.owner_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status_history is not UNSET:
            field_dict["statusHistory"] = status_history
        if progress is not UNSET:
            field_dict["progress"] = progress
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        job_id: str | Unset
        _v = d.get("jobId")
        if _v is None:
            job_id = UNSET
        elif isinstance(_v, str):
            job_id = _v
        else:
            job_id = UNSET
            bad = _p.note(bad, "jobId")

        metadata: Any  # JobMetadata | Unset, or the dict as sent: parsed on first read
        _v = d.get("metadata")
        if _v is None:
            metadata = UNSET
        elif _v.__class__ is dict:
            metadata = _v
        elif isinstance(_v, Mapping):
            metadata = dict(_v)
        else:
            metadata = UNSET
            bad = _p.note(bad, "metadata")

        status_history: Any  # list[JobStatusHistoryItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("statusHistory")
        if _v is None:
            status_history = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            status_history = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                status_history = _deferred_converters()["status_history"](_v)
            except _p.PayloadError:
                status_history = UNSET
                bad = _p.note(bad, "statusHistory")

        progress: float | Unset
        _v = d.get("progress")
        if _v is None:
            progress = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            progress = _v
        else:
            progress = UNSET
            bad = _p.note(bad, "progress")

        author_id: str | Unset
        _v = d.get("authorId")
        if _v is None:
            author_id = UNSET
        elif isinstance(_v, str):
            author_id = _v
        else:
            author_id = UNSET
            bad = _p.note(bad, "authorId")

        job_type: JobJobType | Unset
        _v = d.get("jobType")
        if _v is None:
            job_type = UNSET
        else:
            try:
                job_type = _p.enum_member(JobJobType, _v)
            except _p.PayloadError:
                job_type = UNSET
                bad = _p.note(bad, "jobType")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        status: JobStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(JobStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

        updated_at: str | Unset
        _v = d.get("updatedAt")
        if _v is None:
            updated_at = UNSET
        elif isinstance(_v, str):
            updated_at = _v
        else:
            updated_at = UNSET
            bad = _p.note(bad, "updatedAt")

        job = cls(
            created_at=created_at,
            job_id=job_id,
            metadata=metadata,
            status_history=status_history,
            progress=progress,
            author_id=author_id,
            job_type=job_type,
            owner_id=owner_id,
            status=status,
            updated_at=updated_at,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            job.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.job_metadata import JobMetadata  # noqa: PLC0415
    from ..models.job_status_history_item import JobStatusHistoryItem  # noqa: PLC0415

    return {
        "metadata": JobMetadata.from_dict,
        "status_history": _p.list_of(JobStatusHistoryItem.from_dict),
    }


_p.defer(
    Job,
    {
        "metadata": "dict",
        "status_history": "list",
    },
    _deferred_converters,
)
