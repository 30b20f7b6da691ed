"""Which fields of a response model parse on first read instead of in ``from_dict`` (a template helper).

A parsed 1000-model page spent most of its time building nested objects the caller may never read (a
complete model carries 17 nested objects and arrays of them). ``from_dict`` now keeps such a field's value
as Scenario sent it (the same dict or list, no wrapper) and the field parses it on first read
(``_parsing.defer``); the modules of the nested models load then too (``deferred_imports``). The field tells
a value still to parse by its type: a model field holds a model once parsed, never a dict, and an array of
models holds models, never dicts. Deferral is only sound where the parse cannot fail once ``from_dict``
checked the container, so the payload's errors stay exactly those of an eager parse:

- an array of objects: ``parse_list`` skips the elements it cannot read and never raises;
- an object whose model guarantees no field (request-side models included): its ``from_dict`` never raises
  on a dict.

Arrays of strings, numbers or enum values are read at once: their parse costs little and the parsed list
replaces the one sent, so deferring them would only add work. Fields the client guarantees (an operation's
payload: ``GetModelsResponse.models``) are parsed with the response, since the caller reads them next; so are
the other top-level fields of each item. Request-side models are never deferred: they are built by the
caller, not parsed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .response_types import is_guaranteed, is_response_model

__all__ = ["deferred_fields", "deferred_imports", "deferred_kind", "guarantees_a_field"]

MODEL_IMPORT = re.compile(r"^from \.\.models\.\w+ import \w+$")  # a generated model or enum module
LIST_TEMPLATE = "list_property.py.jinja"
MODEL_TEMPLATE = "model_property.py.jinja"


def guarantees_a_field(model: Any) -> bool:
    """Some field of ``model`` is guaranteed (:func:`is_guaranteed`): its ``from_dict`` can raise. A request-side
    model guarantees nothing: an absent required field parses as UNSET."""
    if model.required_properties is None or model.optional_properties is None:
        return is_response_model(model)  # not processed yet: cannot tell, so never defer a response model
    return any(is_guaranteed(model, prop) for prop in model.required_properties + model.optional_properties)


def deferred_kind(model: Any, prop: Any, models: Mapping[str, Any]) -> str | None:
    """``"list"`` or ``"dict"``: the JSON container type field ``prop`` of ``model`` keeps for a parse on first
    read; None when it is parsed in ``from_dict``. ``models``: every model by class name (a property that refers
    to a model is a copy without the model's fields)."""
    if not is_response_model(model) or is_guaranteed(model, prop):
        return None  # a guaranteed field (a payload root's array, say) is read at once: the caller reads it next
    if prop.template == LIST_TEMPLATE:
        return "list" if prop.inner_property.template == MODEL_TEMPLATE else None
    if prop.template == MODEL_TEMPLATE:
        target = models.get(prop.class_info.name)
        if target is not None and not guarantees_a_field(target):
            return "dict"
    return None


def deferred_fields(model: Any, models: Mapping[str, Any]) -> dict[str, str]:
    """The fields of ``model`` parsed on first read: Python name -> ``"list"`` or ``"dict"``, in schema order."""
    kinds: dict[str, str] = {}
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        kind = deferred_kind(model, prop, models)
        if kind is not None:
            kinds[prop.python_name] = kind
    return kinds


def deferred_imports(model: Any, models: Mapping[str, Any]) -> list[str]:
    """The model and enum imports only deferred fields of ``model`` use: the module imports them on the first
    deferred read instead of at import (and for type checking), so a first call does not load every nested
    model's module."""
    fields = deferred_fields(model, models)
    deferred: set[str] = set()
    eager: set[str] = set()
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        lines = prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
        (deferred if prop.python_name in fields else eager).update(filter(MODEL_IMPORT.match, lines))
    extra = model.additional_properties
    if extra and extra is not True:
        eager.update(extra.get_imports(prefix="..") | extra.get_lazy_imports(prefix=".."))
    return sorted(deferred - eager)
