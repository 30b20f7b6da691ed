"""Every exception class this package defines, in one place: ``from scenario_lowcodeapi.errors import NotFoundError``.
Invalid arguments (a bad ``timeout``, ``max_retries``, header value...) also raise the builtin ``ValueError``.

``LowCodeAPIError`` is the base of all of them. HTTP answers: ``APIStatusError`` and its per-status subclasses.
No answer: ``APIConnectionError`` / ``APITimeoutError``.
An answer longer than ``max_response_bytes``: ``ResponseTooLargeError``. Waiting helpers: ``InferenceFailedError``,
``TrainingFailedError``, ``WaitTimeoutError``; ``download_images``: ``InferenceNotSucceededError``. Batches:
``BudgetExceededError``, ``JournalLockedError``. Pagination: ``NoMorePagesError``. Image arguments and image data:
``InvalidImageError`` (also a ``ValueError``). ``Model.from_dict(...)`` called directly on a payload it cannot
read: ``PayloadError`` (a ``ValueError`` naming the JSON path; the client's own calls turn it into
``ResponseDecodeError``).
"""

from ._batch_results import BudgetExceededError
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LowCodeAPIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
)
from ._images import InvalidImageError
from ._journal import JournalLockedError
from ._pagination import NoMorePagesError
from ._parsing import PayloadError
from ._wait import InferenceFailedError, InferenceNotSucceededError, TrainingFailedError, WaitTimeoutError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "InferenceFailedError",
    "InferenceNotSucceededError",
    "InternalServerError",
    "InvalidImageError",
    "JournalLockedError",
    "LowCodeAPIError",
    "NoMorePagesError",
    "NotFoundError",
    "PayloadError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "TrainingFailedError",
    "WaitTimeoutError",
]
