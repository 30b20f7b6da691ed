"""Everyday commands for scripts: ``models list|get``, ``inferences get``, ``download``, ``usage``.

Each prints a few aligned lines for a person, or with ``--json`` the API's payload as JSON (``to_dict()``: the
field names Scenario uses). Errors are the typed error's one-line message and exit status 1 (see ``_cli``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..types import Unset
from ._common import EXIT_OK, Context, positive_int
from ._output import clean

__all__ = ["register"]


def _text(value: object, default: str = "-") -> str:
    if value is None or isinstance(value, Unset):
        return default
    return clean(value)


def cmd_models_list(ctx: Context) -> int:
    limit: int = ctx.args.limit
    rows: list[Any] = []
    with ctx.client() as client:
        for model in client.models.list(page_size=min(limit, 100)):
            rows.append(model)
            if len(rows) >= limit:
                break
    if ctx.out.json:
        ctx.out.document([model.to_dict() for model in rows])
        return EXIT_OK
    for model in rows:
        ctx.out.line(f"{_text(model.id):<28} {_text(model.status):<18} {_text(model.name)}")
    ctx.out.note(f"{len(rows)} model(s)" + (f" (first {limit}; --limit N for more)" if len(rows) == limit else ""))
    return EXIT_OK


def cmd_models_get(ctx: Context) -> int:
    with ctx.client() as client:
        model = client.models.get(ctx.args.model_id).model
    if ctx.out.json:
        ctx.out.document(model.to_dict())
        return EXIT_OK
    for label, value in (
        ("id", model.id),
        ("name", model.name),
        ("status", model.status),
        ("type", model.type_),
        ("privacy", model.privacy),
        ("created", model.created_at),
        ("updated", model.updated_at),
    ):
        ctx.out.line(f"{label:<8} {_text(value)}")
    return EXIT_OK


def cmd_inferences_get(ctx: Context) -> int:
    with ctx.client() as client:
        inference = client.inferences.get(ctx.args.model_id, ctx.args.inference_id).inference
    if ctx.out.json:
        ctx.out.document(inference.to_dict())
        return EXIT_OK
    images = [] if isinstance(inference.images, Unset) else inference.images
    progress = inference.progress
    for label, value in (
        ("id", inference.id),
        ("model", inference.model_id),
        ("status", inference.status),
        ("progress", None if isinstance(progress, Unset) else f"{float(progress):.0%}"),
        ("prompt", inference.display_prompt),
        ("images", len(images)),
        ("created", inference.created_at),
    ):
        ctx.out.line(f"{label:<9} {_text(value)}")
    return EXIT_OK


def cmd_download(ctx: Context) -> int:
    folder = Path(ctx.args.out)
    with ctx.client() as client:
        saved = client.inferences.download_images(ctx.args.model_id, ctx.args.inference_id, folder)
    if ctx.out.json:
        ctx.out.document({"files": [str(path) for path in saved]})
        return EXIT_OK
    for path in saved:
        ctx.out.line(str(path))
    ctx.out.note(f"{len(saved)} image(s) saved in {folder}")
    return EXIT_OK


def cmd_usage(ctx: Context) -> int:
    with ctx.client() as client:
        usage = client.usages.get(time_range=ctx.args.time_range) if ctx.args.time_range else client.usages.get()
    data = usage.to_dict()
    if ctx.out.json:
        ctx.out.document(data)
        return EXIT_OK
    for item in data.get("usages") or []:
        points = [p for p in item.get("points") or [] if isinstance(p, dict)]
        total = 0.0
        for point in points:
            try:
                total += float(point.get("value") or 0)
            except (TypeError, ValueError):
                continue
        name, granularity = _text(item.get("usageName")), _text(item.get("granularity"))
        ctx.out.line(f"{name:<24} {total:>12g}  ({len(points)} point(s), per {granularity})")
    return EXIT_OK


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    models = subparsers.add_parser("models", help="list or show models", parents=[common])
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    listing = models_sub.add_parser("list", help="the team's models (id, status, name)", parents=[common])
    listing.add_argument("--limit", type=positive_int, default=50, metavar="N", help="at most N models (default 50)")
    listing.set_defaults(handler=cmd_models_list)
    get = models_sub.add_parser("get", help="one model", parents=[common])
    get.add_argument("model_id", metavar="MODEL_ID")
    get.set_defaults(handler=cmd_models_get)

    inferences = subparsers.add_parser("inferences", help="show an inference", parents=[common])
    inferences_sub = inferences.add_subparsers(dest="inferences_command", metavar="ACTION", required=True)
    inf_get = inferences_sub.add_parser("get", help="one inference (status, progress, images)", parents=[common])
    inf_get.add_argument("model_id", metavar="MODEL_ID")
    inf_get.add_argument("inference_id", metavar="INFERENCE_ID")
    inf_get.set_defaults(handler=cmd_inferences_get)

    download = subparsers.add_parser("download", help="save the images of a finished inference", parents=[common])
    download.add_argument("model_id", metavar="MODEL_ID")
    download.add_argument("inference_id", metavar="INFERENCE_ID")
    download.add_argument("--out", required=True, metavar="DIR", help="folder to save into (created if needed)")
    download.set_defaults(handler=cmd_download)

    usage = subparsers.add_parser("usage", help="creative units and images used", parents=[common])
    usage.add_argument("--time-range", metavar="RANGE", help="Scenario's timeRange, e.g. 7d (default: Scenario's)")
    usage.set_defaults(handler=cmd_usage)
