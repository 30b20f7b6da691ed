"""Scripted httpx.MockTransport handlers and a client wired to them (no network, no real sleeping)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx

from codegen.runtime._base_client import Client
from tests.wire import EXPRESS_404, snapshot

TOKEN = "at_T0ps3cr3t-xyz987"
BASE = "https://api.lowcodeapi.com/scenario"

Step = Callable[[httpx.Request], httpx.Response]
Handler = Callable[[httpx.Request], httpx.Response]


def respond(
    status: int = 200,
    body: Any = None,
    *,
    text: str | None = None,
    content: bytes | None = None,
    content_type: str | None = None,
    headers: dict[str, str] | None = None,
) -> Step:
    """A step answering ``status`` with a JSON ``body`` (default), ``text`` or raw ``content``."""

    def step(request: httpx.Request) -> httpx.Response:
        hdrs = dict(headers or {})
        if content is not None:
            data = content
            hdrs.setdefault("content-type", content_type or "application/octet-stream")
        elif text is not None:
            data = text.encode()
            hdrs.setdefault("content-type", content_type or "text/plain; charset=utf-8")
        else:
            data = json.dumps(body if body is not None else {"data": {}}).encode()
            hdrs.setdefault("content-type", content_type or "application/json; charset=utf-8")
        return httpx.Response(status, content=data, headers=hdrs, request=request)

    return step


def fail(exc_type: type[httpx.RequestError], message: str = "boom") -> Step:
    """A step raising ``exc_type`` the way httpx does (with the request attached)."""

    def step(request: httpx.Request) -> httpx.Response:
        raise exc_type(message.format(url=request.url), request=request)

    return step


def html_404(request: httpx.Request) -> httpx.Response:
    """Express's route miss: ``Cannot GET /path`` as HTML."""
    page = EXPRESS_404.format(method="GET", path=request.url.path)
    return httpx.Response(404, text=page, headers={"content-type": "text/html; charset=utf-8"}, request=request)


class Script:
    """Answers request n with step n; the last step repeats. Records every request."""

    def __init__(self, *steps: Step) -> None:
        assert steps
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = min(len(self.requests), len(self.steps) - 1)
        self.requests.append(snapshot(request))
        return self.steps[index](request)


def is_old_format(request: httpx.Request) -> bool:
    return request.url.path.endswith("/modelId") or "/modelId/" in request.url.path


class Proxy:
    """A LowCodeAPI deployment serving routes with path parameters in ``formats`` ("new", "old" or both).

    Unrouted requests get Express's HTML 404. ``missing`` model ids get Scenario's JSON 404 through the proxy.
    """

    def __init__(self, *formats: str, missing: tuple[str, ...] = (), json_route_miss: bool = False) -> None:
        self.formats = set(formats)
        self.missing = set(missing)
        self.json_route_miss = json_route_miss  # answer unrouted requests {"message": "Not Found"} instead of HTML
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(snapshot(request))
        query = parse_qs(request.url.query.decode())
        path = request.url.path
        if path == "/scenario/v1/models":
            return respond(200, {"data": {"models": []}})(request)
        old = is_old_format(request)
        if ("old" if old else "new") not in self.formats:
            if self.json_route_miss:
                return respond(404, {"message": "Not Found"})(request)
            return html_404(request)
        model_id = query["modelId"][0] if old else path.rsplit("/", 1)[1]
        if model_id in self.missing:
            body = {"data": {"error": {"message": "Model not found", "code": "NOT_FOUND"}}}
            return respond(404, body)(request)
        return respond(200, {"data": {"model": {"id": model_id}}})(request)

    @property
    def old_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if is_old_format(r)]


class Sleeps:
    """Stand-ins for time.sleep / asyncio.sleep that only record the delays."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sync(self, delay: float) -> None:
        self.delays.append(delay)

    async def async_(self, delay: float) -> None:
        self.delays.append(delay)


def make_client(handler: Handler, **kwargs: Any) -> Client:
    """A Client on ``httpx.MockTransport(handler)`` (sync and async) whose sleeps are recorded in ``.sleeps``."""
    sleeps = Sleeps()
    kwargs.setdefault("api_token", TOKEN)
    client = Client(_sleep=sleeps.sync, _async_sleep=sleeps.async_, **kwargs)
    transport = httpx.MockTransport(handler)
    client.set_httpx_client(httpx.Client(transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(transport=transport))
    client.sleeps = sleeps  # type: ignore[attr-defined]
    return client
