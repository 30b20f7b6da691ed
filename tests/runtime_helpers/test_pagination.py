"""SyncPage / AsyncPage / AsyncPaginator over scripted fake fetchers (no HTTP)."""

from __future__ import annotations

import logging
from typing import Any, Literal

import attrs
import pytest

from codegen.runtime._exceptions import LowCodeAPIError
from codegen.runtime._pagination import (
    AsyncPage,
    AsyncPaginator,
    NoMorePagesError,
    SyncPage,
    async_page,
    sync_page,
)


class FakeUnset:
    """Stands in for the generated ``Unset``: always false."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET = FakeUnset()


@attrs.define
class Model:
    id: str


@attrs.define
class ListModelsResponse:
    models: list[Model] | FakeUnset = UNSET
    next_pagination_token: str | FakeUnset = UNSET


class Server:
    """Serves ``count`` models ``size`` at a time; tokens are ``t<offset>``. Records every token it is sent."""

    def __init__(self, count: int = 5, size: int = 2) -> None:
        self.models = [Model(f"m{i}") for i in range(count)]
        self.size = size
        self.calls: list[str | None] = []

    def __call__(self, token: str | None) -> ListModelsResponse:
        self.calls.append(token)
        offset = int(token[1:]) if token else 0
        end = offset + self.size
        chunk = self.models[offset:end]
        return ListModelsResponse(models=chunk, next_pagination_token=f"t{end}" if end < len(self.models) else UNSET)

    async def afetch(self, token: str | None) -> ListModelsResponse:
        return self(token)


def models_page(server: Server, start: str | None = None) -> SyncPage[Model]:
    return sync_page(server, lambda r: r.models, lambda r: r.next_pagination_token, start=start)


def amodels(server: Server, start: str | None = None) -> AsyncPaginator[Model]:
    return async_page(server.afetch, lambda r: r.models, lambda r: r.next_pagination_token, start=start)


# -- sync ---------------------------------------------------------------------------------------------------------


def test_walks_every_item_of_every_page() -> None:
    server = Server(5, 2)
    page = models_page(server)
    assert [m.id for m in page] == ["m0", "m1", "m2", "m3", "m4"]
    assert server.calls == [None, "t2", "t4"]


def test_first_page_is_fetched_once_eagerly_and_the_rest_lazily() -> None:
    server = Server(5, 2)
    page = models_page(server)
    assert server.calls == [None]
    items = iter(page)
    assert [next(items).id, next(items).id] == ["m0", "m1"]
    assert server.calls == [None]  # the first two items come from the first page alone
    assert next(items).id == "m2"
    assert server.calls == [None, "t2"]


def test_page_attributes_and_next_page() -> None:
    server = Server(5, 2)
    first = models_page(server)
    assert [m.id for m in first.items] == ["m0", "m1"]
    assert first.next_pagination_token == "t2"
    assert isinstance(first.response, ListModelsResponse)
    assert first.has_next_page()
    second = first.next_page()
    third = second.next_page()
    assert [m.id for m in third.items] == ["m4"]
    assert third.next_pagination_token is None
    assert not third.has_next_page()
    with pytest.raises(NoMorePagesError) as info:
        third.next_page()
    assert isinstance(info.value, LowCodeAPIError)
    assert "\n" not in str(info.value)


def test_iter_pages_is_lazy_and_yields_the_first_page_itself() -> None:
    server = Server(5, 2)
    first = models_page(server)
    pages = first.iter_pages()
    assert next(pages) is first
    assert server.calls == [None]
    assert [len(p.items) for p in pages] == [2, 1]
    assert server.calls == [None, "t2", "t4"]


def test_iterating_twice_refetches_the_following_pages() -> None:
    server = Server(3, 2)
    page = models_page(server)
    assert len(list(page)) == 3
    assert len(list(page)) == 3
    assert server.calls == [None, "t2", "t2"]


def test_start_token_is_sent_first() -> None:
    server = Server(5, 2)
    page = models_page(server, start="t2")
    assert server.calls == ["t2"]
    assert [m.id for m in page] == ["m2", "m3", "m4"]


def test_empty_list() -> None:
    server = Server(0, 2)
    page = models_page(server)
    assert list(page) == []
    assert page.items == []
    assert not page.has_next_page()
    assert repr(page) == "SyncPage(items=0, next_pagination_token=None)"


def test_repr() -> None:
    page = models_page(Server(5, 2))
    assert repr(page) == "SyncPage(items=2, next_pagination_token='t2')"


@pytest.mark.parametrize("token", [UNSET, None, "", 42])
def test_missing_or_odd_token_ends_the_walk(token: object) -> None:
    calls: list[str | None] = []

    def fetch(t: str | None) -> dict[str, Any]:
        calls.append(t)
        return {"items": [1, 2], "token": token}

    page: SyncPage[int] = sync_page(fetch, lambda r: r["items"], lambda r: r["token"])
    assert list(page) == [1, 2]
    assert not page.has_next_page()
    assert calls == [None]


@pytest.mark.parametrize("items", [UNSET, None, []])
def test_absent_items_are_an_empty_page(items: object) -> None:
    def fetch(t: str | None) -> dict[str, Any]:
        return {"items": items, "token": "t1" if t is None else UNSET}

    page: SyncPage[int] = sync_page(fetch, lambda r: r["items"], lambda r: r["token"])
    assert page.items == []
    assert page.has_next_page()  # an empty page may still have a next page
    assert list(page) == []


def test_token_repeating_the_one_just_used_stops(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str | None] = []

    def fetch(t: str | None) -> ListModelsResponse:
        calls.append(t)
        return ListModelsResponse(models=[Model(f"m{len(calls)}")], next_pagination_token="same")

    page = sync_page(fetch, lambda r: r.models, lambda r: r.next_pagination_token)
    with caplog.at_level(logging.WARNING, logger="scenario_lowcodeapi"):
        assert [m.id for m in page] == ["m1", "m2"]
    assert calls == [None, "same"]
    assert "already used" in caplog.text or "it was sent" in caplog.text


def test_longer_token_loop_stops() -> None:
    answers = {None: "a", "a": "b", "b": "a"}
    calls: list[str | None] = []

    def fetch(t: str | None) -> ListModelsResponse:
        calls.append(t)
        return ListModelsResponse(models=[Model(str(t))], next_pagination_token=answers[t])

    page = sync_page(fetch, lambda r: r.models, lambda r: r.next_pagination_token)
    assert [m.id for m in page] == ["None", "a", "b"]
    assert calls == [None, "a", "b"]


def test_fetch_errors_propagate_when_the_page_is_reached() -> None:
    def fetch(t: str | None) -> ListModelsResponse:
        if t is not None:
            raise LowCodeAPIError("boom")
        return ListModelsResponse(models=[Model("m0")], next_pagination_token="t1")

    items = iter(sync_page(fetch, lambda r: r.models, lambda r: r.next_pagination_token))
    assert next(items).id == "m0"
    with pytest.raises(LowCodeAPIError, match="boom"):
        next(items)


# -- async --------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_paginator_async_for_walks_everything_lazily() -> None:
    server = Server(5, 2)
    paginator = amodels(server)
    assert server.calls == []  # nothing until awaited or iterated
    seen: list[str] = []
    async for model in paginator:
        seen.append(model.id)
        if len(seen) == 2:
            assert server.calls == [None]
    assert seen == ["m0", "m1", "m2", "m3", "m4"]
    assert server.calls == [None, "t2", "t4"]


@pytest.mark.anyio
async def test_async_paginator_await_gives_the_first_page() -> None:
    server = Server(5, 2)
    first = await amodels(server)
    assert isinstance(first, AsyncPage)
    assert [m.id for m in first.items] == ["m0", "m1"]
    assert repr(first) == "AsyncPage(items=2, next_pagination_token='t2')"
    assert first.has_next_page()
    second = await first.next_page()
    assert [m.id for m in second.items] == ["m2", "m3"]
    third = await second.next_page()
    assert not third.has_next_page()
    with pytest.raises(NoMorePagesError):
        await third.next_page()


@pytest.mark.anyio
async def test_async_page_iter_pages_and_items() -> None:
    server = Server(5, 2)
    first = await amodels(server, start="t2")
    assert [len(p.items) async for p in first.iter_pages()] == [2, 1]
    assert [m.id async for m in first] == ["m2", "m3", "m4"]
    assert server.calls == ["t2", "t4", "t4"]


@pytest.mark.anyio
async def test_async_token_loop_guard() -> None:
    calls: list[str | None] = []

    async def fetch(t: str | None) -> ListModelsResponse:
        calls.append(t)
        return ListModelsResponse(models=[Model("x")], next_pagination_token="loop")

    items = [m async for m in async_page(fetch, lambda r: r.models, lambda r: r.next_pagination_token)]
    assert len(items) == 2
    assert calls == [None, "loop"]


@pytest.mark.anyio
async def test_async_unset_items_and_token() -> None:
    async def fetch(t: str | None) -> ListModelsResponse:
        return ListModelsResponse()

    paginator = async_page(fetch, lambda r: r.models, lambda r: r.next_pagination_token)
    assert [m async for m in paginator] == []
    page = await paginator
    assert page.items == [] and page.next_pagination_token is None
