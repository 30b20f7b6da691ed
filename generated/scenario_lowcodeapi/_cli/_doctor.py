"""``doctor``: does my setup work, and is my pinned version still right?

One line per check, in this order: ``connection`` (base URL reachable, TLS, latency), ``token`` (present, and
accepted by one free read, ``GET /v1/models?pageSize=1``; if not, which side refused it), ``url format`` (which of
LowCodeAPI's two URL formats route ``GET /v1/models/{modelId}``), ``envelope`` (``data`` or ``result``), ``spec``
(the spec served now against ``_manifest.json``, what this build was generated from), ``versions``.

Every request is a GET that costs nothing, bounded by ``--timeout`` (and a size cap); the token is sent only to
the base URL, as the client sends it, and never printed. Exit status: 0 all good (warnings allowed), 1 a problem,
2 could not check (and no problem found).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._config import DEFAULT_BASE_URL, _is_loopback, _normalize_base_url
from .._envelope import is_route_miss
from .._exceptions import content_type, one_line
from .._redact import Secrets, logger, redact_text, redact_url
from .._spec_check import Change, compare, load_manifest, manifest_of
from ._common import Context, UsageError
from ._output import Status
from ._refusal import Refusal, classify_refusal

__all__ = ["Refusal", "classify_refusal", "register", "spec_url_for"]

# LowCodeAPI's public spec: served by its backend host, not by the API host the client talks to.
PUBLIC_SPEC_URL = "https://backend.lowcodeapi.com/scenario/openapi"
_MAX_BODY = 2 * 1024 * 1024
_MAX_SPEC = 32 * 1024 * 1024
_PROBE_ID = "doctor-probe"  # a model ID for the format probe when the token cannot list one: a 404 still tells


# --- bounded GETs ----------------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    body: bytes
    media_type: str
    elapsed_ms: float
    tls: str | None
    response: httpx.Response

    def json(self) -> object:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


class Unreachable(Exception):
    """A GET got no HTTP answer: one line saying why (never the URL: it may hold the token)."""


def _tls_version(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    try:
        ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
        return str(ssl_object.version()) if ssl_object is not None else None
    except Exception:  # noqa: BLE001 - a transport without this detail: say nothing about the version
        return None


def _why(exc: Exception, timeout: float) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer within {timeout:g} s ({type(exc).__name__})"
    if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "TLS" in text:
        return f"TLS failed: {text}"
    return text


def _get(
    http: httpx.Client, url: str, params: Mapping[str, str], timeout: float, limit: int, secrets: Secrets
) -> Answer:
    """GET ``url``; the whole answer within about ``timeout`` seconds and ``limit`` bytes, or :class:`Unreachable`."""
    start = time.monotonic()
    deadline = start + timeout
    try:
        with http.stream("GET", url, params=params) as response:
            tls = _tls_version(response)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise Unreachable(f"answer larger than {limit // (1024 * 1024)} MB: stopped reading")
                if time.monotonic() > deadline:
                    raise Unreachable(f"answer not complete within {timeout:g} s")
                chunks.append(chunk)
            elapsed = (time.monotonic() - start) * 1000
            logger.debug(
                "doctor: GET %s -> %s in %.0f ms", redact_url(response.request.url), response.status_code, elapsed
            )
            body = b"".join(chunks)
            response._content = body  # as Response.read() stores it: .content works after the stream is closed
            return Answer(response.status_code, body, content_type(response), elapsed, tls, response)
    except httpx.HTTPError as exc:
        raise Unreachable(one_line(redact_text(_why(exc, timeout), secrets), 200)) from None


# --- the checks ------------------------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    status: Status = "unknown"
    summary: str = ""
    details: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def set(self, status: Status, summary: str, **data: Any) -> None:
        self.status, self.summary = status, summary
        self.data.update(data)


def spec_url_for(base_url: str) -> str:
    """Where LowCodeAPI serves the spec for ``base_url``: the public backend for the public proxy, else
    ``<base_url>/openapi`` (a self-hosted server or a stand-in)."""
    if base_url.rstrip("/") == DEFAULT_BASE_URL:
        return PUBLIC_SPEC_URL
    return base_url.rstrip("/") + "/openapi"


def _envelope_of(body: object) -> str | None:
    if isinstance(body, dict):
        if "data" in body and ("provider" not in body or len(body) == 1):
            return "data"
        if "provider" in body and ("result" in body or "error" in body):
            return "result"
    return None


_ENVELOPE_WORDS = {
    "data": 'data: {"data": ...}, as LowCodeAPI\'s provider docs describe',
    "result": 'result: {"provider", "result": ...}, as LowCodeAPI\'s open-source server answers',
}


class Doctor:
    def __init__(self, ctx: Context, base_url: str) -> None:
        self.ctx = ctx
        self.timeout = ctx.timeout
        self.base_url = base_url
        self.token = ctx.token()
        self.secrets = Secrets(self.token or "")  # this token, in every form a server may echo it
        self.checks = {
            name: Check(name) for name in ("connection", "token", "url format", "envelope", "spec", "versions")
        }

    def params(self, **extra: str) -> dict[str, str]:
        return {**extra, **({"api_token": self.token} if self.token else {})}

    def run(self, http: httpx.Client) -> None:
        listing = self.check_connection_and_token(http)
        self.check_envelope(listing)
        self.check_url_format(http, listing)
        self.check_spec(http)
        self.check_versions()

    def check_connection_and_token(self, http: httpx.Client) -> Answer | None:
        conn, tok = self.checks["connection"], self.checks["token"]
        env = f"${self.ctx.token_env}"
        tok.data.update(env=self.ctx.token_env, present=self.token is not None)
        try:
            answer = _get(
                http, self.base_url + "/v1/models", self.params(pageSize="1"), self.timeout, _MAX_BODY, self.secrets
            )
        except Unreachable as exc:
            conn.set("fail", f"cannot reach {self.host()}: {exc}", reachable=False)
            if self.token is None:
                tok.set("fail", f"not set: {env} is empty", accepted=None)
            else:
                tok.set("unknown", "present, not checked (no connection)", accepted=None)
            return None
        parts = urlsplit(self.base_url)
        if parts.scheme == "https":
            security = f"TLS verified ({answer.tls})" if answer.tls else "TLS verified"
            status: Status = "ok"
        elif _is_loopback(parts.hostname):
            security, status = "plain HTTP (loopback)", "ok"
        else:
            security, status = "plain HTTP: the token would cross the network in cleartext, use https://", "warn"
        conn.set(
            status,
            f"{self.host()} answered HTTP {answer.status} in {answer.elapsed_ms:.0f} ms; {security}",
            reachable=True,
            status_code=answer.status,
            latency_ms=round(answer.elapsed_ms, 1),
            tls=answer.tls if parts.scheme == "https" else None,
        )
        if self.token is None:
            tok.set("fail", f"not set: {env} is empty (or --api-token-env NAME)", accepted=None)
        elif 200 <= answer.status < 300:
            tok.set("ok", f"{env} accepted (one free read: GET /v1/models?pageSize=1)", accepted=True)
        else:
            refusal = classify_refusal(answer.status, answer.json(), self.secrets)
            tok.set(
                "fail",
                f"{env} refused: {redact_text(refusal.reason, self.secrets)}",
                accepted=False,
                status_code=answer.status,
                refused_by=refusal.side,
                refusal=refusal.kind,
            )
        return answer

    def host(self) -> str:
        parts = urlsplit(self.base_url)
        return parts.netloc.rpartition("@")[2] or self.base_url

    def check_envelope(self, listing: Answer | None) -> None:
        check = self.checks["envelope"]
        if listing is None:
            check.set("unknown", "not checked (no connection)", envelope=None)
            return
        envelope = _envelope_of(listing.json())
        if envelope is None:
            check.set("warn", f"unrecognised answer ({listing.media_type or 'no content type'})", envelope=None)
        elif 200 <= listing.status < 300:
            check.set("ok", _ENVELOPE_WORDS[envelope], envelope=envelope)
        else:
            check.set("ok", _ENVELOPE_WORDS[envelope] + " (read from an error answer)", envelope=envelope)

    def check_url_format(self, http: httpx.Client, listing: Answer | None) -> None:
        check = self.checks["url format"]
        if listing is None:
            check.set("unknown", "not checked (no connection)", new=None, old=None)
            return
        model_id = _PROBE_ID
        body = listing.json()
        if 200 <= listing.status < 300 and isinstance(body, dict):
            payload = body.get("data", body.get("result"))
            models = payload.get("models") if isinstance(payload, dict) else None
            if isinstance(models, list) and models and isinstance(models[0], dict):
                model_id = str(models[0].get("id") or _PROBE_ID)
        routed: dict[str, bool | None] = {}
        for fmt, path, extra in (
            ("new", "/v1/models/" + _quote(model_id), {}),
            ("old", "/v1/models/modelId", {"modelId": model_id}),
        ):
            try:
                answer = _get(http, self.base_url + path, self.params(**extra), self.timeout, _MAX_BODY, self.secrets)
            except Unreachable as exc:
                check.details.append(f"{fmt} format: {exc}")
                routed[fmt] = None
                continue
            routed[fmt] = not is_route_miss(answer.response)
        new, old = routed["new"], routed["old"]
        if new is None or old is None:
            check.set("unknown", "could not probe both formats", new=new, old=old)
        elif new and old:
            check.set("ok", "new and old (the client uses new: /v1/models/{modelId})", new=True, old=True)
        elif new:
            check.set("ok", "new only (/v1/models/{modelId}; the client's default)", new=True, old=False)
        elif old:
            check.set(
                "warn",
                "old only (/v1/models/modelId?modelId=...), like LowCodeAPI's open-source server: the client falls "
                "back after one 404 per route; Scenario(url_format='old') saves it",
                new=False,
                old=True,
            )
        else:
            check.set(
                "fail", "neither format routes GET /v1/models/{modelId}: is this LowCodeAPI?", new=False, old=False
            )

    def check_spec(self, http: httpx.Client) -> None:
        check = self.checks["spec"]
        source = self.ctx.args.spec or spec_url_for(self.base_url)
        check.data["source"] = shown = _shown(source)
        try:
            raw = self._read_spec(http, source)
            served = manifest_of(json.loads(raw))
        except (OSError, Unreachable, ValueError) as exc:
            text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            check.set("unknown", f"could not read {shown}: {one_line(text, 160)} (--spec PATH|URL)")
            return
        from .. import SPEC

        ours = load_manifest()
        changes = compare(ours, served)
        same_file = hashlib.sha256(raw).hexdigest() == SPEC.sha256
        by_impact: dict[str, list[Change]] = {"breaking": [], "additive": [], "compatible": []}
        for change in changes:
            by_impact[change.impact].append(change)
        check.data.update(
            same_file=same_file,
            operations=len(served["operations"]),
            **{impact: [c.as_dict() for c in items] for impact, items in by_impact.items()},
        )
        n_ops = len(ours["operations"])
        if not changes:
            what = "the same file" if same_file else "same operations and parameters"
            check.set("ok", f"{what} as this build ({n_ops} operations, SPEC {SPEC.sha256[:12]})")
            return
        breaking, additive = by_impact["breaking"], by_impact["additive"] + by_impact["compatible"]
        for change in breaking + additive:
            check.details.append(f"{'-' if change.impact == 'breaking' else '+'} {change.operation}: {change.text}")
        if breaking:
            check.set(
                "fail",
                f"drifted: {len(breaking)} change(s) break calls this version makes"
                + (f", {len(additive)} compatible" if additive else ""),
            )
        else:
            check.set("ok", f"compatible: {len(additive)} change(s) an upgrade would bring, none breaking")

    def _read_spec(self, http: httpx.Client, source: str) -> bytes:
        if source.startswith(("http://", "https://")):
            answer = _get(http, source, {}, self.timeout, _MAX_SPEC, self.secrets)  # no token: the spec is public
            if not 200 <= answer.status < 300:
                raise Unreachable(f"HTTP {answer.status}")
            return answer.body
        path = Path(source)
        if path.stat().st_size > _MAX_SPEC:
            raise ValueError(f"larger than {_MAX_SPEC // (1024 * 1024)} MB")
        return path.read_bytes()

    def check_versions(self) -> None:
        import platform

        from .. import SPEC, __version__

        check = self.checks["versions"]
        check.set(
            "ok",
            f"scenario-lowcodeapi {__version__}, SPEC {SPEC.sha256[:12]} ({SPEC.fetched}), "
            f"Python {platform.python_version()}, httpx {httpx.__version__}",
            package=__version__,
            spec_sha256=SPEC.sha256,
            spec_fetched=SPEC.fetched,
            python=platform.python_version(),
            httpx=httpx.__version__,
        )

    def exit_status(self) -> int:
        statuses = {check.status for check in self.checks.values()}
        return 1 if "fail" in statuses else 2 if "unknown" in statuses else 0


def _shown(url: str) -> str:
    """``url`` without a ``user:password@`` part, for printing."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl() if "@" in parts.netloc else url


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


