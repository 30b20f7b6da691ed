"""generate: the committed package is exactly what the pipeline makes, complete, typed, and safe to rebuild."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

from codegen.generate import generate, generated_digest, tree_digest
from codegen.paths import PACKAGE_DIR, ROOT
from tests.conftest import final_spec_copy
from tests.ops import operation_modules
from tests.test_overlay import EXPECTED_IDS


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    return generate(final_spec_copy(), generated=out)


def test_committed_package_is_up_to_date(fresh_tree: Path) -> None:
    """Templates, runtime or overrides changed without `make generate`? This fails."""
    assert generated_digest(PACKAGE_DIR) == generated_digest(fresh_tree)  # the package and api.md beside it


def test_generated_tree_snapshot(fresh_tree: Path, snapshot: Any) -> None:
    """Each file's path and hash: a spec or template change shows here until the snapshot is updated on purpose."""
    assert generated_digest(fresh_tree) == snapshot(extension_class=JSONSnapshotExtension)


def test_generation_is_deterministic(fresh_tree: Path, tmp_path: Path) -> None:
    again = generate(final_spec_copy(), generated=tmp_path)
    assert generated_digest(again) == generated_digest(fresh_tree)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staging")], "staging dir left behind"


def test_all_28_operations_have_four_typed_functions() -> None:
    modules = operation_modules()
    assert sorted(modules) == sorted(EXPECTED_IDS)
    for name, module in modules.items():
        for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, fn, None)), f"{name}.{fn} missing"
        assert inspect.iscoroutinefunction(module.asyncio)
        ret = typing.get_type_hints(module.sync)["return"]
        if name == "get_inference_image":  # may answer a raw image (x-scenario-binary-response)
            ret, raw = typing.get_args(ret)
            assert raw is bytes
        if "dry_run" in inspect.signature(module.sync).parameters:  # the implementation behind the overloads
            ret, dry = typing.get_args(ret)
            assert dry.__name__ == "DryRunResponse"
        assert inspect.isclass(ret) and ret.__module__.startswith("scenario_lowcodeapi.models."), (
            f"{name}.sync -> {ret}"
        )
        assert hasattr(ret, "from_dict")


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{ this is not json", "not valid JSON"),
        ('{"openapi": "3.0.0", "info": {}}', "no paths"),
        ('{"openapi": "3.0.0", "paths": {}}', "no paths"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_malformed_spec_is_one_line_and_leaves_generated_untouched(tmp_path: Path, content: str, expected: str) -> None:
    before = tree_digest(PACKAGE_DIR)
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    result = _run_cli("generate", "--spec", str(bad))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert tree_digest(PACKAGE_DIR) == before


def test_operation_colliding_with_an_override_is_refused(tmp_path: Path, served_spec: dict[str, Any]) -> None:
    before = tree_digest(PACKAGE_DIR)
    spec = json.loads(json.dumps(served_spec))
    spec["paths"]["/v1/models/{modelId}/summary"] = {"get": {"operationId": "get_model", "responses": {}}}
    path = tmp_path / "collide.json"
    path.write_text(json.dumps(spec))
    result = _run_cli("generate", "--spec", str(path))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "'get_model'" in result.stderr
    assert tree_digest(PACKAGE_DIR) == before


def test_unreachable_url_is_one_line(tmp_path: Path) -> None:
    before = tree_digest(PACKAGE_DIR)
    result = _run_cli("generate", "--url", "http://127.0.0.1:9/scenario/openapi")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot fetch" in result.stderr
    assert tree_digest(PACKAGE_DIR) == before


def test_failure_inside_generation_keeps_the_old_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codegen import generate as gen
    from codegen.errors import CodegenError

    target = generate(final_spec_copy(), generated=tmp_path)
    before = tree_digest(target)
    api_md = (tmp_path / "api.md").read_bytes()

    def boom(directory: Path) -> None:
        raise CodegenError("ruff format failed")

    monkeypatch.setattr(gen, "format_tree", boom)
    with pytest.raises(CodegenError):
        gen.generate(final_spec_copy(), generated=tmp_path)
    assert tree_digest(target) == before and (tmp_path / "api.md").read_bytes() == api_md
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api.md", "scenario_lowcodeapi"]


def test_package_imports_only_its_declared_dependencies() -> None:
    """pyproject's runtime dependencies are httpx and attrs: a spec change needing more (dateutil) must say so."""
    import ast
    import tomllib

    declared = {"httpx", "attrs"}
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert {d.split(">")[0].split("<")[0].split("=")[0].strip() for d in deps} == declared
    stdlib = set(sys.stdlib_module_names)
    imported: set[str] = set()
    for path in PACKAGE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    assert imported - stdlib - {"scenario_lowcodeapi"} <= declared
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_a_sync_program_never_loads_asyncio() -> None:
    """Loading asyncio is a sixth of a cold start: only the async paths import it (when first used)."""
    code = (
        "import sys, httpx\n"
        "from scenario_lowcodeapi import Scenario\n"
        "from scenario_lowcodeapi.models import GetModelsByModelIdResponse\n"
        "c = Scenario(api_token='at_x', httpx_args={'transport': httpx.MockTransport("
        "lambda r: httpx.Response(200, json={'data': {'model': {'id': 'm'}}}))})\n"
        "assert isinstance(c.models.get('m'), GetModelsByModelIdResponse)\n"
        "print('asyncio' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
