"""Hand-written runtime of the generated ``scenario_lowcodeapi`` package.

The build copies the ``_*.py`` modules of this directory verbatim into the generated package; this file only
makes them importable (``codegen.runtime._base_client``) for the tests, and is not copied.
"""
