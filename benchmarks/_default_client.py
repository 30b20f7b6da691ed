"""A default openapi-python-client build of the same final spec, generated at bench time for comparison.

No custom templates, no post hooks (ruff formatting would only cost time): what a user gets from
``openapi-python-client generate`` on our final spec. Written to ``.bench/default_client/scenario_default``
(gitignored) and imported from there.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import shutil
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = "scenario_default"


def build(spec: dict[str, Any], spec_path: Path, out_root: Path) -> float:
    """Generate the package into ``out_root/scenario_default``; returns the seconds it took."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    start = time.perf_counter()
    package_dir = out_root / PACKAGE
    if package_dir.exists():
        shutil.rmtree(package_dir)
    out_root.mkdir(parents=True, exist_ok=True)
    config = Config.from_sources(
        ConfigFile(post_hooks=[]),
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(f"openapi-python-client rejected the spec: {data.header}: {data.detail or ''}")
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = list(Project(openapi=data, config=config).build())
    if errors:
        raise RuntimeError(f"openapi-python-client reported {len(errors)} problem(s); first: {errors[0].header}")
    return time.perf_counter() - start


def load(out_root: Path) -> tuple[ModuleType, ModuleType, ModuleType]:
    """``(package, api.models.get_model, api.models.list_models)`` of the default build."""
    root = str(out_root)
    if root not in sys.path:
        sys.path.insert(0, root)
    importlib.invalidate_caches()
    package = importlib.import_module(PACKAGE)
    get_model = importlib.import_module(f"{PACKAGE}.api.models.get_model")
    list_models = importlib.import_module(f"{PACKAGE}.api.models.list_models")
    return package, get_model, list_models
