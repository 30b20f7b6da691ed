"""Payload builders for the LowCodeAPI stand-in.

Every builder returns a plain JSON-able dict carrying at least the fields that Scenario's official API
description (``scenario-official-swagger2.json``, ``definitions``) marks as ``required`` for the matching
object, with values taken from the documented enums, so a strict typed parser accepts them.
Keyword ``overrides`` replace or add top-level fields.
"""

from __future__ import annotations

import base64
import struct
import zlib
from datetime import datetime, timedelta, timezone
from typing import Any

JSON = dict[str, Any]

TEAM_ID = "team_standin"
USER_ID = "user_standin"
PROJECT_ID = "proj_standin"
DEFAULT_TOKEN = "at_standin_demo_token"
DEFAULT_ASSET_BASE = "http://127.0.0.1/scenario/__asset__"

_UTC = timezone(timedelta(0))
BASE_TIME = datetime(2025, 1, 15, 10, 0, 0, tzinfo=_UTC)


# --------------------------------------------------------------------------------------------- time


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a ``Z``, as Scenario writes dates."""
    moment = moment.astimezone(_UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def seed_time(index: int) -> str:
    """A fixed, reproducible timestamp for seeded objects (one minute apart)."""
    return iso(BASE_TIME + timedelta(minutes=index))


def now_iso() -> str:
    return iso(datetime.now(_UTC))


# ---------------------------------------------------------------------------------------------- PNG


def make_png(width: int = 8, height: int = 8) -> bytes:
    """A small valid RGB PNG (a colour gradient), built with zlib and struct only."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows += bytes((x * 255 // max(width - 1, 1), y * 255 // max(height - 1, 1), 160))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows))) + chunk(b"IEND", b"")
    )


PNG_BYTES: bytes = make_png()
PNG_BASE64: str = base64.b64encode(PNG_BYTES).decode("ascii")
PNG_DATA_URL: str = "data:image/png;base64," + PNG_BASE64


def asset_url(asset_base: str, name: str) -> str:
    """URL of a downloadable PNG served by the stand-in (``GET /scenario/__asset__/<name>.png``)."""
    return f"{asset_base}/{name}.png"


# ------------------------------------------------------------------------------------------- models

CLASS_CATALOG: tuple[tuple[str, str, str], ...] = (
    # (category, name, slug)
    ("characters", "Man", "man"),
    ("characters", "Woman", "woman"),
    ("animals", "Dog", "dog"),
    ("objects", "Car", "car"),
    ("styles", "Pixel Art", "pixel-art"),
)


def make_class(
    model_id: str,
    slug: str,
    *,
    name: str | None = None,
    category: str = "characters",
    asset_base: str = DEFAULT_ASSET_BASE,
    **overrides: Any,
) -> JSON:
    """A model class (``GetModelsClassesByModelIdResponse.classes[]``; also ``model.class``)."""
    label = name or slug.replace("-", " ").title()
    cls: JSON = {
        "modelId": model_id,
        "name": label,
        "slug": slug,
        "category": category,
        "status": "published",
        "prompt": f"a photo of a {label.lower()}",
        "conceptPrompt": f"sks {label.lower()}",
        "thumbnails": [asset_url(asset_base, f"class_{slug}")],
    }
    cls.update(overrides)
    return cls


def make_classes(model_id: str, *, asset_base: str = DEFAULT_ASSET_BASE) -> list[JSON]:
    return [
        make_class(model_id, slug, name=name, category=category, asset_base=asset_base)
        for category, name, slug in CLASS_CATALOG
    ]


def make_categories(classes: list[JSON]) -> list[JSON]:
    """Categories (``GetModelsCategoriesByModelIdResponse.categories[]``) derived from a class list."""
    counts: dict[str, int] = {}
    for cls in classes:
        category = str(cls["category"])
        counts[category] = counts.get(category, 0) + (1 if cls.get("status") == "published" else 0)
    return [
        {"name": slug.replace("-", " ").title(), "slug": slug, "publishedClassesNumber": count}
        for slug, count in counts.items()
    ]


def make_training_image(
    image_id: str,
    *,
    name: str = "training.png",
    created_at: str | None = None,
    asset_base: str = DEFAULT_ASSET_BASE,
    **overrides: Any,
) -> JSON:
    """A training image (``model.trainingImages[]`` and ``PostModelsTrainingImagesByModelIdResponse``)."""
    image: JSON = {
        "id": image_id,
        "name": name,
        "description": "",
        "automaticCaptioning": "",
        "createdAt": created_at or now_iso(),
        "downloadUrl": asset_url(asset_base, image_id),
    }
    image.update(overrides)
    return image


