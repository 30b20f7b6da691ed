"""The Overlay 1.0 applier, and the overrides we ship."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.build import build_spec
from codegen.errors import CodegenError
from codegen.normalize import iter_operations
from codegen.overlay import apply_overlay, apply_overlays

EXPECTED_IDS = [
    "erase_background", "pixelate_image", "remove_background", "upscale_image", "list_inferences", "list_models",
    "create_model", "get_model", "update_model", "delete_model", "list_model_categories", "list_model_classes",
    "copy_model", "train_model", "add_training_image", "delete_training_image", "transfer_model",
    "delete_model_images", "list_model_inferences", "create_inference", "delete_inferences", "delete_all_inferences",
    "get_inference", "delete_inference", "get_inference_image", "delete_inference_image", "list_tags", "get_usages",
]  # fmt: skip


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC = {"paths": {"/a": {"get": {"tags": ["x"], "responses": {"200": {"description": "ok"}}}}, "/b": {"put": {}}}}


def test_update_deep_merges_objects_and_replaces_scalars() -> None:
    out = apply_overlay(
        DOC,
        _overlay(
            {"target": "$.paths['/a'].get", "update": {"operationId": "a", "responses": {"200": {"description": "OK"}}}}
        ),
    )
    assert out["paths"]["/a"]["get"] == {"tags": ["x"], "operationId": "a", "responses": {"200": {"description": "OK"}}}
    assert DOC["paths"]["/a"]["get"].get("operationId") is None  # input untouched


def test_update_on_an_array_appends() -> None:
    out = apply_overlay(DOC, _overlay({"target": "$.paths['/a'].get.tags", "update": ["y"]}))
    assert out["paths"]["/a"]["get"]["tags"] == ["x", "y"]


def test_remove_and_wildcards() -> None:
    out = apply_overlay(
        DOC,
        _overlay(
            {"target": "$.paths.*.*", "update": {"deprecated": True}}, {"target": "$.paths['/b']", "remove": True}
        ),
    )
    assert list(out["paths"]) == ["/a"] and out["paths"]["/a"]["get"]["deprecated"] is True


def test_filter_selector() -> None:
    doc = {"p": [{"name": "pageSize", "schema": {"type": "string"}}, {"name": "x", "schema": {"type": "string"}}]}
    out = apply_overlay(doc, _overlay({"target": "$.p[?@.name == 'pageSize'].schema", "update": {"type": "integer"}}))
    assert [p["schema"]["type"] for p in out["p"]] == ["integer", "string"]


@pytest.mark.parametrize(
    "overlay",
    [
        {"actions": []},
        _overlay({"target": "$.paths['/missing'].get", "update": {"a": 1}}),
        _overlay({"target": "paths", "update": {}}),
        _overlay({"target": "$.paths[", "update": {}}),
        _overlay({"target": "$.paths['/a']"}),
    ],
)
def test_bad_overlays_are_one_line_errors(overlay: dict[str, Any]) -> None:
    with pytest.raises(CodegenError) as info:
        apply_overlay(DOC, overlay)
    assert "\n" not in str(info.value)


def test_an_override_for_an_operation_that_is_gone_fails_loudly(served_spec: dict[str, Any], tmp_path: Path) -> None:
    spec = {**served_spec, "paths": {k: v for k, v in served_spec["paths"].items() if k != "/v1/tags"}}
    with pytest.raises(CodegenError, match="/v1/tags"):
        build_spec(spec)


def test_shipped_overrides_name_and_type_every_operation(final_spec: dict[str, Any]) -> None:
    spec = final_spec
    ops = list(iter_operations(spec))
    assert [op["operationId"] for _, _, op in ops] == EXPECTED_IDS
    schemas = spec["components"]["schemas"]
    for _, _, op in ops:
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        assert ref.rsplit("/", 1)[-1] in schemas
    for name in ("GetModelsResponse", "GetModelsByModelIdResponse", "GetInferencesResponse", "PostModelsInferencesByModelIdResponse",
                 "PutImagesEraseBackgroundResponse", "GetTagsResponse", "GetUsagesResponse", "Model", "Inference"):  # fmt: skip
        assert name in schemas
    page_sizes = [p for _, _, op in ops for p in op.get("parameters", []) if p["name"] == "pageSize"]
    assert page_sizes and all(p["schema"]["type"] == "integer" for p in page_sizes)


def test_apply_overlays_in_file_order(tmp_path: Path) -> None:
    (tmp_path / "1.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: a, version: '1'}\nactions:\n  - target: $.paths['/a'].get\n    update: {operationId: first}\n"
    )
    (tmp_path / "2.json").write_text(
        '{"overlay": "1.0.0", "info": {"title": "b", "version": "1"}, "actions": [{"target": "$.paths[\'/a\'].get", "update": {"operationId": "second"}}]}'
    )
    out = apply_overlays(DOC, sorted(tmp_path.iterdir()))
    assert out["paths"]["/a"]["get"]["operationId"] == "second"
