"""Dry runs: Scenario's answer to a paid request sent with ``dryRun=true``.

Scenario answers a dry run with status 269 and ``DryRunResponse`` (``{"creativeUnitsCost": n,
"creativeUnitsDiscount": n}``) and does nothing. LowCodeAPI's open-source server turns the 269 into a 200 with
its usual envelope, so a dry run is recognised from the status, from the request (``dryRun=true`` was sent, by
the ``dry_run`` argument or ``extra_query``), or from a body that holds nothing but the cost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import httpx

from ._exceptions import ResponseDecodeError
from ._response import _decode, _model_from

__all__ = ["DRY_RUN_STATUS", "is_dry_run_request", "parse_model_bytes_or_dry_run", "parse_model_or_dry_run"]

DRY_RUN_STATUS = 269
_COST_KEYS = frozenset({"creativeUnitsCost", "creativeUnitsDiscount"})

T = TypeVar("T")
D = TypeVar("D")


def is_dry_run_request(response: httpx.Response) -> bool:
    """``response`` answers a request that asked for a dry run (query ``dryRun=true``, any case)."""
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand, without a request
        return False
    return any(value.strip().lower() == "true" for value in request.url.params.get_list("dryRun"))


def _is_cost_only(payload: object) -> bool:
    return type(payload) is dict and "creativeUnitsCost" in payload and payload.keys() <= _COST_KEYS


def parse_model_or_dry_run(
    response: httpx.Response,
    from_dict: Callable[[Mapping[str, Any]], T],
    dry_run_from_dict: Callable[[Mapping[str, Any]], D],
) -> T | D:
    """The operation's model, or ``DryRunResponse`` for a dry run (status 269, ``dryRun=true`` sent, or a body that
    is only the cost). A dry run's answer without ``creativeUnitsCost`` is a ``ResponseDecodeError``."""
    parsed = _parse(response, from_dict, dry_run_from_dict, False)
    return cast("T | D", parsed)  # bytes only when asked for (bytes_ok)


def parse_model_bytes_or_dry_run(
    response: httpx.Response,
    from_dict: Callable[[Mapping[str, Any]], T],
    dry_run_from_dict: Callable[[Mapping[str, Any]], D],
) -> T | bytes | D:
    """Like :func:`parse_model_or_dry_run`, for operations that may answer with a raw image (passed through by the
    proxy): a non-JSON body that is not a dry run's answer is returned as its bytes."""
    return _parse(response, from_dict, dry_run_from_dict, True)


def _parse(
    response: httpx.Response,
    from_dict: Callable[[Mapping[str, Any]], T],
    dry_run_from_dict: Callable[[Mapping[str, Any]], D],
    bytes_ok: bool,
) -> T | bytes | D:
    payload = _decode(response)
    try:
        if _is_dry_run(response, payload):
            return _model_from(response, payload, dry_run_from_dict)
        if bytes_ok and isinstance(payload, bytes):
            return payload
        return _model_from(response, payload, from_dict)
    except ResponseDecodeError:
        del payload  # it may echo the token (see _response._model_from)
        raise


def _is_dry_run(response: httpx.Response, payload: object) -> bool:
    return response.status_code == DRY_RUN_STATUS or is_dry_run_request(response) or _is_cost_only(payload)
