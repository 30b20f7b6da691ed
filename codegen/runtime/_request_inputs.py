"""Turn what a caller passes to a resource method into the typed request objects the body is built from.

Resource methods accept the typed form (``GenerationParameters(...)``, ``GenerationParametersType.TXT2IMG``) and the
plain form (a dict shaped by a ``TypedDict`` from ``request_types``, the plain string of an enum value). Both must
put the same bytes on the wire, so the plain form is converted here, once, by the model's own ``from_dict``; and a
dict with a key the request does not define fails with one line naming the key instead of being sent silently.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, Required, TypeVar, overload

from attrs import NOTHING

from .types import Unset

E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M", bound="_Model")


class _Model(Protocol):
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]: ...


class _TypedDictClass(Protocol):
    __required_keys__: frozenset[str]
    __optional_keys__: frozenset[str]


def _describe(value: object) -> str:
    return type(value).__name__


@overload
def as_enum(cls: type[E], value: Unset, name: str) -> Unset: ...
@overload
def as_enum(cls: type[E], value: E | str, name: str) -> E: ...
def as_enum(cls: type[E], value: E | str | Unset, name: str) -> E | Unset:
    """``value`` as a member of the enum ``cls``: a member, or its plain string value."""
    if isinstance(value, (Unset, cls)):
        return value
    if isinstance(value, str):
        return cls(value)  # a value this version does not know yet is kept (the enums are forward compatible)
    raise TypeError(f"{name}: expected {cls.__name__} or a string, got {_describe(value)}")


def _check_keys(value: Mapping[Any, Any], keys: _TypedDictClass, name: str) -> None:
    known = keys.__required_keys__ | keys.__optional_keys__
    for key in value:
        if key not in known:
            import difflib  # only on the error path: keeps importing the package light

            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{name}: unknown key {key!r}{hint}")
    missing = sorted(keys.__required_keys__ - set(value))
    if missing:
        raise TypeError(f"{name}: missing required key {missing[0]!r}")
    annotations = getattr(keys, "__annotations__", {})
    for key, item in value.items():
        expected = _expected(annotations.get(key))
        if expected is not None and not expected[1](item):
            shown = repr(item)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            raise TypeError(f"{name}: {key!r} must be {expected[0]}, got {_describe(item)} {shown}")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_SIMPLE: dict[object, tuple[str, Any]] = {
    float: ("a number", _is_number),
    int: ("an integer", _is_integer),
    str: ("a string", lambda v: isinstance(v, str)),
    bool: ("a boolean", lambda v: isinstance(v, bool)),
}


def _expected(annotation: object) -> tuple[str, Any] | None:
    """(what, check) for a TypedDict value annotation this module can check (number, integer, string, boolean,
    list); ``None`` for anything else (enums, nested objects: ``from_dict`` and ``_check_nested`` judge those)."""
    if annotation is None:
        return None
    args = getattr(annotation, "__args__", None)
    if getattr(annotation, "__origin__", None) is Required and args:  # Required[X]
        annotation = args[0]
    found = _SIMPLE.get(annotation)
    if found is not None:
        return found
    if getattr(annotation, "__origin__", None) is list:
        return ("a list", lambda v: isinstance(v, list | tuple))
    return None


_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(attribute, required) of an attrs model class, ``additional_properties`` aside (cached per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        attributes = getattr(cls, "__attrs_attrs__", ())
        found = tuple((a.name, a.default is NOTHING) for a in attributes if a.name != "additional_properties")
        _FIELDS[cls] = found
    return found


def _check_nested(model: object, name: str) -> None:
    """Keys ``from_dict`` could not place (they land in ``additional_properties``) are mistakes in a request, and so
    is a required field left UNSET (nested dicts are not checked against their TypedDict before ``from_dict``)."""
    fields = _fields(type(model))
    extra = getattr(model, "additional_properties", None)
    if extra and fields:  # a model with no declared field is a free-form object: any key is the caller's data
        key = sorted(map(str, extra))[0]
        known = getattr(sys.modules.get(type(model).__module__), "_KNOWN_KEYS", ())
        if key in known:  # a declared field whose value from_dict could not read
            raise TypeError(f"{name}: {key!r} has a value of the wrong type ({_describe(extra[key])})")
        raise TypeError(f"{name}: unknown key {key!r}")
    for attribute, required in fields:
        child = getattr(model, attribute)
        if isinstance(child, Unset):
            if required:  # from_dict leaves a missing required key UNSET
                raise TypeError(f"{name}: missing required field {attribute!r}")
        elif hasattr(child, "__attrs_attrs__"):
            _check_nested(child, f"{name}.{attribute}")
        elif isinstance(child, list):
            for i, item in enumerate(child):
                if hasattr(item, "__attrs_attrs__"):
                    _check_nested(item, f"{name}.{attribute}[{i}]")


@overload
def as_model(cls: type[M], value: Unset, name: str, keys: _TypedDictClass) -> Unset: ...
@overload
def as_model(cls: type[M], value: M | Mapping[str, Any], name: str, keys: _TypedDictClass) -> M: ...
def as_model(cls: type[M], value: M | Mapping[str, Any] | Unset, name: str, keys: _TypedDictClass) -> M | Unset:
    """``value`` as the request model ``cls``: the model itself, or a dict with the keys of its TypedDict ``keys``."""
    if isinstance(value, (Unset, cls)):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name}: expected {cls.__name__} or a dict, got {_describe(value)}")
    _check_keys(value, keys, name)
    model: M = cls.from_dict(value)  # type: ignore[attr-defined]
    _check_nested(model, name)
    return model


@overload
def as_models(cls: type[M], values: Unset, name: str, keys: _TypedDictClass) -> Unset: ...
@overload
def as_models(cls: type[M], values: Iterable[M | Mapping[str, Any]], name: str, keys: _TypedDictClass) -> list[M]: ...
def as_models(
    cls: type[M], values: Iterable[M | Mapping[str, Any]] | Unset, name: str, keys: _TypedDictClass
) -> list[M] | Unset:
    """Each item of ``values`` as the request model ``cls`` (see ``as_model``)."""
    if isinstance(values, Unset):
        return values
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{name}: expected a list of {cls.__name__} or dicts, got {_describe(values)}")
    return [as_model(cls, item, f"{name}[{i}]", keys) for i, item in enumerate(values)]
