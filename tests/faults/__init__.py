"""A raw HTTP/1.1 fault server on 127.0.0.1 for the reliability tests (see :mod:`tests.faults.server`)."""

from .server import Fault, FaultServer

__all__ = ["Fault", "FaultServer", "no_async_sleep", "no_sleep"]


def no_sleep(_: float) -> None:
    """A client's ``_sleep``: retry at once."""
    return None


async def no_async_sleep(_: float) -> None:
    """A client's ``_async_sleep``: retry at once."""
    return None
