"""Lazy, typed pagination over Scenario's ``paginationToken`` / ``nextPaginationToken`` lists.

A list call answers one page (``{"models": [...], "nextPaginationToken": "..."}``); the next page is fetched by
passing that token back as ``paginationToken``. The token is absent on the last page.

``sync_page`` fetches the first page and returns a :class:`SyncPage`; iterating it walks every item of every
page, fetching a page only when the previous one is exhausted. ``async_page`` returns an :class:`AsyncPaginator`:
``await`` it for the first :class:`AsyncPage`, or ``async for`` over it for every item.

A page whose token is missing, empty (or ``UNSET``) or the token that fetched it is the last one, and a walk
stops at a token it has already used: a server that loops cannot make iteration endless.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator
from typing import Any, Generic, Literal, Protocol, TypeVar

from ._exceptions import LowCodeAPIError
from ._redact import logger

__all__ = [
    "AsyncPage",
    "AsyncPaginator",
    "NoMorePagesError",
    "PageFetcher",
    "SyncPage",
    "async_page",
    "sync_page",
]

ItemT = TypeVar("ItemT")
RespT = TypeVar("RespT")
_RespT_co = TypeVar("_RespT_co", covariant=True)


class PageFetcher(Protocol[_RespT_co]):
    """Fetches one page: called with the ``paginationToken`` to send (``None`` for the first page).

    A protocol rather than a ``Callable`` on purpose: it lets mypy infer the response type from ``fetch`` before
    it checks the ``items_of`` lambda, so ``lambda r: r.models`` is typed and the page's item type is inferred.
    """

    def __call__(self, token: str | None, /) -> _RespT_co: ...


class _Falsy(Protocol):
    """A value that is always false, like the generated ``UNSET`` (``Unset.__bool__`` returns ``Literal[False]``)."""

    def __bool__(self) -> Literal[False]: ...


class NoMorePagesError(LowCodeAPIError):
    """``next_page()`` was called on the last page (check ``has_next_page()`` first)."""


def _token_text(value: object) -> str | None:
    """The token as a non-empty string, else None (missing, ``UNSET``, empty or not a string)."""
    return value if isinstance(value, str) and value else None


def _next_token(value: object, used: str | None) -> str | None:
    token = _token_text(value)
    if token is not None and token == used:
        logger.warning("pagination stopped: the server answered the paginationToken it was sent (%s)", token)
        return None
    return token


def _items(raw: Iterable[ItemT] | _Falsy | None) -> list[ItemT]:
    return list(raw) if raw else []


def _loop_warning(token: str) -> None:
    logger.warning("pagination stopped: the server answered a paginationToken already used (%s)", token)


class SyncPage(Generic[ItemT]):
    """One page of a list, and the way to the following ones.

    ``items`` are this page's items, ``next_pagination_token`` the token of the next page (``None`` on the last
    page) and ``response`` the typed response this page was built from. Iterating the page yields every item
    of this page and all the following ones, fetching each page only when needed.
    """

    __slots__ = ("_load", "_token", "items", "next_pagination_token", "response")

    items: list[ItemT]
    next_pagination_token: str | None
    response: object

    def __init__(
        self,
        items: list[ItemT],
        next_pagination_token: str | None,
        response: object,
        *,
        load: Callable[[str], SyncPage[ItemT]] | None = None,
        token: str | None = None,
    ) -> None:
        self.items = items
        self.next_pagination_token = next_pagination_token
        self.response = response
        self._load = load
        self._token = token  # the token this page was fetched with

    def has_next_page(self) -> bool:
        return self.next_pagination_token is not None and self._load is not None

    def next_page(self) -> SyncPage[ItemT]:
        """Fetch the following page. Raises :class:`NoMorePagesError` on the last page."""
        token = self.next_pagination_token
        if token is None or self._load is None:
            raise NoMorePagesError("no next page: this is the last page")
        return self._load(token)

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        """This page, then each following page, fetched lazily."""
        page = self
        used = {self._token} if self._token else set()
        while True:
            yield page
            token = page.next_pagination_token
            if token is None or page._load is None:
                return
            if token in used:
                _loop_warning(token)
                return
            used.add(token)
            page = page._load(token)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, next_pagination_token={self.next_pagination_token!r})"


def sync_page(
    fetch: PageFetcher[RespT],
    items_of: Callable[[RespT], Iterable[ItemT] | _Falsy | None],
    token_of: Callable[[RespT], object],
    start: str | None = None,
) -> SyncPage[ItemT]:
    """Fetch the first page (``fetch(start)``) and return it; later pages are fetched with ``fetch(token)``.

    ``items_of`` picks the items out of a response (a falsy value such as ``UNSET`` means none),
    ``token_of`` its next-page token (anything but a non-empty string means "last page").
    """

    def load(token: str | None) -> SyncPage[ItemT]:
        response = fetch(token)
        return SyncPage(
            _items(items_of(response)),
            _next_token(token_of(response), token),
            response,
            load=load,
            token=token,
        )

    return load(_token_text(start))


class AsyncPage(Generic[ItemT]):
    """One page of a list (async). ``await page.next_page()``, ``async for p in page.iter_pages()``, and
    ``async for item in page`` (every item of this page and the following ones, fetched lazily)."""

    __slots__ = ("_load", "_token", "items", "next_pagination_token", "response")

    items: list[ItemT]
    next_pagination_token: str | None
    response: object

    def __init__(
        self,
        items: list[ItemT],
        next_pagination_token: str | None,
        response: object,
        *,
        load: Callable[[str], Awaitable[AsyncPage[ItemT]]] | None = None,
        token: str | None = None,
    ) -> None:
        self.items = items
        self.next_pagination_token = next_pagination_token
        self.response = response
        self._load = load
        self._token = token

    def has_next_page(self) -> bool:
        return self.next_pagination_token is not None and self._load is not None

    async def next_page(self) -> AsyncPage[ItemT]:
        """Fetch the following page. Raises :class:`NoMorePagesError` on the last page."""
        token = self.next_pagination_token
        if token is None or self._load is None:
            raise NoMorePagesError("no next page: this is the last page")
        return await self._load(token)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        """This page, then each following page, fetched lazily."""
        page = self
        used = {self._token} if self._token else set()
        while True:
            yield page
            token = page.next_pagination_token
            if token is None or page._load is None:
                return
            if token in used:
                _loop_warning(token)
                return
            used.add(token)
            page = await page._load(token)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, next_pagination_token={self.next_pagination_token!r})"


class AsyncPaginator(Generic[ItemT]):
    """What an async list call returns: ``await`` it for the first :class:`AsyncPage`, or ``async for`` over it
    for every item of every page (pages fetched lazily). Each ``await`` / ``async for`` starts a fresh walk."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[ItemT]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def async_page(
    fetch: PageFetcher[Awaitable[RespT]],
    items_of: Callable[[RespT], Iterable[ItemT] | _Falsy | None],
    token_of: Callable[[RespT], object],
    start: str | None = None,
) -> AsyncPaginator[ItemT]:
    """An :class:`AsyncPaginator` over ``fetch``; nothing is fetched until it is awaited or iterated.

    ``fetch(token)`` is awaited for each page (``start`` for the first); see :func:`sync_page` for the rest.
    """

    async def load(token: str | None) -> AsyncPage[ItemT]:
        response = await fetch(token)
        return AsyncPage(
            _items(items_of(response)),
            _next_token(token_of(response), token),
            response,
            load=load,
            token=token,
        )

    first = _token_text(start)
    return AsyncPaginator(lambda: load(first))
