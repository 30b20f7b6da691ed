"""Downloads of generated images from Scenario's CDN: a bare GET that carries nothing of LowCodeAPI's (the token, the
client's headers), bounded in time and size, written atomically to ``folder/<stem><ext>``, and skipped when a
complete file is already there (a re-run resumes)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ._deadline import scope as deadline_scope
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    LowCodeAPIError,
    ResponseTooLargeError,
    content_type,
    one_line,
)
from ._images import UNINFORMATIVE_MIME, AtomicFile, extension_for, sniff_mime

__all__ = ["adownload", "download", "existing_download", "glob_escape"]


def _display_url(url: str | httpx.URL) -> str:
    """``url`` for messages: no user info, query string or fragment (signed CDN URLs carry secrets there)."""
    try:
        parts = urlsplit(str(url))
    except ValueError:
        return "<invalid URL>"
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{host}{port}{parts.path}" if parts.scheme else parts.path


def _check_stem(stem: str) -> None:
    if not stem or stem in (".", "..") or "/" in stem or "\\" in stem or "\x00" in stem:
        raise LowCodeAPIError(f"invalid file name stem {stem!r}: it must be a plain file name")


def _build_request(client: httpx.Client | httpx.AsyncClient, url: str) -> httpx.Request:
    """A bare GET: none of the client's params, headers (but User-Agent), cookies or base URL, so nothing meant
    for LowCodeAPI (the token, credential headers) reaches the CDN. The client's timeout still applies."""
    try:
        target = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise LowCodeAPIError(f"invalid download URL: {_display_url(url)}") from None
    if target.scheme not in ("http", "https") or not target.host:
        raise LowCodeAPIError(f"not an absolute http(s) URL: {_display_url(url)}")
    headers = {"Accept": "*/*"}
    agent = client.headers.get("User-Agent")
    if agent:
        headers["User-Agent"] = agent
    return httpx.Request("GET", target, headers=headers, extensions={"timeout": client.timeout.as_dict()})


def _transport_error(exc: httpx.RequestError, url: str, limits: _Sink | None = None) -> APIConnectionError:
    if limits is not None and isinstance(exc, httpx.TimeoutException) and limits.passed():
        return limits.timed_out()  # a socket read cut at the download's deadline (see _deadline)
    kind = type(exc).__name__
    where = f"for GET {_display_url(url)}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Download timed out ({kind}) {where}")
    return APIConnectionError(f"Download failed ({kind}) {where}")


def _status_error(response: httpx.Response, url: str) -> LowCodeAPIError:
    reason = one_line(response.reason_phrase, 80) if response.reason_phrase else ""
    status = f"{response.status_code} {reason}".rstrip()
    return LowCodeAPIError(f"download failed: HTTP {status} for GET {_display_url(url)}")


def _extension(response: httpx.Response, head: bytes) -> str:
    mime = content_type(response)
    if mime in UNINFORMATIVE_MIME:
        mime = sniff_mime(head, "")
    if mime:
        return extension_for(mime)
    suffix = Path(urlsplit(str(response.url)).path).suffix.lower()
    return suffix if 1 < len(suffix) <= 6 and suffix[1:].isalnum() else ".bin"


def _prepare_folder(folder: str | os.PathLike[str], stem: str) -> Path:
    _check_stem(stem)
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def existing_download(folder: Path, stem: str) -> Path | None:
    """The complete file ``folder/<stem>.<ext>`` a previous download left, if any. Downloads are written to a
    hidden temporary name (``.<stem>.*.part``) and renamed when complete, so a file with the final name is whole."""
    for candidate in sorted(folder.glob(f"{glob_escape(stem)}.*")):
        if candidate.is_file() and candidate.suffix != ".part" and candidate.stem == stem:
            return candidate
    return None


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


