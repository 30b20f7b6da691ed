"""``python -m codegen <command>``: the build pipeline's command line.

Commands:
  generate [--offline] [--spec PATH]   fetch (or use PATH / the snapshot), normalize, overlay, generate, format
  normalize [--spec PATH]              print the normalized spec (default: the vendored snapshot)
  spec [--spec PATH]                   print the final spec (normalized + overrides)
  drift --spec PATH                    compare PATH with the vendored snapshot; exit 1 on any change
  update [--spec PATH] [--dry-run]     new spec -> drift, API comparison, `release: major|minor|patch|none`;
                                       without --dry-run: bump the version, regenerate, CHANGELOG entry
  update-spec                          refresh the vendored snapshot from LowCodeAPI (online)
  import-schemas --swagger PATH        rebuild overrides/10-scenario-schemas.overlay.json from Scenario's export

Any bad input ends with one line on stderr naming the problem and a non-zero exit; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from .errors import CodegenError

SCHEMAS_OVERLAY = "10-scenario-schemas.overlay.json"


def _dump(doc: object) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def cmd_generate(args: argparse.Namespace) -> int:
    from .build import build_spec
    from .fetch import fetch_spec
    from .generate import generate
    from .release import Release, read_version, spec_meta_for, spec_text, today

    start = time.perf_counter()
    if args.url:
        from .fetch import download_spec

        source = download_spec(args.url)  # an explicit URL never falls back silently
    else:
        source = fetch_spec(spec=args.spec, offline=args.offline)
    # SPEC in the package names what it was built from: the vendored metadata when that is the vendored spec.
    if args.spec is not None:
        meta = spec_meta_for(Path(args.spec).read_bytes())
    else:
        meta = spec_meta_for(spec_text(source).encode("utf-8"), fetched=today())
    spec = build_spec(source)
    package = generate(spec, release=Release(version=read_version(), spec=meta))
    n_ops = sum(1 for p in spec["paths"].values() for m in p if m in ("get", "put", "post", "delete", "patch"))
    elapsed = time.perf_counter() - start
    print(f"generate: {n_ops} operations -> {package} in {elapsed:.2f} s")
    return 0


def cmd_normalize(args: argparse.Namespace) -> int:
    from .fetch import load_spec_file
    from .normalize import normalize, validate
    from .paths import SNAPSHOT

    doc = normalize(load_spec_file(args.spec or SNAPSHOT))
    try:
        validate(doc)
    except ImportError:  # normalize itself needs only the stdlib; say plainly what was not checked
        print("normalize: openapi-spec-validator is not installed (make venv), output not validated", file=sys.stderr)
    sys.stdout.write(_dump(doc))
    return 0


def cmd_spec(args: argparse.Namespace) -> int:
    from .build import build_spec
    from .fetch import load_spec_file
    from .paths import SNAPSHOT

    sys.stdout.write(_dump(build_spec(load_spec_file(args.spec or SNAPSHOT))))
    return 0


def cmd_drift(args: argparse.Namespace) -> int:
    from .drift import report
    from .fetch import load_spec_file
    from .paths import SNAPSHOT

    text, code = report(load_spec_file(args.against or SNAPSHOT), load_spec_file(args.spec))
    print(text)
    return code


def cmd_update_spec(args: argparse.Namespace) -> int:
    from .fetch import update_snapshot

    path = update_snapshot()  # also writes the metadata file (sha256, fetch date) beside it
    print(f"update-spec: wrote {path}; run `python -m codegen drift --spec {path}` against git's copy to review")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from .update import run_update

    run_update(spec_path=args.spec, dry_run=args.dry_run, notes=args.notes)
    return 0


def schemas_overlay(swagger: dict[str, Any], label: str) -> dict[str, Any]:
    """The overlay ``import-schemas`` writes: the components the other overlays name, and Scenario's requests."""
    import re

    from .build import lowcodeapi_operations
    from .fetch import load_spec_file
    from .overlay import load_overlay, overlay_files
    from .paths import OVERRIDES, SNAPSHOT
    from .requests import DRY_RUN_SCHEMA
    from .schemas import components_overlay

    names: set[str] = set()
    for path in overlay_files(OVERRIDES):
        if path.name != SCHEMAS_OVERLAY:
            text = json.dumps(load_overlay(path))
            names.update(re.findall(r"#/components/schemas/(\w+(?:Response|Request))\b", text))
    names.add(DRY_RUN_SCHEMA.rsplit("/", 1)[-1])  # codegen/requests.py answers every dryRun with it (status 269)
    # An answer Scenario does not define (PutImagesRemoveBackgroundResponse) is defined by the overlay naming it.
    names &= set(swagger.get("definitions") or {})
    operations = lowcodeapi_operations(load_spec_file(SNAPSHOT))
    return components_overlay(swagger, sorted(names), source=label, operations=operations)


def cmd_import_schemas(args: argparse.Namespace) -> int:
    from .fetch import load_spec_file
    from .paths import OVERRIDES

    swagger = load_spec_file(args.swagger)
    overlay = schemas_overlay(swagger, args.swagger_label or Path(args.swagger).name)
    out = OVERRIDES / SCHEMAS_OVERLAY
    tmp = out.with_suffix(".tmp")
    tmp.write_text(_dump(overlay), encoding="utf-8")
    tmp.replace(out)
    print(f"import-schemas: {len(overlay['actions'][0]['update']['schemas'])} schemas -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("generate", help="build generated/scenario_lowcodeapi")
    p.add_argument("--offline", action="store_true", help="use the vendored snapshot without trying the network")
    p.add_argument("--spec", type=Path, help="build from this spec file instead of fetching")
    p.add_argument("--url", help="fetch the spec from this URL (no fallback to the snapshot)")
    p.set_defaults(func=cmd_generate)
    p = sub.add_parser("normalize", help="print the normalized spec")
    p.add_argument("--spec", type=Path)
    p.set_defaults(func=cmd_normalize)
    p = sub.add_parser("spec", help="print the final spec (normalized + overrides)")
    p.add_argument("--spec", type=Path)
    p.set_defaults(func=cmd_spec)
    p = sub.add_parser("drift", help="compare a spec with the vendored snapshot")
    p.add_argument("--spec", type=Path, required=True)
    p.add_argument("--against", type=Path, help="compare with this spec instead of the snapshot")
    p.set_defaults(func=cmd_drift)
    p = sub.add_parser("update", help="classify a spec change and release it (version, CHANGELOG, regenerate)")
    p.add_argument("--spec", type=Path, help="the new spec (default: fetch LowCodeAPI's)")
    p.add_argument("--dry-run", action="store_true", help="print the drift and the release level; write nothing")
    p.add_argument("--notes", type=Path, help="also write the CHANGELOG entry to this file (e.g. a PR body)")
    p.set_defaults(func=cmd_update)
    p = sub.add_parser("update-spec", help="refresh the vendored snapshot (online)")
    p.set_defaults(func=cmd_update_spec)
    p = sub.add_parser("import-schemas", help="convert Scenario's Swagger definitions into an overlay")
    p.add_argument("--swagger", type=Path, required=True)
    p.add_argument("--swagger-label", help="how the overlay names its source (default: the file name)")
    p.set_defaults(func=cmd_import_schemas)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CodegenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted; generated/ left unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
