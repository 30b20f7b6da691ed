"""The generated operations: one module per operation under ``scenario_lowcodeapi.api.<group>``.

Light on purpose (it imports the generated package and nothing else): tests that only need the operations'
modules or routes use this rather than ``tests.contract.calls``, which loads openapi-core.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import types
from collections.abc import Mapping


@functools.cache
def operation_modules() -> Mapping[str, types.ModuleType]:
    """Operation name (its module's name, ``"get_model"``) -> module, group by group; read-only (cached)."""
    import scenario_lowcodeapi.api as api

    found: dict[str, types.ModuleType] = {}
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for info in pkgutil.iter_modules(package.__path__):
            found[info.name] = importlib.import_module(f"{package.__name__}.{info.name}")
    return types.MappingProxyType(found)
