"""The "Where each response type comes from" table of docs/types.md (moved there from README.md, issue #20) is this module's output (issue #17, point 2): per
operation, the type its answer parses into, what that type guarantees, and which of Scenario's definitions it
comes from. ``python -m tests.test_readme_sources`` prints the table to paste between the markers of docs/types.md."""

from __future__ import annotations

import functools
from typing import Any

from codegen.normalize import iter_operations
from codegen.schemas import scenario_swagger
from tests.conftest import ROOT, final_spec_copy
from tests.contract.scenario import REBUILT_PATHS

START = "<!-- response-sources:start -->"
END = "<!-- response-sources:end -->"
REF = "#/components/schemas/"

# Answers whose definition in Scenario's export does not say what comes back (see overrides/20-operations.overlay.yaml).
NOTES = {
    "PutImagesPixelateResponse": "Scenario defines it as `{}`: nothing guaranteed; typed with the other image answers' fields, all optional",
    "PutImagesRemoveBackgroundResponse": "Scenario's export does not define it: nothing guaranteed; typed with the other image answers' fields, all optional",
}


def _ref(schema: Any) -> str:
    return str(schema["$ref"])[len(REF) :]


@functools.cache
def table() -> str:
    spec = final_spec_copy()
    schemas = spec["components"]["schemas"]
    exported = scenario_swagger()["paths"]
    rows = ["| operation | parses into | guaranteed | from Scenario's definition |", "|---|---|---|---|"]
    for path, method, op in sorted(
        iter_operations(spec), key=lambda t: (t[2]["x-scenario-resource"], t[2]["x-scenario-method"])
    ):
        responses = op["responses"]
        name = _ref(responses["200"]["content"]["application/json"]["schema"])
        guaranteed = ", ".join(f"`{f}`" for f in schemas[name].get("required") or []) or "nothing"
        scenario_path = path.removeprefix("/v1")
        if op["operationId"] in NOTES:
            source = NOTES[op["operationId"]]
        elif name in NOTES:
            source = f"`{name}`: {NOTES[name]}"
        elif scenario_path in exported and method in exported[scenario_path]:
            source = f"`{method.upper()} {scenario_path}`, 200: `{name}`"
        elif scenario_path in REBUILT_PATHS:
            source = f"orphaned definition `{name}` (the export has no path for it)"
        else:  # pragma: no cover - every operation is one of the above (asserted by the test)
            raise AssertionError(f"{op['operationId']}: no source for {name}")
        if "269" in responses:
            source += "; dry run: `DryRunResponse` (269)"
        call = f"`{op['x-scenario-resource']}.{op['x-scenario-method']}`"
        rows.append(f"| {call} | `{name}` | {guaranteed} | {source} |")
    return "\n".join(rows)


def test_readme_table_is_current() -> None:
    readme = (ROOT / "docs" / "types.md").read_text(encoding="utf-8")
    start, end = readme.index(START) + len(START), readme.index(END)
    assert readme[start:end].strip() == table(), (
        "docs/types.md's response-sources table is stale: python -m tests.test_readme_sources"
    )


def test_table_covers_every_operation_and_the_loose_definitions() -> None:
    rows = table().splitlines()[2:]
    assert len(rows) == 28
    pixelate = next(r for r in rows if r.startswith("| `images.pixelate`"))
    assert "| nothing |" in pixelate and "`{}`" in pixelate
    remove = next(r for r in rows if r.startswith("| `images.remove_background`"))
    assert "| nothing |" in remove
    assert sum("DryRunResponse" in r for r in rows) == 6


if __name__ == "__main__":
    print(table())
