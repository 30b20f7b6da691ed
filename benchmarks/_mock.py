"""The in-process setup of sections 1-4 and the profile: every client on its own ``httpx.MockTransport``
answering the same payload bytes, the variants (one callable per client) checked to send one request each, and the
helpers that read every field of a result or find keys the generated models do not declare."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from _harness import (
    Stats,
    Table,
)
from _plan import (
    BENCH_EXTRA,
    JSON_HEADERS,
    MOCK_BASE,
    SDK_BASE,
    TOKEN,
    Peers,
)


def compact(payload: object) -> bytes:
    """JSON as Express (LowCodeAPI) and Scenario send it: no spaces."""
    return json.dumps(payload, separators=(",", ":")).encode()


class MockHandler:
    """Answers every request with one fixed JSON body; records requests while ``seen`` is a list."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.seen: list[httpx.Request] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.seen is not None:  # a copy: the client redacts the token in its own request once the call is over
            self.seen.append(httpx.Request(request.method, str(request.url), headers=request.headers))
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)


@dataclass
class Setup:
    """Every client of one block, each on its own ``httpx.MockTransport`` answering the same payload bytes.

    LowCodeAPI wraps Scenario's body in ``{"data": ...}``; the stock build and scenario-sdk (which talks to
    Scenario directly) get the unwrapped body: the same payload bytes without the 9-byte envelope.
    """

    env: MockHandler
    plain: MockHandler
    raw: httpx.Client
    ours: Any  # scenario_lowcodeapi.Client
    scen: Any  # scenario_lowcodeapi.Scenario
    stock: Any
    sdk: Any

    def close(self) -> None:
        self.raw.close()
        self.ours.close()
        self.scen.close()
        self.stock.get_httpx_client().close()
        if self.sdk is not None:
            self.sdk.close()


def make_setup(payload: object, peers: Peers) -> Setup:
    from scenario_lowcodeapi import Client, Scenario

    body = compact(payload)
    env = MockHandler(b'{"data":' + body + b"}")
    plain = MockHandler(body)
    raw = httpx.Client(transport=httpx.MockTransport(env))
    ours = Client(TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)})
    scen = Scenario(TOKEN, base_url=MOCK_BASE, max_retries=2, httpx_args={"transport": httpx.MockTransport(env)})
    stock_pkg = peers.stock[0]
    stock = stock_pkg.Client(
        base_url=MOCK_BASE, httpx_args={"params": {"api_token": TOKEN}, "transport": httpx.MockTransport(plain)}
    )
    sdk = None
    if peers.sdk is not None:
        sdk = peers.sdk.Scenario(
            api_key="bench_key",
            api_secret="bench_secret",
            base_url=SDK_BASE,
            max_retries=2,
            http_client=httpx.Client(transport=httpx.MockTransport(plain)),
        )
    return Setup(env, plain, raw, ours, scen, stock, sdk)


LABELS = {
    "raw": "(a) raw httpx + json [1]",
    "raw_parse": "(a+) raw httpx + our from_dict [2]",
    "func": "(b) generated function",
    "res": "(c) resource client",
    "stock": "(d) stock openapi-python-client [3]",
    "sdk": "(e) scenario-sdk [4]",
}
OURS = ("func", "res")


def check_once(handler: MockHandler, call: Callable[[], object], path: str, query: dict[str, str]) -> object:
    """Run ``call`` once and check it sent exactly one request to ``path`` carrying ``query``."""
    handler.seen = []
    try:
        result = call()
    finally:
        seen, handler.seen = handler.seen, None
    assert len(seen) == 1, f"expected one request, got {len(seen)}"
    url = seen[0].url
    assert url.path.endswith(path), url
    for key, value in query.items():
        assert url.params.get(key) == value, (key, url)
    return result


def model_id_of(result: Any) -> str:
    if isinstance(result, dict):
        return str(result["model"]["id"])
    return str(result.model.id)


def page_models_of(result: Any) -> list[Any]:
    if isinstance(result, dict):
        return list(result["models"])
    if hasattr(result, "items"):  # our SyncPage
        return list(result.items)
    return list(result.models)


