"""Every operation of the generated package, and a minimal and a full call of each, found by introspection.

Operations are the modules under ``scenario_lowcodeapi.api`` (each has ``_ROUTE`` and ``sync_detailed``); the
resource methods are the ones the ``Scenario`` resource classes define themselves (helpers such as ``wait`` come
from mixins and are not operations), mapped to their operation module by the import in their body. Arguments come
from the signatures and type hints: the minimal call passes only what has no default, the full call every typed
argument but the per-call options. Values come from the types, and where a type is loose (``str``, ``float``,
``Any``) from the schema Scenario gives the field: the first enum value, a number within the bounds, a data URL
for an image.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import os
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import attrs
from openapi_python_client.strings import snake_case

import scenario_lowcodeapi
import scenario_lowcodeapi.models
from scenario_lowcodeapi import Scenario
from scenario_lowcodeapi.types import Unset
from tests.contract.scenario import contract_document, find_operation
from tests.ops import operation_modules
from tests.wire import PNG_DATA_URL

OPTIONS = frozenset({"client", "extra_query", "extra_headers", "extra_body", "timeout"})
IMAGE_FIELDS = frozenset({"image", "data"})
VARIANTS = ("minimal", "full")


@dataclass(frozen=True)
class Operation:
    name: str  # module name: "get_model"
    module: types.ModuleType
    method: str
    path: str  # "/v1/models/{modelId}"

    @property
    def has_path_params(self) -> bool:
        return "{" in self.path

    def target(self) -> dict[str, Any]:
        """Scenario's operation for this one (the contract's)."""
        found = find_operation(self.method, re.sub(r"\{[^/]+\}", "x", self.path))
        if found is None:
            raise AssertionError(f"{self.name}: no {self.method} {self.path} in Scenario's definition")
        return found[1]


@functools.cache
def operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for name, module in operation_modules().items():
        route = module._ROUTE
        found[name] = Operation(name, module, route.method, route.path)
    return dict(sorted(found.items()))


@functools.cache
def resource_methods() -> dict[str, tuple[str, str]]:
    """operation name -> (resource attribute, method name) of the sync ``Scenario`` client."""
    hints = typing.get_type_hints(Scenario)
    found: dict[str, tuple[str, str]] = {}
    for resource, cls in hints.items():
        if not isinstance(cls, type) or resource.startswith("_"):
            continue
        for name, fn in vars(cls).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            match = re.search(r"from \.api\.\w+ import (\w+)", inspect.getsource(fn))
            if match:
                found[match.group(1)] = (resource, name)
    return found


@functools.cache
def _namespace() -> dict[str, Any]:
    """Names the generated annotations use (the models package loads lazily, so import every model module)."""
    from scenario_lowcodeapi import _resources, request_types

    namespace = dict(vars(_resources))
    namespace.update(vars(request_types))  # the TypedDicts and Literal aliases dict-style arguments accept
    for info in pkgutil.iter_modules(scenario_lowcodeapi.models.__path__):
        module = importlib.import_module(f"scenario_lowcodeapi.models.{info.name}")
        namespace.update({k: v for k, v in vars(module).items() if isinstance(v, type)})
    return namespace


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(fn, globalns=_namespace())


# ------------------------------------------------------------------------------------------------------- values


def _resolve(schema: Any) -> dict[str, Any] | None:
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if ref:
        return _resolve(contract_document()["components"]["schemas"][ref.rsplit("/", 1)[-1]])
    return schema


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [m for m in typing.get_args(tp) if m is not type(None) and m is not Unset]
    return [tp]


def _pick(tp: Any) -> Any:
    """One member of a union: a model class first (over a plain dict), then ``str`` (an image as a data URL)."""
    members = _members(tp)
    for member in members:
        if attrs.has(member):
            return member
    for member in members:
        if member is str:
            return str
    return members[0]


def _number(schema: dict[str, Any] | None, integer: bool) -> float:
    schema = schema or {}
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        value = (low + high) / 2
    elif low is not None:
        value = low + (1 if schema.get("exclusiveMinimum") else 0)
    elif high is not None:
        value = min(high, 1)
    else:
        value = 1
    return int(value) if integer else float(value)


def from_schema(schema: Any, full: bool, wire: str = "") -> Any:
    """A valid value for a (Scenario) schema, for fields the client types as ``Any``."""
    schema = _resolve(schema) or {}
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        return [from_schema(schema.get("items"), full)]
    if kind == "object":
        props = schema.get("properties") or {}
        names = props if full else schema.get("required", [])
        return {name: from_schema(props.get(name), full, name) for name in names}
    if kind in ("number", "integer"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return True
    return PNG_DATA_URL if wire in IMAGE_FIELDS else "sample-1"


def value_for(tp: Any, schema: Any, full: bool, wire: str = "") -> Any:
    """A valid value of the client type ``tp`` for a field Scenario describes by ``schema`` (or None)."""
    schema = _resolve(schema)
    tp = _pick(tp)
    origin = typing.get_origin(tp)
    if tp is Any or tp is object:
        return from_schema(schema, full, wire)
    if attrs.has(tp):
        return build_model(tp, schema, full)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        allowed = (schema or {}).get("enum")
        members = [m for m in tp if allowed is None or m.value in allowed]
        if not members:
            raise AssertionError(f"{tp.__name__} has no value Scenario accepts for {wire} ({allowed})")
        return members[0]
    if tp is bool:
        return True
    if tp is int:
        return _number(schema, True)
    if tp is float:
        return _number(schema, False)
    if tp is str or (isinstance(tp, type) and issubclass(tp, (os.PathLike, bytes))):
        if schema and "enum" in schema:
            return schema["enum"][0]
        return PNG_DATA_URL if wire in IMAGE_FIELDS else "sample-1"
    if origin in (list, Sequence):
        (item,) = typing.get_args(tp) or (Any,)
        return [value_for(item, (schema or {}).get("items"), full)]
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        return from_schema(schema, full, wire) if schema else {}
    raise AssertionError(f"no value generator for {tp!r} ({wire})")


def _wire_names(properties: Mapping[str, Any]) -> dict[str, str]:
    """python name -> wire name, for the schema's properties (also with the ``_`` suffix keywords get: ``format_``)."""
    names = {snake_case(name): name for name in properties}
    return {**{f"{py}_": wire for py, wire in names.items()}, **names}


