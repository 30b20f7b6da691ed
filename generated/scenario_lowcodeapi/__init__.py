"""Typed Python client for the Scenario image-generation API through the LowCodeAPI proxy.

Imports are lazy: ``import scenario_lowcodeapi`` loads almost nothing until a name is used.
"""

from typing import TYPE_CHECKING, Any, NamedTuple

__version__ = "1.0.0"


class SpecInfo(NamedTuple):
    """The LowCodeAPI spec this package was generated from: the sha256 of the vendored file and its fetch date."""

    sha256: str
    fetched: str


SPEC = SpecInfo(sha256="c24853f7b2c247bcc5135fcee025e32958c3d69bb31aebebd9acbad9edfd7a98", fetched="2026-11-30")

if TYPE_CHECKING:
    from ._base_client import Client
    from ._batch import BatchEstimate, BatchItem, BatchProgress, BatchResult
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
    from ._pagination import AsyncPage, AsyncPaginator, NoMorePagesError, SyncPage
    from ._parsing import PayloadError
    from ._resources import AsyncScenario, Scenario
    from ._response import APIResponse
    from ._wait import InferenceFailedError, InferenceNotSucceededError, TrainingFailedError, WaitTimeoutError
    from .client import AuthenticatedClient
    from .types import UNSET, Response, Unset

_LAZY = {
    "Client": "._base_client",
    "AuthenticatedClient": ".client",
    "BudgetExceededError": "._batch_results",
    "APIConnectionError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "InternalServerError": "._exceptions",
    "LowCodeAPIError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "ResponseDecodeError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "InvalidImageError": "._images",
    "JournalLockedError": "._journal",
    "NoMorePagesError": "._pagination",
    "PayloadError": "._parsing",
    "InferenceFailedError": "._wait",
    "InferenceNotSucceededError": "._wait",
    "TrainingFailedError": "._wait",
    "WaitTimeoutError": "._wait",
    "UNSET": ".types",
    "Response": ".types",
    "Unset": ".types",
    "Scenario": "._resources",
    "AsyncScenario": "._resources",
    "SyncPage": "._pagination",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "APIResponse": "._response",
    "BatchResult": "._batch",
    "BatchItem": "._batch",
    "BatchProgress": "._batch",
    "BatchEstimate": "._batch",
}

__all__ = [
    "SPEC",
    "SpecInfo",
    "__version__",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncScenario",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchEstimate",
    "BatchItem",
    "BatchProgress",
    "BatchResult",
    "BudgetExceededError",
    "Client",
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
    "Response",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "Scenario",
    "SyncPage",
    "TrainingFailedError",
    "UNSET",
    "Unset",
    "WaitTimeoutError",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
