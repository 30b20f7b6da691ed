"""Where the pipeline reads and writes, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODEGEN_DIR = ROOT / "codegen"
SNAPSHOT = CODEGEN_DIR / "spec" / "scenario.openapi.json"
# Scenario's own API definition (Swagger 2.0): read through codegen.schemas.scenario_swagger().
SCENARIO_SWAGGER = CODEGEN_DIR / "spec" / "scenario-official-swagger2.json"
CONFIG = CODEGEN_DIR / "config.yaml"
TEMPLATES = CODEGEN_DIR / "templates"
RUNTIME = CODEGEN_DIR / "runtime"
OVERRIDES = ROOT / "overrides"
GENERATED = ROOT / "generated"
PACKAGE_NAME = "scenario_lowcodeapi"
PACKAGE_DIR = GENERATED / PACKAGE_NAME
SPEC_URL = "https://backend.lowcodeapi.com/scenario/openapi"
