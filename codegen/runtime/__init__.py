"""Hand-written runtime of the generated ``scenario_lowcodeapi`` package.

The build copies the ``_*.py`` modules of this directory verbatim into the generated package; this file only
makes them importable (``codegen.runtime._base_client``) for the tests, and is not copied.
"""

import tomllib as _tomllib
from pathlib import Path as _Path

# What the generated package's __init__ states, for the runtime modules imported from here (User-Agent).
__version__: str = _tomllib.loads((_Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"
]["version"]
