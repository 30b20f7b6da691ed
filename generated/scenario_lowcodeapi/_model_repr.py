"""A readable one-line ``repr`` for the generated models: the fields that are set, long values shortened.

attrs' own repr prints every field, ``UNSET`` ones included, and whole base64 images or 50-item lists: a ``Model``
came out as one 4,000-character line. Every generated model's ``__repr__`` calls :func:`model_repr`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from .types import UNSET, Unset

__all__ = ["model_repr"]

MAX_STR = 60  # characters of a str value shown before it is cut
MAX_ITEMS = 3  # items of a list or dict shown before the rest is counted
MAX_VALUE = 120  # characters of any other value's repr
MAX_DEPTH = 4  # containers (models, lists, dicts) nested deeper show as ClassName(...), [...], {...}
_FIRST = {"id": 0, "name": 1, "status": 2}


def _short_str(value: str) -> str:
    if len(value) <= MAX_STR:
        return repr(value)
    return f"{value[: MAX_STR - 20]!r}...<{len(value)} chars>"


def _short(value: Any, depth: int, in_list: bool = False) -> str:
    if isinstance(value, str):
        if isinstance(value, enum.Enum):
            return _short_str(str(value.value))
        return _short_str(value)
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if attrs.has(type(value)):
        return _model(value, depth + 1, compact=in_list or depth >= 1)
    if isinstance(value, list | tuple):
        if depth >= MAX_DEPTH and value:
            return f"[...<{len(value)} items>]"
        shown = [_short(item, depth + 1, in_list=True) for item in value[:MAX_ITEMS]]
        if len(value) > MAX_ITEMS:
            shown.append(f"...<{len(value)} items>")
        return f"[{', '.join(shown)}]"
    if isinstance(value, Mapping):
        if depth >= MAX_DEPTH and value:
            return f"{{...<{len(value)} keys>}}"
        items = list(value.items())[:MAX_ITEMS]
        shown = [f"{_short(k, depth + 1)}: {_short(v, depth + 1)}" for k, v in items]
        if len(value) > MAX_ITEMS:
            shown.append(f"...<{len(value)} keys>")
        return f"{{{', '.join(shown)}}}"
    text = repr(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 3] + "..."


def _model(obj: Any, depth: int, compact: bool = False) -> str:
    """``compact``: a model in a list, or nested two levels down, shows only its ``id``/``name``/``status``."""
    name = type(obj).__name__
    if depth > MAX_DEPTH:
        return f"{name}(...)"
    if compact:
        shown = [f"{key}={_short(getattr(obj, key), depth)}" for key in _FIRST if _is_set(getattr(obj, key, UNSET))]
        return f"{name}({', '.join([*shown, '...'])})"
    parts: list[str] = []
    # The identifying fields first (attrs puts required fields first), then the rest in schema order.
    for field in sorted(attrs.fields(type(obj)), key=lambda f: _FIRST.get(f.name, len(_FIRST))):
        value = getattr(obj, field.name, UNSET)
        if not _is_set(value) or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={_short(value, depth)}")
    return f"{name}({', '.join(parts)})"


def _is_set(value: object) -> bool:
    return not isinstance(value, Unset)


def model_repr(obj: Any) -> str:
    """``ClassName(field=value, ...)`` for an attrs model: ``id``, ``name``, ``status`` first, then the other fields
    that are set (not ``UNSET``) in schema order. Strings over 60 characters and lists or dicts over 3 items are cut
    (their full size shown); a model in a list, or nested below a field's model, shows only ``id``/``name``/
    ``status``."""
    return _model(obj, 0)
