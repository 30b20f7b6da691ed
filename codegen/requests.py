"""Merge Scenario's request shapes into LowCodeAPI's operations (runs after the overlays).

LowCodeAPI forwards the query string (but ``api_token``) and the JSON body to Scenario unchanged, so a request
works when it matches Scenario's own definition. ``python -m codegen import-schemas`` records that definition on
each operation (``x-scenario-request``: its body schema and query parameters); this step makes it the operation's:

- Body: Scenario's schema replaces LowCodeAPI's intent. A field the intent documents and Scenario's definition
  lacks is kept (added to the schema) unless ``overrides/`` lists it under ``x-scenario-dropped-fields`` with the
  reason Scenario contradicts it; an unexplained loss, or a listed field the intent no longer has, is an error.
- Query: Scenario's parameters are added; one LowCodeAPI already documents keeps its schema (Scenario's export
  types every query parameter as a string, so it says nothing the intent and our overrides do not), and takes
  Scenario's description when it has none and Scenario's ``required``. LowCodeAPI-only parameters stay.
- Booleans: the query parameters Scenario reads as ``true``/``false`` (:data:`BOOLEAN_QUERY`; its export types them
  as strings) take ``bool | str``: a ``bool`` goes on the wire as ``true``/``false`` (httpx's rendering), a string
  as given, as before.
- Dry runs: an operation that takes ``dryRun`` also answers 269 with Scenario's ``DryRunResponse``.
"""

from __future__ import annotations

import copy
from typing import Any

from .errors import CodegenError
from .normalize import iter_operations
from .schemas import REQUEST_KEY

DROPPED_KEY = "x-scenario-dropped-fields"

# Query parameters Scenario reads as booleans ("If set to true, ..."; dryRun: any paid operation's price only).
BOOLEAN_QUERY = frozenset({"dryRun", "originalAssets", "loadedOnly", "blacklisted"})
BOOLEAN_OR_STRING: dict[str, Any] = {"anyOf": [{"type": "boolean"}, {"type": "string"}]}


DRY_RUN_STATUS = "269"
DRY_RUN_DESCRIPTION = "true: answer only what the request would cost (DryRunResponse); nothing is done or billed"
DRY_RUN_SCHEMA = "#/components/schemas/DryRunResponse"


def dry_run_answer(op: dict[str, Any]) -> None:
    """An operation that takes ``dryRun`` answers Scenario's ``DryRunResponse`` with status 269 to a dry run."""
    if any(
        isinstance(p, dict) and p.get("in") == "query" and p.get("name") == "dryRun" for p in op.get("parameters") or []
    ):
        op.setdefault("responses", {})[DRY_RUN_STATUS] = {
            "description": "A dry run (dryRun=true): what the request would cost; nothing was done",
            "content": {"application/json": {"schema": {"$ref": DRY_RUN_SCHEMA}}},
        }


def booleans_as_bool(op: dict[str, Any]) -> None:
    """Type the :data:`BOOLEAN_QUERY` parameters of ``op`` ``bool | str`` (see the module docstring)."""
    for param in op.get("parameters") or []:
        if isinstance(param, dict) and param.get("in") == "query" and param.get("name") in BOOLEAN_QUERY:
            param["schema"] = copy.deepcopy(BOOLEAN_OR_STRING)
            if param["name"] == "dryRun" and not param.get("description"):  # Scenario's export says nothing
                param["description"] = DRY_RUN_DESCRIPTION


def _json_schema(op: dict[str, Any]) -> dict[str, Any]:
    body = op.get("requestBody")
    if not isinstance(body, dict):
        return {}
    schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
    return schema if isinstance(schema, dict) else {}


def merge_query(op: dict[str, Any], scenario: list[dict[str, Any]]) -> None:
    params: list[dict[str, Any]] = op.setdefault("parameters", [])
    for new in scenario:
        old = next((p for p in params if p.get("in") == "query" and p.get("name") == new["name"]), None)
        if old is None:
            params.append(copy.deepcopy(new))
            continue
        if new.get("required"):
            old["required"] = True
        if new.get("description") and not old.get("description"):
            old["description"] = new["description"]


def merge_body(
    op: dict[str, Any], body: dict[str, Any], dropped: dict[str, str], where: str, components: dict[str, Any]
) -> None:
    schema = copy.deepcopy(body["schema"])
    intent = _json_schema(op)
    intent_props = intent.get("properties") or {} if "$ref" not in intent else {}
    resolved = components.get(str(schema["$ref"]).rsplit("/", 1)[-1], {}) if "$ref" in schema else schema
    scenario_props = resolved.get("properties") or {}
    stale = sorted(set(dropped) - set(intent_props))
    if stale:
        raise CodegenError(f"{where}: {DROPPED_KEY} lists {', '.join(stale)}, which LowCodeAPI's intent no longer has")
    kept = [name for name in intent_props if name not in scenario_props and name not in dropped]
    if kept:
        if "$ref" in schema:
            raise CodegenError(
                f"{where}: LowCodeAPI's intent documents {', '.join(kept)}, absent from {schema['$ref']}; "
                f"list them under {DROPPED_KEY} with the reason, or inline the definition"
            )
        schema.setdefault("properties", {})
        for name in kept:
            schema["properties"][name] = copy.deepcopy(intent_props[name])
    old = op.get("requestBody") if isinstance(op.get("requestBody"), dict) else {}
    new: dict[str, Any] = {"content": {"application/json": {"schema": schema}}}
    if old.get("description"):
        new["description"] = old["description"]
    if body.get("required"):
        new["required"] = True
    op["requestBody"] = new


def apply_scenario_requests(spec: dict[str, Any]) -> None:
    """Make each operation's request Scenario's (see the module docstring); removes the ``x-`` records."""
    components = (spec.get("components") or {}).get("schemas") or {}
    for path, method, op in iter_operations(spec):
        dropped = op.pop(DROPPED_KEY, None) or {}
        record = op.pop(REQUEST_KEY, None)
        where = f"{method.upper()} {path}"
        if record is None:
            if dropped:
                raise CodegenError(f"{where}: {DROPPED_KEY} without Scenario's request to replace the intent")
            booleans_as_bool(op)
            dry_run_answer(op)
            continue
        merge_query(op, record.get("query") or [])
        booleans_as_bool(op)
        dry_run_answer(op)
        if "body" in record:
            merge_body(op, record["body"], {str(k): str(v) for k, v in dropped.items()}, where, components)
        elif dropped:
            raise CodegenError(f"{where}: {DROPPED_KEY} but Scenario defines no body for it")
