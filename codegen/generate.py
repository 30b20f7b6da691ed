"""Stage 4 and 5: generate the package with openapi-python-client and our templates, format it,
and swap it into ``generated/`` atomically.

The new tree is built in a temporary directory beside ``generated/`` (same filesystem), checked,
formatted, and only then renamed into place, so a failed run leaves the committed package as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .errors import CodegenError
from .extras import API_MD
from .paths import CONFIG, GENERATED, PACKAGE_NAME, RUNTIME, TEMPLATES
from .release import Release, current_release
from .retry import RETRY_DOCS, retry_policy

# Runtime modules copied verbatim into the package (everything in codegen/runtime but its __init__).
RUNTIME_SKIP = {"__init__.py"}


def _project(spec: dict[str, Any], output: Path, release: Release | None = None) -> Any:
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    release = release or current_release()
    config_file = ConfigFile.load_from_path(CONFIG)
    # The version is pyproject.toml's (codegen/release.py), never a second copy in config.yaml.
    config_file.package_version_override = release.version
    config = Config.from_sources(
        config_file, MetaType.NONE, document_source=CONFIG, file_encoding="utf-8", overwrite=True, output_path=output
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise CodegenError(f"openapi-python-client rejected the spec: {data.header}: {data.detail or ''}")
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    from .extras import EXTRA_EXPORTS, OPTION_NAMES, OPTION_PARAMS, error_classes
    from .normalize import OLD_PATH_KEY, PATH_PARAMS_KEY, iter_operations

    BINARY_KEY = "x-scenario-binary-response"  # set in overrides/: a non-JSON 2xx body is returned as bytes

    project.env.globals["extra_exports"] = list(EXTRA_EXPORTS)
    project.env.globals["option_params"] = OPTION_PARAMS  # per-call options, as the resource methods declare them
    project.env.globals["option_names"] = OPTION_NAMES
    # Every exception class of the runtime, as (name, module): errors.py and the package __init__ export them all.
    project.env.globals["error_exports"] = [(e.name, f".{e.module}") for e in error_classes(RUNTIME)]
    project.env.globals["spec_meta"] = release.spec
    # What normalize recorded for the old-format fallback, by operationId, for the endpoint template.
    project.env.globals["old_format_routes"] = {
        str(op.get("operationId")): (op[OLD_PATH_KEY], list(op[PATH_PARAMS_KEY]))
        for _, _, op in iter_operations(spec)
        if OLD_PATH_KEY in op
    }
    project.env.globals["retry_policies"] = {
        str(op.get("operationId")): retry_policy(method, op) for _, method, op in iter_operations(spec)
    }
    project.env.globals["retry_docs"] = RETRY_DOCS
    from .deferred import deferred_fields, deferred_imports
    from .response_types import is_guaranteed

    project.env.globals["is_guaranteed"] = is_guaranteed

    models = {m.class_info.name: m for m in data.models}
    project.env.globals["deferred_fields"] = lambda model: deferred_fields(model, models)
    project.env.globals["deferred_imports"] = lambda model: deferred_imports(model, models)
    project.env.globals["binary_operations"] = sorted(
        str(op.get("operationId")) for _, _, op in iter_operations(spec) if op.get(BINARY_KEY)
    )
    return project


def render_package(spec: dict[str, Any], package_dir: Path, release: Release | None = None) -> None:
    """Write the unformatted package for ``spec`` into ``package_dir`` (which must not exist)."""
    import contextlib
    import io

    project = _project(spec, package_dir, release)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = list(project.build())
    if errors:
        first = errors[0]
        detail = " ".join(str(first.detail or "").split())[:200]
        raise CodegenError(f"openapi-python-client reported {len(errors)} problem(s); first: {first.header} {detail}")
    (package_dir / "py.typed").write_text(
        "# Marker file for PEP 561: this package ships type hints.\n", encoding="utf-8"
    )
    for src in sorted(RUNTIME.iterdir()):
        if src.name in RUNTIME_SKIP or src.name.startswith((".", "__pycache__")):
            continue
        if src.is_dir():  # a runtime subpackage (the command line, _cli/)
            shutil.copytree(src, package_dir / src.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.suffix == ".py":
            shutil.copyfile(src, package_dir / src.name)
    write_manifest(spec, package_dir)
    from .extras import render_extras

    render_extras(project, spec, package_dir)


def write_manifest(spec: dict[str, Any], package_dir: Path) -> None:
    """``_manifest.json``: the operations and parameters LowCodeAPI declared in the spec this package is generated
    from (recorded by :func:`codegen.build.build_spec`), for ``doctor``'s comparison with the spec served today."""
    from .build import MANIFEST_KEY
    from .runtime._spec_check import MANIFEST_FILE, manifest_text

    manifest = spec.get(MANIFEST_KEY)
    if not isinstance(manifest, dict):
        raise CodegenError(f"the spec has no {MANIFEST_KEY}: build it with codegen.build.build_spec")
    (package_dir / MANIFEST_FILE).write_text(manifest_text(manifest), encoding="utf-8")


def format_tree(directory: Path) -> None:
    """ruff: fix what is safe (imports, pyupgrade), then format, with the repository's settings."""
    root = Path(__file__).resolve().parent.parent
    config = ["--config", str(root / "pyproject.toml")]
    for args in (["check", "--fix-only", "--quiet", "--exit-zero", *config], ["format", "--quiet", *config]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args, str(directory)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise CodegenError(f"ruff {args[0]} failed: {(result.stderr or result.stdout).strip().splitlines()[-1:]}")


def tree_digest(directory: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file below ``directory`` (caches excluded)."""
    out = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            out[path.relative_to(directory).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def generated_digest(package: Path) -> dict[str, str]:
    """What the generated-tree snapshot records: :func:`tree_digest` of the package, plus the API reference written
    beside it (as ``../api.md``)."""
    digest = tree_digest(package)
    api_md = package.parent / API_MD
    if api_md.exists():
        digest["../" + API_MD] = hashlib.sha256(api_md.read_bytes()).hexdigest()
    return digest


def swap_in(new: Path, target: Path, backup: Path) -> None:
    """Put the directory ``new`` at ``target`` by renames (same filesystem); the previous ``target``, if any, moves
    to ``backup`` and comes back if the swap fails, so ``target`` is never half-written or missing."""
    if target.exists():
        os.rename(target, backup)
    try:
        os.rename(new, target)
    except OSError:
        if backup.exists():
            os.rename(backup, target)
        raise


def generate(spec: dict[str, Any], *, generated: Path = GENERATED, release: Release | None = None) -> Path:
    """Generate ``generated/scenario_lowcodeapi`` from the final spec, atomically. Returns the package path.

    ``release`` (version and spec metadata) defaults to the repository's: pyproject.toml and the vendored
    spec's metadata file."""
    generated.mkdir(parents=True, exist_ok=True)
    target = generated / PACKAGE_NAME
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=generated))
    try:
        package = staging / PACKAGE_NAME
        render_package(spec, package, release)
        format_tree(package)
        swap_in(package, target, staging / "previous")
        os.replace(staging / API_MD, generated / API_MD)  # the API reference render_extras wrote beside the package
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