def make_model(
    model_id: str,
    *,
    name: str | None = None,
    status: str = "trained",
    created_at: str | None = None,
    asset_base: str = DEFAULT_ASSET_BASE,
    **overrides: Any,
) -> JSON:
    """A model object (``GetModelsByModelIdResponse.model`` and friends)."""
    created = created_at or now_iso()
    model: JSON = {
        "id": model_id,
        "name": name if name is not None else f"Model {model_id}",
        "status": status,
        "privacy": "private",
        "source": "scenario",
        "type": "sd-xl-lora",
        "custom": True,
        "capabilities": ["txt2img", "img2img", "controlnet"],
        "collectionIds": [],
        "exampleAssetIds": [],
        "tags": [],
        "trainingImages": [],
        "trainingImagesNumber": 0,
        "createdAt": created,
        "updatedAt": created,
        "ownerId": TEAM_ID,
        "authorId": USER_ID,
        "userId": USER_ID,
        "shortDescription": "",
        "thumbnail": {"assetId": f"asset_thumb_{model_id}", "url": asset_url(asset_base, f"thumb_{model_id}")},
    }
    model.update(overrides)
    return model


def make_seed_model(index: int, *, asset_base: str = DEFAULT_ASSET_BASE) -> JSON:
    """The ``index``-th (1-based) model of the default store: trained, a few training images, mixed privacy."""
    model_id = f"model_{index}"
    images = [
        make_training_image(
            f"ti_{model_id}_{k}", name=f"image_{k}.png", created_at=seed_time(index), asset_base=asset_base
        )
        for k in range(1, 4)
    ]
    model = make_model(
        model_id,
        name=f"Stand-in model {index}",
        created_at=seed_time(index),
        asset_base=asset_base,
        privacy="public" if index % 2 == 0 else "private",
        trainingImages=images,
        trainingImagesNumber=len(images),
        tags=["standin", f"set-{index % 3}"],
    )
    model["class"] = make_class(model_id, "man", name="Man", category="characters", asset_base=asset_base)
    return model


# --------------------------------------------------------------------------------------- inferences

JOB_STATUS_FOR_INFERENCE: dict[str, str] = {
    "new": "pending",
    "queued": "queued",
    "model-loading": "warming-up",
    "in-progress": "in-progress",
    "succeeded": "success",
    "failed": "failure",
    "canceled": "canceled",
}


def make_image(image_id: str, *, seed: str = "42", asset_base: str = DEFAULT_ASSET_BASE, **overrides: Any) -> JSON:
    """An inference image (``inference.images[]``, ``GetModelsInferences...ImageIdResponse.image``)."""
    image: JSON = {"id": image_id, "seed": seed, "url": asset_url(asset_base, image_id)}
    image.update(overrides)
    return image


def make_images(inference_id: str, count: int, *, asset_base: str = DEFAULT_ASSET_BASE) -> list[JSON]:
    return [
        make_image(f"asset_{inference_id}_{k}", seed=str(1000 + k), asset_base=asset_base) for k in range(1, count + 1)
    ]


def make_inference(
    inference_id: str,
    model_id: str,
    *,
    parameters: JSON | None = None,
    status: str = "succeeded",
    images: list[JSON] | None = None,
    created_at: str | None = None,
    asset_base: str = DEFAULT_ASSET_BASE,
    **overrides: Any,
) -> JSON:
    """An inference object. When ``status`` is ``succeeded`` and ``images`` is None, images are generated."""
    params: JSON = {"type": "txt2img", "prompt": "a lighthouse at dusk, watercolor", "numSamples": 2}
    if parameters:
        params.update(parameters)
    count = int(params.get("numSamples") or 0)
    if images is None:
        images = make_images(inference_id, count, asset_base=asset_base) if status == "succeeded" else []
    inference: JSON = {
        "id": inference_id,
        "modelId": model_id,
        "authorId": USER_ID,
        "ownerId": TEAM_ID,
        "userId": USER_ID,
        "createdAt": created_at or now_iso(),
        "displayPrompt": str(params.get("prompt", "")),
        "parameters": params,
        "status": status,
        "images": images,
        "imagesNumber": count,
        "progress": 1.0 if status == "succeeded" else 0.0,
    }
    inference.update(overrides)
    return inference


