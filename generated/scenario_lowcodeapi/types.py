"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from ._parsing import PayloadError  # what from_dict raises on data it cannot build a model from


class Unset:
    """The type of UNSET: a field the payload did not carry, or an argument the caller did not pass."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # One instance per process: copies and unpickled values are that instance, so `x is UNSET`, `==` between a
    # model and its copy, and `to_dict()` (which leaves UNSET fields out) hold after copy, deepcopy and pickle.
    def __reduce__(self) -> str:
        return "UNSET"  # pickle: the module-level name `UNSET` of this module

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: object) -> "Unset":
        return self


UNSET: Unset = Unset()


def missing_required() -> Any:
    """UNSET for a field a *request* schema calls required but the data given to ``from_dict`` lacks.

    Response models never need it: there a field typed without ``| Unset`` is guaranteed (parsing raises
    ``PayloadError`` naming its path when it cannot fill one; see ``_parsing``), and every field Scenario may
    leave out is typed ``X | Unset``.
    """
    return UNSET


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "PayloadError", "RequestFiles", "Response", "Unset", "missing_required"]
