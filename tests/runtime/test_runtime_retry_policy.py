"""retry_after_seconds, backoff_delay and the retry decisions (pure functions)."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from codegen.runtime._retry import (
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    backoff_delay,
    check_retry_policy,
    default_retry_policy,
    retry_after_seconds,
    should_retry_exception,
    should_retry_response,
)
from codegen.runtime._routing import Route


def http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"Retry-After": " 1.5 "}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "junk", "retry-after": "9"}, 9.0),
        ({"retry-after": "-5"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": http_date(-3600)}, 0.0),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(headers) == expected
    assert retry_after_seconds(httpx.Headers(headers)) == expected


def test_retry_after_http_date() -> None:
    wait = retry_after_seconds({"Retry-After": http_date(30)})
    assert wait is not None and 28.0 <= wait <= 30.5
    wait = retry_after_seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"})
    assert wait == 0.0


def test_max_retry_after() -> None:
    assert MAX_RETRY_AFTER == 60.0
    assert RETRYABLE_STATUSES == {408, 429, 500, 502, 503, 504}


@pytest.mark.parametrize("retries_taken", range(12))
def test_backoff_bounds(retries_taken: int) -> None:
    nominal = min(0.5 * 2**retries_taken, 8.0)
    samples = [backoff_delay(retries_taken) for _ in range(200)]
    assert all(0.75 * nominal <= s <= nominal for s in samples)
    assert len(set(samples)) > 1  # jittered
    assert max(samples) <= 8.0


def test_backoff_grows() -> None:
    assert backoff_delay(0) <= 0.5 and backoff_delay(3) >= 3.0 and backoff_delay(50) >= 6.0


@pytest.mark.parametrize("status", sorted(RETRYABLE_STATUSES))
def test_safe_operations_retry_every_retryable_status(status: int) -> None:
    assert should_retry_response("safe", status)


def test_unsent_only_operations_retry_only_429() -> None:
    assert should_retry_response("unsent-only", 429)
    for status in RETRYABLE_STATUSES - {429}:
        assert not should_retry_response("unsent-only", status)


@pytest.mark.parametrize("status", [200, 201, 301, 400, 401, 403, 404, 409, 422, 501, 505])
def test_non_retryable_statuses(status: int) -> None:
    assert not should_retry_response("safe", status)
    assert not should_retry_response("unsent-only", status)


REQUEST = httpx.Request("GET", "https://example.test/")
NEVER_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
    httpx.LocalProtocolError,
    httpx.ProxyError,
]


@pytest.mark.parametrize("exc_type", NEVER_SENT + MAYBE_SENT)
def test_safe_operations_retry_transport_errors(exc_type: type[httpx.TransportError]) -> None:
    assert should_retry_exception("safe", exc_type("x", request=REQUEST))


@pytest.mark.parametrize("exc_type", NEVER_SENT)
def test_unsent_only_retries_when_never_sent(exc_type: type[httpx.TransportError]) -> None:
    assert should_retry_exception("unsent-only", exc_type("x", request=REQUEST))


@pytest.mark.parametrize("exc_type", MAYBE_SENT)
def test_unsent_only_never_retries_what_may_have_reached_the_server(exc_type: type[httpx.TransportError]) -> None:
    assert not should_retry_exception("unsent-only", exc_type("x", request=REQUEST))


def test_non_transport_errors_are_not_retried() -> None:
    assert not should_retry_exception("safe", httpx.UnsupportedProtocol("ftp", request=REQUEST))
    assert not should_retry_exception("safe", httpx.DecodingError("gzip", request=REQUEST))
    assert not should_retry_exception("safe", ValueError("x"))


@pytest.mark.parametrize(
    ("method", "expected"),
    [("GET", "safe"), ("get", "safe"), ("HEAD", "safe"), ("OPTIONS", "safe"), ("PUT", "unsent-only")]
    + [("DELETE", "unsent-only"), ("POST", "unsent-only"), ("PATCH", "unsent-only")],
)
def test_default_policy_is_the_safe_side(method: str, expected: str) -> None:
    assert default_retry_policy(method) == expected
    assert Route.from_template(method, "/v1/x").retry == expected


def test_declared_policy_wins_and_is_checked() -> None:
    assert Route.from_template("PUT", "/v1/models/{modelId}", "safe").retry == "safe"
    assert Route.from_template("GET", "/v1/models", "unsent-only").retry == "unsent-only"
    assert check_retry_policy("safe") == "safe"
    with pytest.raises(ValueError, match="retry of PUT /v1/x must be 'safe' or 'unsent-only', got 'idempotent'"):
        Route("PUT", "/v1/x", retry="idempotent")  # type: ignore[arg-type]