def make_job(
    job_id: str,
    *,
    job_type: str = "inference",
    status: str = "queued",
    metadata: JSON | None = None,
    created_at: str | None = None,
    **overrides: Any,
) -> JSON:
    """A job object (``PostModelsInferencesByModelIdResponse.job``, ``PutModelsTrainByModelIdResponse.job``)."""
    created = created_at or now_iso()
    job: JSON = {
        "jobId": job_id,
        "jobType": job_type,
        "status": status,
        "progress": 1.0 if status == "success" else 0.0,
        "metadata": metadata if metadata is not None else {},
        "statusHistory": [{"date": created, "status": status}],
        "createdAt": created,
        "updatedAt": created,
        "authorId": USER_ID,
        "ownerId": TEAM_ID,
    }
    job.update(overrides)
    return job


# ------------------------------------------------------------------------------------------- assets


def make_asset(
    asset_id: str,
    *,
    source: str = "background-removal",
    metadata_type: str | None = None,
    metadata: JSON | None = None,
    created_at: str | None = None,
    asset_base: str = DEFAULT_ASSET_BASE,
    **overrides: Any,
) -> JSON:
    """An asset (``PutImagesEraseBackgroundResponse.asset``, ``PutImageUpscaleResponse.asset``)."""
    created = created_at or now_iso()
    meta: JSON = {"kind": "image", "type": metadata_type or source, "width": 8, "height": 8}
    if metadata:
        meta.update(metadata)
    asset: JSON = {
        "id": asset_id,
        "kind": "image",
        "mimeType": "image/png",
        "source": source,
        "status": "success",
        "privacy": "private",
        "url": asset_url(asset_base, asset_id),
        "authorId": USER_ID,
        "ownerId": TEAM_ID,
        "collectionIds": [],
        "tags": [],
        "editCapabilities": ["DETECTION", "PIXELATE", "REMOVE_BACKGROUND", "UPSCALE", "VECTORIZATION"],
        "metadata": meta,
        "properties": {"size": len(PNG_BYTES), "width": 8, "height": 8, "format": "png"},
        "createdAt": created,
        "updatedAt": created,
    }
    asset.update(overrides)
    return asset


# --------------------------------------------------------------------------------------- tags/usage


def make_tag(tag_name: str, *, item_count: int = 1, created_at: str | None = None, **overrides: Any) -> JSON:
    """A tag (``GetTagsResponse.tags[]``)."""
    created = created_at or now_iso()
    tag: JSON = {
        "tagName": tag_name,
        "itemCount": item_count,
        "ownerId": TEAM_ID,
        "createdAt": created,
        "updatedAt": created,
    }
    tag.update(overrides)
    return tag


def make_usages(*, images_generated: int, creative_units: float, time: str | None = None) -> JSON:
    """A ``GetUsagesResponse`` body reflecting the store's activity."""
    moment = time or now_iso()
    user_data: JSON = {"isApiKey": True, "apiKeyId": "key_standin", "apiKeyStatus": "active"}
    return {
        "activity": [
            {
                "action": "txt2img",
                "time": moment,
                "projectId": PROJECT_ID,
                "userId": USER_ID,
                "userData": dict(user_data),
                "data": {"isApiKey": True},
                "creativeUnitsCost": creative_units,
            }
        ],
        "consumption": [{"userId": USER_ID, "userData": dict(user_data), "value": creative_units}],
        "usages": [
            {
                "usageName": "images-generation",
                "granularity": "1d",
                "points": [{"time": moment, "value": str(images_generated)}],
            },
            {
                "usageName": "creative-unit-cost",
                "granularity": "1d",
                "points": [{"time": moment, "value": str(creative_units)}],
            },
        ],
    }


# ------------------------------------------------------------------------------------------- errors

ERROR_CODES: dict[int, str] = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_SERVER_ERROR",
    502: "BAD_GATEWAY",
    503: "SERVICE_UNAVAILABLE",
    504: "GATEWAY_TIMEOUT",
}

API_ERRORS: dict[int, str] = {
    400: "badRequest",
    401: "unauthorized",
    403: "forbidden",
    404: "notFound",
    409: "conflict",
    429: "tooManyRequests",
    500: "internalServerError",
    502: "badGateway",
    503: "serviceUnavailable",
    504: "gatewayTimeout",
}


def error_code(status: int) -> str:
    return ERROR_CODES.get(status, "ERROR")


def make_scenario_error(status: int, message: str, *, error_id: str = "err_standin", infos: JSON | None = None) -> JSON:
    """Scenario's own error body: ``{"id", "apiError", "error", "infos", "createdAt", "updatedAt"}``."""
    moment = now_iso()
    return {
        "id": error_id,
        "apiError": API_ERRORS.get(status, "error"),
        "error": message,
        "infos": infos if infos is not None else {},
        "createdAt": moment,
        "updatedAt": moment,
    }