def get_variants(s: Setup, peers: Peers) -> dict[str, Callable[[], object]]:
    from scenario_lowcodeapi.api.models import get_model
    from scenario_lowcodeapi.models import GetModelsByModelIdResponse

    url, tok = f"{MOCK_BASE}/v1/models/model_1", {"api_token": TOKEN}
    raw, ours, scen, stock, sdk = s.raw, s.ours, s.scen, s.stock, s.sdk
    stock_get = peers.stock[1]
    variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.get(url, params=tok).json()["data"],
        "raw_parse": lambda: GetModelsByModelIdResponse.from_dict(raw.get(url, params=tok).json()["data"]),
        "func": lambda: get_model.sync("model_1", client=ours),
        "res": lambda: scen.models.get("model_1"),
        "stock": lambda: stock_get.sync("model_1", client=stock),
    }
    if sdk is not None:
        variants["sdk"] = lambda: sdk.models.retrieve("model_1")
    for key, call in variants.items():
        handler = s.env if key in ("raw", "raw_parse", "func", "res") else s.plain
        query = {} if key == "sdk" else tok  # scenario-sdk authenticates with a header, not the query
        assert model_id_of(check_once(handler, call, "/models/model_1", query)) == "model_1", key
    return variants


def list_variants(s: Setup, peers: Peers, size: int) -> dict[str, Callable[[], object]]:
    from scenario_lowcodeapi.api.models import list_models
    from scenario_lowcodeapi.models import GetModelsResponse

    url, q = f"{MOCK_BASE}/v1/models", {"api_token": TOKEN, "pageSize": size}
    raw, ours, scen, stock, sdk = s.raw, s.ours, s.scen, s.stock, s.sdk
    stock_list = peers.stock[2]
    variants: dict[str, Callable[[], object]] = {
        "raw": lambda: raw.get(url, params=q).json()["data"],
        "raw_parse": lambda: GetModelsResponse.from_dict(raw.get(url, params=q).json()["data"]),
        "func": lambda: list_models.sync(client=ours, page_size=size),
        "res": lambda: scen.models.list(page_size=size),
        "stock": lambda: stock_list.sync(client=stock, page_size=size),
    }
    if sdk is not None:
        variants["sdk"] = lambda: sdk.models.list(page_size=size)
    for key, call in variants.items():
        handler = s.env if key in ("raw", "raw_parse", "func", "res") else s.plain
        query = {"pageSize": str(size)} if key == "sdk" else {"api_token": TOKEN, "pageSize": str(size)}
        models = page_models_of(check_once(handler, call, "/models", query))
        assert len(models) == size, (key, len(models))
        first = models[0]
        assert (first["id"] if isinstance(first, dict) else first.id) == "model_1", key
    return variants


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    import attrs

    if attrs.has(cls):
        return tuple(f.name for f in attrs.fields(cls))
    return tuple(getattr(cls, "model_fields", ()))  # pydantic (scenario-sdk)


def read_all(value: Any) -> None:
    """Read every value below ``value``: each field of a model (attrs or pydantic), each item, each dict value."""
    cls = value.__class__
    if cls is dict:
        for item in value.values():
            read_all(item)
    elif cls is list:
        for item in value:
            read_all(item)
    elif cls is not str:
        for name in _field_names(cls):
            read_all(getattr(value, name))


def every_field_read(variants: dict[str, Callable[[], object]]) -> dict[str, Callable[[], object]]:
    """Each variant, then every field of every model on the page read (plain dicts: every value visited)."""

    def reading(call: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            result = call()
            read_all(page_models_of(result))
            return result

        return run

    return {key: reading(call) for key, call in variants.items() if key != "raw_parse"}


def check_complete(payload: dict[str, Any]) -> None:
    """Our models parse the payload losslessly and know every key of it (none lands in additional_properties)."""
    from scenario_lowcodeapi.models import GetModelsByModelIdResponse

    parsed = GetModelsByModelIdResponse.from_dict(payload)
    assert parsed.to_dict() == payload, "the generated models do not round-trip the bench payload"
    unknown = unknown_keys(parsed)
    assert not unknown, f"keys the generated models do not declare: {unknown[:5]}"


def unknown_keys(obj: Any, path: str = "$") -> list[str]:
    """Paths of keys that landed in ``additional_properties`` of a model that declares fields (a schema miss)."""
    import attrs

    found: list[str] = []
    if attrs.has(type(obj)):
        declared = [f.name for f in attrs.fields(type(obj)) if f.name != "additional_properties"]
        extra = getattr(obj, "additional_properties", {})
        if declared and extra:
            found += [f"{path}.{k}" for k in extra]
        for name in declared:
            found += unknown_keys(getattr(obj, name), f"{path}.{name}")
        if not declared:  # a free-form map: its values may be models
            for k, v in extra.items():
                found += unknown_keys(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            found += unknown_keys(item, f"{path}[{i}]")
    return found


def add_block(
    table: Table, section: str, op: str, res: dict[str, Stats], figure: Callable[[Stats], str], limit: float | None
) -> None:
    for key, label in LABELS.items():
        if key not in res:
            if key == "sdk":
                table.add(section, f"{op}: {label}", f"not installed ({BENCH_EXTRA})")
            continue
        table.add_stats(section, f"{op}: {label}", figure(res[key]), res[key], limit if key in OURS else None)