class _Sink:
    """Counts what a download wrote against its limits: ``max_bytes`` (decoded) and the ``deadline`` (checked as
    each chunk arrives; the socket reads of the package's own client are also capped by it, see ``_deadline``)."""

    __slots__ = ("deadline", "limit", "max_bytes", "total", "url")

    def __init__(self, url: str, limit: float | None, max_bytes: int | None) -> None:
        self.url = url
        self.limit = limit
        self.deadline = None if limit is None else time.monotonic() + limit
        self.max_bytes = max_bytes
        self.total = 0

    def check(self, chunk: bytes) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.timed_out()
        self.total += len(chunk)
        if self.max_bytes is not None and self.total > self.max_bytes:
            raise ResponseTooLargeError(
                f"Download from GET {_display_url(self.url)} is larger than max_response_bytes={self.max_bytes}; "
                "not read further",
                limit=self.max_bytes,
            )

    def passed(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline - 0.01

    def timed_out(self) -> APITimeoutError:
        return APITimeoutError(f"Download took longer than {self.limit:g} s for GET {_display_url(self.url)}")


def download(
    client: httpx.Client,
    url: str,
    folder: str | os.PathLike[str],
    stem: str,
    *,
    limit: float | None = None,
    max_bytes: int | None = None,
    skip_existing: bool = False,
) -> Path:
    """GET ``url`` (a Scenario CDN URL) with ``client``, and write the body to ``folder/<stem><ext>``.

    The extension comes from the response's content type (``image/png`` -> ``.png``, ``image/jpeg`` -> ``.jpg``),
    else from the bytes. Nothing of LowCodeAPI's (the ``api_token``, the client's headers) is sent. The file is
    written atomically (a temporary file renamed into place). A non-2xx answer or a transport failure raises
    :class:`LowCodeAPIError` (a one-line message, without the URL's query string). ``limit``: seconds the whole
    download may take (:class:`APITimeoutError` past it); ``max_bytes``: the longest image (decoded),
    :class:`ResponseTooLargeError` past it. Returns the path written.
    With ``skip_existing``, a complete ``folder/<stem>.<ext>`` already there is returned without a request.
    """
    target = _prepare_folder(folder, stem)
    if skip_existing and (found := existing_download(target, stem)) is not None:
        return found
    request = _build_request(client, url)
    sink_limits = _Sink(url, limit, max_bytes)
    if limit is not None and limit <= 0:
        raise sink_limits.timed_out()
    with deadline_scope(sink_limits.deadline):  # caps each socket operation of the package's own client
        try:
            response = client.send(request, stream=True, auth=None, follow_redirects=True)
        except httpx.RequestError as exc:
            raise _transport_error(exc, url, sink_limits) from None
        try:
            if not response.is_success:
                raise _status_error(response, url)
            with AtomicFile(target, stem) as sink:
                try:
                    for chunk in response.iter_bytes():
                        sink_limits.check(chunk)
                        sink.write(chunk)
                except httpx.RequestError as exc:
                    raise _transport_error(exc, url, sink_limits) from None
                path = target / (stem + _extension(response, sink.head))
                sink.commit(path)
        finally:
            response.close()
    return path


async def adownload(
    client: httpx.AsyncClient,
    url: str,
    folder: str | os.PathLike[str],
    stem: str,
    *,
    limit: float | None = None,
    max_bytes: int | None = None,
    skip_existing: bool = False,
) -> Path:
    """:func:`download` with an ``httpx.AsyncClient`` (cancelled at ``limit``)."""
    import asyncio

    target = _prepare_folder(folder, stem)
    if skip_existing and (found := existing_download(target, stem)) is not None:
        return found
    sink_limits = _Sink(url, limit, max_bytes)
    if limit is not None and limit <= 0:
        raise sink_limits.timed_out()
    try:
        async with asyncio.timeout(limit):
            return await _adownload(client, url, target, stem, sink_limits)
    except TimeoutError:
        raise sink_limits.timed_out() from None


async def _adownload(client: httpx.AsyncClient, url: str, target: Path, stem: str, limits: _Sink) -> Path:
    request = _build_request(client, url)
    try:
        response = await client.send(request, stream=True, auth=None, follow_redirects=True)
    except httpx.RequestError as exc:
        raise _transport_error(exc, url) from None
    try:
        if not response.is_success:
            raise _status_error(response, url)
        with AtomicFile(target, stem) as sink:
            try:
                async for chunk in response.aiter_bytes():
                    limits.check(chunk)
                    sink.write(chunk)
            except httpx.RequestError as exc:
                raise _transport_error(exc, url) from None
            path = target / (stem + _extension(response, sink.head))
            sink.commit(path)
    finally:
        await response.aclose()
    return path
