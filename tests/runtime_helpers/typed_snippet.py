"""Checked by ``mypy --strict`` in test_typing.py (never imported by the tests): pagination keeps item types.

It mirrors the generated code: attrs response classes whose absent fields are ``UNSET`` (an ``Unset`` whose
``__bool__`` returns ``Literal[False]``), and resource methods built on ``sync_page`` / ``async_page``.
"""

from __future__ import annotations

from typing import Literal, assert_type

import attrs

from codegen.runtime._pagination import AsyncPage, AsyncPaginator, SyncPage, async_page, sync_page


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


@attrs.define
class Model:
    id: str


@attrs.define
class ListModelsResponse:
    models: list[Model] | Unset = UNSET
    next_pagination_token: str | Unset = UNSET


def get_models(token: str | None) -> ListModelsResponse:
    return ListModelsResponse()


async def aget_models(token: str | None) -> ListModelsResponse:
    return ListModelsResponse()


def without_context() -> None:
    page = sync_page(get_models, lambda r: r.models, lambda r: r.next_pagination_token)
    assert_type(page, SyncPage[Model])
    for m in page:
        assert_type(m, Model)
    for p in page.iter_pages():
        assert_type(p.items, list[Model])
    assert_type(page.next_page(), SyncPage[Model])
    assert_type(page.next_pagination_token, str | None)


def like_the_generated_method(pagination_token: str | Unset = UNSET) -> SyncPage[Model]:
    def fetch(token: str | None) -> ListModelsResponse:
        return get_models(token)

    return sync_page(
        fetch,
        lambda page: page.models,
        lambda page: page.next_pagination_token,
        start=pagination_token if isinstance(pagination_token, str) else None,
    )


async def async_usage() -> None:
    paginator = async_page(aget_models, lambda r: r.models, lambda r: r.next_pagination_token)
    assert_type(paginator, AsyncPaginator[Model])
    async for m in paginator:
        assert_type(m, Model)
    first = await paginator
    assert_type(first, AsyncPage[Model])
    async for p in first.iter_pages():
        assert_type(p.items, list[Model])
    async for m2 in first:
        assert_type(m2, Model)
    assert_type(await first.next_page(), AsyncPage[Model])


def typed_models_list() -> None:
    # A response whose items are always present (no Unset) works the same.
    @attrs.define
    class Plain:
        models: list[Model]

    def fetch(token: str | None) -> Plain:
        return Plain([])

    for m in sync_page(fetch, lambda r: r.models, lambda r: None):
        assert_type(m, Model)