def build_model(cls: type, schema: dict[str, Any] | None, full: bool) -> Any:
    """An instance of the attrs model ``cls``: its required fields (``full``: every field)."""
    hints = typing.get_type_hints(cls, globalns=_namespace())
    props = (schema or {}).get("properties") or {}
    wire = _wire_names(props)
    kwargs: dict[str, Any] = {}
    for f in attrs.fields(cls):
        if not f.init or f.name == "additional_properties":
            continue
        if f.default is not attrs.NOTHING and not full:
            continue
        name = wire.get(f.name, f.name)
        kwargs[f.name] = value_for(hints[f.name], props.get(name), full, name)
    return cls(**kwargs)


# -------------------------------------------------------------------------------------------------------- calls


def _arguments(
    fn: Callable[..., Any], op: Operation, variant: str, skip: frozenset[str] = OPTIONS
) -> tuple[list[Any], dict[str, Any]]:
    full = variant == "full"
    target = op.target()
    body_schema = _resolve(
        ((target.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    )
    body_props = (body_schema or {}).get("properties") or {}
    query = {snake_case(p["name"]): p for p in target.get("parameters", []) if p["in"] == "query"}
    query.update({f"{py}_": p for py, p in list(query.items())})
    body_wire = _wire_names(body_props)
    hints = _hints(fn)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name in skip or name == "self":
            continue
        if param.kind is param.POSITIONAL_OR_KEYWORD and param.default is param.empty:
            args.append(f"{name.removesuffix('_id')}_1")  # a path parameter: "model_1"
            continue
        if param.default is not param.empty and not full:
            continue
        if name == "body":
            kwargs[name] = value_for(hints[name], body_schema, full)
        elif name in query:
            kwargs[name] = value_for(hints[name], query[name].get("schema"), full, query[name]["name"])
        else:  # a body field flattened into a keyword argument (resource style)
            wire = body_wire.get(name, name)
            kwargs[name] = value_for(hints[name], body_props.get(wire), full, wire)
    return args, kwargs


def function_call(op: Operation, variant: str) -> Callable[[Any], Any]:
    """``client -> op.sync_detailed(..., client=client)`` with the variant's arguments."""
    args, kwargs = _arguments(op.module.sync_detailed, op, variant)
    return lambda client: op.module.sync_detailed(*args, client=client, **kwargs)


def resource_call(op: Operation, variant: str) -> Callable[[Scenario], Any]:
    """``scenario -> scenario.<resource>.<method>(...)`` with the variant's arguments."""
    resource, method = resource_methods()[op.name]
    fn = getattr(_resource_class(resource), method)
    args, kwargs = _arguments(fn, op, variant)
    if variant == "minimal":
        # The image operations refuse a call without their image before sending (ValueError): the minimal call
        # passes the image (an asset ID where the operation takes one), the one argument they cannot work without.
        params = inspect.signature(fn).parameters
        if "image" in params and "asset_id" in params:
            kwargs.setdefault("asset_id", "asset_1")
        elif "data" in params and "asset_id" not in params and "asset_ids" not in params:
            kwargs.setdefault("data", MINIMAL_IMAGE)
    return lambda scenario: getattr(getattr(scenario, resource), method)(*args, **kwargs)


MINIMAL_IMAGE = "data:image/png;base64,iVBORw0KGgo="


def _resource_class(resource: str) -> Any:
    return typing.get_type_hints(Scenario)[resource]
