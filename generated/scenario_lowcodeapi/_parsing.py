"""Reading Scenario's JSON into the generated models: the helpers every ``from_dict`` calls.

The generated ``from_dict`` methods stay thin: they read each field with ``d.get(key)``, check the
cheap cases inline (a string is a ``str``) and call these functions for the rest. The rules:

- A null is treated as absent. A null element of an array is skipped.
- A field whose value has the wrong type is left ``UNSET`` (or at its schema default) and its raw value
  is kept under its key in ``additional_properties``, so nothing Scenario sent is lost.
- A field the client *guarantees* (typed without ``| Unset``: ids, an operation's payload fields) that is
  absent or unusable raises :class:`PayloadError`, which names its JSON path. An array element that raises
  it is skipped; a parent that guarantees the field passes it on, prefixed with its own key; at the top
  :func:`scenario_lowcodeapi._response.parse_model` turns it into ``ResponseDecodeError``.

Nothing here runs on the happy path but the converters; path bookkeeping happens only while an error
propagates.

Nested models are parsed on first read (:func:`defer`): ``from_dict`` keeps a model field's dict, or an array
of models as the list sent, and the field parses it the first time it is read. Only fields whose parse cannot fail
once ``from_dict`` has checked the container are deferred, so a deferred read never raises and the payload's
errors are those of an eager parse (``codegen/deferred.py`` decides which).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, TypeVar

from ._exceptions import LowCodeAPIError

__all__ = [
    "PayloadError",
    "as_any",
    "as_bool",
    "as_int",
    "as_list",
    "as_number",
    "as_object",
    "as_str",
    "convert_values",
    "defer",
    "enum_member",
    "enum_of",
    "leftovers",
    "list_of",
    "missing",
    "not_object",
    "note",
    "parse_list",
    "wrong",
]

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

_MAX_SHOWN = 40
_log = logging.getLogger("scenario_lowcodeapi")


class PayloadError(LowCodeAPIError, ValueError):
    """A payload the model cannot be built from; ``str()`` is one line naming the JSON path.

    ``path`` lists the keys and array indexes from the payload's root (filled in while the error
    propagates), ``reason`` says what was wrong there.
    """

    def __init__(self, reason: str, key: str | int | None = None) -> None:
        super().__init__(reason)  # LowCodeAPIError: .message is the reason; str() adds the path (below)
        self.reason = reason
        self._reversed: list[str | int] = [] if key is None else [key]

    def at(self, key: str | int) -> PayloadError:
        """Prefix the path with ``key`` (the caller's field or index) and return self, to re-raise."""
        self._reversed.append(key)
        return self

    @property
    def path(self) -> str:
        """The JSON path, e.g. ``model.id`` or ``models[3].status``; empty for the payload itself."""
        out = ""
        for part in reversed(self._reversed):
            if isinstance(part, int):
                out += f"[{part}]"
            else:
                out += f".{part}" if out else part
        return out

    def __str__(self) -> str:
        where = self.path
        return f"{where}: {self.reason}" if where else self.reason


def describe(value: object) -> str:
    """A short, one-line description of a JSON value for an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        shown = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "..."
        return f"the string {shown!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def missing(key: str) -> PayloadError:
    """The error for a guaranteed field the payload lacks (or sent as null)."""
    return PayloadError("missing", key)


def wrong(key: str | None, value: object, expected: str) -> PayloadError:
    """The error for a value of the wrong type."""
    return PayloadError(f"expected {expected}, got {describe(value)}", key)


def not_object(value: object) -> PayloadError:
    """The error for a model fed something that is not a JSON object."""
    return wrong(None, value, "an object")


def as_str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise wrong(None, value, "a string")


def as_number(value: object) -> float:
    if isinstance(value, (int, float)) and value.__class__ is not bool:
        return value
    raise wrong(None, value, "a number")


def as_int(value: object) -> int:
    if isinstance(value, int) and value.__class__ is not bool:
        return value
    raise wrong(None, value, "an integer")


def as_bool(value: object) -> bool:
    if value.__class__ is bool:
        return value
    raise wrong(None, value, "a boolean")


def as_list(value: object) -> list[Any]:
    """An array of anything, as sent (nulls included: they are values there)."""
    if value.__class__ is list:
        return value
    raise wrong(None, value, "an array")


def as_object(value: object) -> dict[str, Any]:
    """A free-form JSON object, as sent."""
    if value.__class__ is dict:
        return value
    if isinstance(value, Mapping):
        return dict(value)
    raise wrong(None, value, "an object")


def enum_member(cls: type[E], value: object) -> E:
    """The member of ``cls`` for ``value`` by a direct dict lookup (no ``Enum.__call__``).

    A string the enum does not know becomes a pseudo-member (``is_unknown``), through the enum's
    ``_missing_``: Scenario adds values over time.
    """
    if isinstance(value, str):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]  # the map holds members of cls
        return cls(value)
    raise wrong(None, value, "a string")


@functools.cache
def enum_of(cls: type[E]) -> Callable[[Any], E]:
    """``enum_member`` bound to ``cls``, for arrays of enum values (cached: one function per enum)."""

    def convert(value: object) -> E:
        return enum_member(cls, value)

    return convert


def as_any(value: T) -> T:
    """Any JSON value, as sent."""
    return value


def convert_values(values: dict[str, Any], item: Callable[[Any], T]) -> dict[str, T]:
    """Typed ``additional_properties``: each value read by ``item``; one it cannot read is dropped."""
    out: dict[str, T] = {}
    for key, value in values.items():
        try:
            out[key] = item(value)
        except PayloadError:
            continue
    return out


def parse_list(value: object, item: Callable[[Any], T]) -> list[T]:
    """A typed array: nulls and elements ``item`` cannot read are skipped (a debug log line names each), the
    rest kept in order."""
    if value.__class__ is not list:
        raise wrong(None, value, "an array")
    out: list[T] = []
    append = out.append
    for element in value:
        if element is None:
            continue
        try:
            append(item(element))
        except PayloadError as exc:
            if _log.isEnabledFor(logging.DEBUG):
                _log.debug("skipped an array element Scenario sent: %s", exc.at(_index_of(value, element)))
            continue
    return out


def _index_of(values: list[Any], element: object) -> int:
    for index, candidate in enumerate(values):
        if candidate is element:
            return index
    return -1  # pragma: no cover - element comes from values


@functools.cache
def list_of(item: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    """``parse_list`` bound to ``item``, for arrays of arrays (cached: one function per item type)."""

    def convert(value: object) -> list[T]:
        return parse_list(value, item)

    return convert


def note(bad: list[str] | None, key: str) -> list[str]:
    """Record a known field whose value was unusable: its raw value goes to ``additional_properties``."""
    if bad is None:
        return [key]
    bad.append(key)
    return bad


def leftovers(src: Mapping[str, Any], known: frozenset[str], bad: list[str] | None) -> dict[str, Any]:
    """``additional_properties``: the unknown keys and the known ones whose value was unusable (nulls dropped)."""
    if bad is None:
        return {k: v for k, v in src.items() if v is not None and k not in known}
    keep = set(bad)
    return {k: v for k, v in src.items() if v is not None and (k not in known or k in keep)}


def defer(cls: type, fields: dict[str, str], converters: Callable[[], dict[str, Callable[[Any], Any]]]) -> None:
    """Make the fields of the attrs slotted class ``cls`` parse on first read the value ``from_dict`` kept as sent.

    ``fields`` maps each field to what it keeps: ``"dict"`` (a model field: a dict is still to parse, since a parsed
    value is a model) or ``"list"`` (an array of models: a list whose first element is a dict is still to parse,
    since a parsed list holds models). Each field's slot descriptor is wrapped in a ``property``: reading the field
    parses such a value and stores the result in the slot, so later reads are a slot read plus one check; assigning
    and deleting go straight to the slot (C calls: ``__init__`` pays nothing). ``converters()`` gives each field's
    parse function; it is called on the first read that parses, so the nested models' modules load only then.
    attrs' ``__eq__``, ``evolve``, ``asdict``, pickling, ``repr`` and ``to_dict`` read through the property and see
    parsed values. Two threads reading an unparsed field at once may both parse it; each gets an equal value, and
    one of them is kept.
    """
    table: dict[str, Callable[[Any], Any]] = {}
    for name, kind in fields.items():
        _defer_field(cls, name, kind == "list", table, converters)


def _defer_field(
    cls: type,
    name: str,
    is_list: bool,
    table: dict[str, Callable[[Any], Any]],
    converters: Callable[[], dict[str, Callable[[Any], Any]]],
) -> None:
    slot = cls.__dict__[name]
    get = slot.__get__
    put = slot.__set__

    def parse(obj: Any, value: Any) -> Any:
        convert = table.get(name)
        if convert is None:
            table.update(converters())
            convert = table[name]
        parsed = convert(value)
        current = get(obj)
        if current is not value:  # another thread stored its result first: keep that one
            return current
        put(obj, parsed)
        return parsed

    if is_list:

        def read(obj: Any) -> Any:
            value = get(obj)
            if value.__class__ is list and value and value[0].__class__ is dict:
                return parse(obj, value)
            return value

    else:

        def read(obj: Any) -> Any:
            value = get(obj)
            if value.__class__ is dict:
                return parse(obj, value)
            return value

    read.__name__ = name
    read.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, property(read, put, slot.__delete__))
