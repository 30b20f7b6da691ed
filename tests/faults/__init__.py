"""A raw HTTP/1.1 fault server on 127.0.0.1 for the reliability tests (see :mod:`tests.faults.server`)."""

from .server import Fault, FaultServer

__all__ = ["Fault", "FaultServer"]
