"""Build pipeline for scenario-lowcodeapi: fetch -> normalize -> overlay -> generate -> format.

Each stage is a module with one job:

- :mod:`codegen.fetch` gets LowCodeAPI's served spec (or the vendored snapshot);
- :mod:`codegen.normalize` repairs it into a valid OpenAPI 3.0 document;
- :mod:`codegen.overlay` applies the OpenAPI Overlay files in ``overrides/``;
- :mod:`codegen.generate` runs openapi-python-client with our templates, formats with ruff and
  swaps the result into ``generated/`` atomically;
- :mod:`codegen.drift` reports what changed between two specs;
- :mod:`codegen.release` holds the version (pyproject.toml) and the vendored spec's metadata;
- :mod:`codegen.update` turns a spec change into a release, classified by :mod:`codegen.api_diff` at the
  generated Python API.
"""