_VERDICT = {0: "all good", 1: "a problem", 2: "could not check everything"}


def cmd_doctor(ctx: Context) -> int:
    try:
        base_url = _normalize_base_url(ctx.base_url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    doctor = Doctor(ctx, base_url)
    out = ctx.out
    shown = _shown(base_url)
    out.line(f"LowCodeAPI at {shown} (from {ctx.base_url_source})")
    with httpx.Client(timeout=httpx.Timeout(ctx.timeout), follow_redirects=False) as http:
        doctor.run(http)
    status = doctor.exit_status()
    if out.json:
        out.document(
            {
                "status": _VERDICT[status],
                "exit_status": status,
                "base_url": shown,
                "checks": {
                    name.replace(" ", "_"): {"status": c.status, "summary": c.summary, "details": c.details, **c.data}
                    for name, c in doctor.checks.items()
                },
            }
        )
        return status
    for check in doctor.checks.values():
        out.check(check.status, check.name, check.summary, check.details)
    out.line(f"doctor: {_VERDICT[status]} (exit status {status})")
    return status


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    doctor = subparsers.add_parser(
        "doctor",
        help="check the setup: connection, token, URL format, envelope, spec drift, versions",
        description="Check the setup with free requests only; exit 0 all good, 1 a problem, 2 could not check.",
        parents=[common],
    )
    doctor.add_argument(
        "--spec",
        metavar="PATH|URL",
        help="compare this spec file or URL with the build's (default: the spec LowCodeAPI serves)",
    )
    doctor.set_defaults(handler=cmd_doctor)
