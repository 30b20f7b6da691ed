"""In-memory Scenario state and the behaviour of the 28 routes.

Handlers take the store and a :class:`Call` and return the Scenario payload (what LowCodeAPI then wraps in
its envelope), or raise :class:`ApiError`. They run under the store's lock.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import fixtures as fx
from . import pictures
from .fixtures import JSON

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 50


class ApiError(Exception):
    """A Scenario-side error: rendered as JSON in the configured error envelope."""

    def __init__(self, status: int, message: str, infos: JSON | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.infos = infos


@dataclass
class Call:
    """One request, as a route handler sees it."""

    params: dict[str, str]  # path parameters (from the path in new format, from the query in old format)
    query: dict[str, list[str]]
    body: Any  # parsed JSON body, or None

    def q(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def q_list(self, name: str) -> list[str]:
        """All values of a query parameter, comma-separated ones split (``ids=a,b`` or ``ids=a&ids=b``)."""
        out: list[str] = []
        for value in self.query.get(name, []) + self.query.get(name + "[]", []):
            out.extend(v.strip() for v in value.split(",") if v.strip())
        return out

    def body_dict(self) -> JSON:
        return self.body if isinstance(self.body, dict) else {}

    @property
    def dry_run(self) -> bool:
        """The request asks for Scenario's dry run (``dryRun=true``): answer the cost, create nothing."""
        return (self.q("dryRun") or "").strip().lower() == "true"


# What the paid operations cost in the stand-in, in creative units (deterministic; tests/standin/README.md):
# an inference 5 per image (numSamples, default 4), a training 100, an upscale 2, the other image operations 1.
COST_PER_IMAGE = 5
COST_TRAINING = 100
COST_UPSCALE = 2
COST_IMAGE_EDIT = 1


def dry_run_answer(cost: float) -> JSON:
    """Scenario's ``DryRunResponse``."""
    return {"creativeUnitsCost": cost, "creativeUnitsDiscount": 0}


@dataclass
class Store:
    """The stand-in's state. Tests may read and tweak it (hold ``lock`` when the server is busy)."""

    asset_base: str = fx.DEFAULT_ASSET_BASE
    inference_statuses: tuple[str, ...] = ("queued", "in-progress", "succeeded")
    training_statuses: tuple[str, ...] = ("training", "trained")
    models: dict[str, JSON] = field(default_factory=dict)
    classes: dict[str, list[JSON]] = field(default_factory=dict)  # model id -> classes
    inferences: dict[str, JSON] = field(default_factory=dict)  # inference id -> inference
    tags: list[JSON] = field(default_factory=list)
    assets: dict[str, JSON] = field(default_factory=dict)  # assets made by the image-editing routes
    jobs: dict[str, JSON] = field(default_factory=dict)
    # statuses still to walk through, one per GET of the object
    inference_status_queue: dict[str, list[str]] = field(default_factory=dict)
    model_status_queue: dict[str, list[str]] = field(default_factory=dict)
    creative_units_used: float = 0.0
    # asset id -> what its PNG shows: (prompt, index) of an inference image, or the bytes of an edited image
    pictures: dict[str, tuple[str, int] | bytes] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    # ------------------------------------------------------------------------------------ seeding

    def seed_default(self, n_models: int = 5) -> None:
        """Reset everything: ``n_models`` trained models, 3 succeeded inferences, 3 tags."""
        with self.lock:
            self.models.clear()
            self.classes.clear()
            self.inferences.clear()
            self.assets.clear()
            self.jobs.clear()
            self.pictures.clear()
            self.inference_status_queue.clear()
            self.model_status_queue.clear()
            self.counters.clear()
            self.creative_units_used = 0.0
            self.seed_models(n_models)
            for index, model_index in enumerate((1, 1, 2), start=1):
                model_id = f"model_{model_index}"
                if model_id not in self.models:
                    continue
                inf_id = f"inf_{index}"
                self.inferences[inf_id] = fx.make_inference(
                    inf_id,
                    model_id,
                    parameters={"prompt": f"seeded prompt {index}", "numSamples": 2},
                    created_at=fx.seed_time(10 + index),
                    asset_base=self.asset_base,
                )
            self.counters["inf"] = 3
            self.tags[:] = [
                fx.make_tag(name, item_count=count, created_at=fx.seed_time(i))
                for i, (name, count) in enumerate((("standin", 5), ("set-1", 2), ("portraits", 1)))
            ]

    def seed_models(self, n: int) -> None:
        """Replace the models with ``n`` trained models ``model_1..model_n`` (their inferences go too)."""
        with self.lock:
            self.models.clear()
            self.classes.clear()
            self.model_status_queue.clear()
            for index in range(1, n + 1):
                model = fx.make_seed_model(index, asset_base=self.asset_base)
                self.models[model["id"]] = model
                self.classes[model["id"]] = fx.make_classes(model["id"], asset_base=self.asset_base)
            for inf_id in [i for i, inf in self.inferences.items() if inf["modelId"] not in self.models]:
                del self.inferences[inf_id]
                self.inference_status_queue.pop(inf_id, None)
            self.counters["model"] = max(self.counters.get("model", 0), n)

    def next_id(self, prefix: str) -> str:
        with self.lock:
            self.counters[prefix] = self.counters.get(prefix, 0) + 1
            return f"{prefix}_{self.counters[prefix]}"

    # ----------------------------------------------------------------------------------- lookups

    def require_model(self, model_id: str) -> JSON:
        model = self.models.get(model_id)
        if model is None:
            raise ApiError(404, f"Model {model_id} not found", {"modelId": model_id})
        return model

    def require_inference(self, model_id: str, inference_id: str) -> JSON:
        self.require_model(model_id)
        inference = self.inferences.get(inference_id)
        if inference is None or inference["modelId"] != model_id:
            raise ApiError(404, f"Inference {inference_id} not found", {"inferenceId": inference_id})
        return inference

    def picture(self, asset_id: str) -> bytes:
        """The PNG served for ``asset_id``: drawn from its inference's prompt, an edited image, else the placeholder."""
        with self.lock:
            recipe = self.pictures.get(asset_id)
        if isinstance(recipe, tuple):
            return pictures.prompt_picture(*recipe)
        return recipe if recipe is not None else fx.PNG_BYTES

    def inference_pictures(self, inference_id: str) -> list[bytes]:
        """The PNGs served for the images of ``inference_id``, in image order (for tests comparing saved files)."""
        with self.lock:
            images = list(self.inferences[inference_id]["images"])
        return [self.picture(image["id"]) for image in images]

    def known_asset(self, asset_id: str) -> bool:
        if asset_id in self.assets:
            return True
        return any(img["id"] == asset_id for inf in self.inferences.values() for img in inf["images"])

    # ------------------------------------------------------------------------------ transitions

    def set_inference_status(self, inference: JSON, status: str) -> None:
        inference["status"] = status
        if status == "succeeded":
            if not inference["images"]:
                inference["images"] = fx.make_images(
                    inference["id"], int(inference["imagesNumber"]), asset_base=self.asset_base
                )
                prompt = str((inference.get("parameters") or {}).get("prompt") or "")
                for index, image in enumerate(inference["images"]):
                    self.pictures[image["id"]] = (prompt, index)
            inference["progress"] = 1.0
        elif status == "in-progress":
            inference["progress"] = 0.5
        else:
            inference["progress"] = 0.0 if status != "failed" else inference.get("progress", 0.0)

    def advance_inference(self, inference: JSON) -> None:
        queue = self.inference_status_queue.get(inference["id"])
        if queue:
            self.set_inference_status(inference, queue.pop(0))

    def advance_model(self, model: JSON) -> None:
        queue = self.model_status_queue.get(model["id"])
        if queue:
            model["status"] = queue.pop(0)
            model["updatedAt"] = fx.now_iso()


# ---------------------------------------------------------------------------------------- helpers


def encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"standin:{offset}".encode()).decode().rstrip("=")


def decode_token(token: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, number = raw.partition(":")
        if prefix != "standin":
            raise ValueError(raw)
        offset = int(number)
        if offset < 0:
            raise ValueError(raw)
        return offset
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise ApiError(400, "Invalid pagination token", {"paginationToken": token}) from None


def paginate(items: list[JSON], call: Call, key: str) -> JSON:
    """``{key: page, "nextPaginationToken"?: token}``; ``pageSize`` 1..100 (default 50)."""
    raw_size = call.q("pageSize")
    size = DEFAULT_PAGE_SIZE
    if raw_size is not None and raw_size != "":
        try:
            size = int(raw_size)
        except ValueError:
            size = 0
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise ApiError(400, f"pageSize must be an integer between 1 and {MAX_PAGE_SIZE}", {"pageSize": raw_size})
    token = call.q("paginationToken")
    offset = decode_token(token) if token else 0
    page = items[offset : offset + size]
    out: JSON = {key: page}
    if offset + size < len(items):
        out["nextPaginationToken"] = encode_token(offset + size)
    return out


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


# --------------------------------------------------------------------------------------- handlers

Handler = Callable[[Store, Call], JSON]
HANDLERS: dict[tuple[str, str], Handler] = {}


def route(method: str, intent_path: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[(method, intent_path)] = fn
        return fn

    return register


# models -----------------------------------------------------------------------------------------


@route("GET", "/v1/models")
def list_models(store: Store, call: Call) -> JSON:
    models = list(store.models.values())
    status, privacy = call.q("status"), call.q("privacy")
    if status:
        models = [m for m in models if m["status"] == status]
    if privacy:
        models = [m for m in models if m["privacy"] == privacy]
    return paginate(models, call, "models")


@route("POST", "/v1/models")
def create_model(store: Store, call: Call) -> JSON:
    body = call.body_dict()
    name = body.get("name")
    if name is not None and not isinstance(name, str):
        raise ApiError(400, "name must be a string")
    model_id = store.next_id("model")
    classes = fx.make_classes(model_id, asset_base=store.asset_base)
    extra: JSON = {}
    slug = body.get("classSlug")
    if slug is not None:
        found = [c for c in classes if c["slug"] == slug]
        if not found:
            raise ApiError(400, f"Unknown class slug: {slug}", {"classSlug": slug})
        extra["class"] = found[0]
    model = fx.make_model(model_id, name=name or "", status="new", asset_base=store.asset_base, **extra)
    store.models[model_id] = model
    store.classes[model_id] = classes
    return {"model": model}


@route("GET", "/v1/models/modelId")
def get_model(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    store.advance_model(model)
    return {"model": model}


UPDATABLE_MODEL_FIELDS = (
    "name",
    "shortDescription",
    "tags",
    "modelKeyword",
    "parameters",
    "promptEmbedding",
    "negativePromptEmbedding",
    "concepts",
    "exampleAssetIds",
    "thumbnail",
    "epoch",
)


@route("PUT", "/v1/models/modelId")
def update_model(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    for key, value in call.body_dict().items():
        if key in UPDATABLE_MODEL_FIELDS:
            model[key] = value
    model["updatedAt"] = fx.now_iso()
    return {"model": model}


@route("DELETE", "/v1/models/modelId")
def delete_model(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    del store.models[model_id]
    store.classes.pop(model_id, None)
    store.model_status_queue.pop(model_id, None)
    for inf_id in [i for i, inf in store.inferences.items() if inf["modelId"] == model_id]:
        del store.inferences[inf_id]
        store.inference_status_queue.pop(inf_id, None)
    return {}


@route("GET", "/v1/models/modelId/categories")
def list_categories(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    return {"categories": fx.make_categories(store.classes.get(model_id, []))}


@route("GET", "/v1/models/modelId/classes")
def list_classes(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    classes = store.classes.get(model_id, [])
    category = call.q("category")
    if category:
        classes = [c for c in classes if c["category"] == category]
    return paginate(classes, call, "classes")


@route("POST", "/v1/models/modelId/copy")
def copy_model(store: Store, call: Call) -> JSON:
    source = store.require_model(call.params["modelId"])
    new_id = store.next_id("model")
    now = fx.now_iso()
    copy = {**source, "id": new_id, "name": f"{source.get('name') or source['id']} (copy)", "status": "copying"}
    copy.update(createdAt=now, updatedAt=now, parentModelId=source["id"], trainingImages=list(source["trainingImages"]))
    copy["thumbnail"] = {"assetId": f"asset_thumb_{new_id}", "url": fx.asset_url(store.asset_base, f"thumb_{new_id}")}
    store.models[new_id] = copy
    store.classes[new_id] = fx.make_classes(new_id, asset_base=store.asset_base)
    store.model_status_queue[new_id] = [source["status"]]
    return {"model": copy}


@route("PUT", "/v1/models/modelId/train")
def train_model(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    if model["status"] in ("training", "copying"):
        raise ApiError(400, f"Model {model['id']} cannot be trained while {model['status']}")
    parameters = call.body_dict().get("parameters")
    if parameters is not None and not isinstance(parameters, dict):
        raise ApiError(400, "parameters must be an object")
    if call.dry_run:
        return dry_run_answer(COST_TRAINING)
    if parameters:
        model["parameters"] = parameters
    first, *rest = store.training_statuses
    model["status"] = first
    model["updatedAt"] = fx.now_iso()
    store.model_status_queue[model["id"]] = list(rest)
    job = fx.make_job(
        store.next_id("job"), job_type="model-training", status="queued", metadata={"input": {"modelId": model["id"]}}
    )
    store.jobs[job["jobId"]] = job
    store.creative_units_used += COST_TRAINING
    return {"model": model, "job": job, "creativeUnitsCost": COST_TRAINING}


@route("POST", "/v1/models/modelId/training-images")
def add_training_image(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    body = call.body_dict()
    data = body.get("data")
    if not isinstance(data, str) or not data.startswith("data:"):
        raise ApiError(400, "data must be an image data URL (data:image/...;base64,...)")
    name = body.get("name") if isinstance(body.get("name"), str) else "training.png"
    image = fx.make_training_image(store.next_id("ti"), name=str(name), asset_base=store.asset_base)
    model["trainingImages"].append(image)
    model["trainingImagesNumber"] = len(model["trainingImages"])
    model["updatedAt"] = fx.now_iso()
    return {"trainingImage": image}


@route("DELETE", "/v1/models/modelId/training-images/trainingImageId")
def delete_training_image(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    image_id = call.params["trainingImageId"]
    kept = [img for img in model["trainingImages"] if img["id"] != image_id]
    if len(kept) == len(model["trainingImages"]):
        raise ApiError(404, f"Training image {image_id} not found", {"trainingImageId": image_id})
    model["trainingImages"] = kept
    model["trainingImagesNumber"] = len(kept)
    return {}


@route("POST", "/v1/models/modelId/transfer")
def transfer_model(store: Store, call: Call) -> JSON:
    """Scenario's PostModelsTransferRequest: copy the model into ``destinationProjectId`` (optional team)."""
    model = store.require_model(call.params["modelId"])
    body = call.body_dict()
    project = body.get("destinationProjectId")
    if not isinstance(project, str) or not project:
        raise ApiError(400, "destinationProjectId is required")
    team = body.get("destinationTeamId")
    if team is not None and not isinstance(team, str):
        raise ApiError(400, "destinationTeamId must be a string")
    moved = {**model, "id": store.next_id("model"), "projectId": project, "parentModelId": model["id"]}
    if team:
        moved["ownerId"] = team
    moved["updatedAt"] = fx.now_iso()
    store.models[moved["id"]] = moved
    return {"model": moved}


@route("DELETE", "/v1/models/modelId/images")
def delete_model_images(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    ids = set(call.q_list("ids"))
    if isinstance(call.body, dict) and isinstance(call.body.get("ids"), list):
        ids.update(str(i) for i in call.body["ids"])
    if not ids:
        raise ApiError(400, "ids is required")
    for inference in store.inferences.values():
        if inference["modelId"] == model_id:
            inference["images"] = [img for img in inference["images"] if img["id"] not in ids]
    return {}


# inferences -------------------------------------------------------------------------------------


@route("GET", "/v1/inferences")
def list_all_inferences(store: Store, call: Call) -> JSON:
    return paginate(list(store.inferences.values()), call, "inferences")


@route("GET", "/v1/models/modelId/inferences")
def list_model_inferences(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    return paginate([i for i in store.inferences.values() if i["modelId"] == model_id], call, "inferences")


@route("POST", "/v1/models/modelId/inferences")
def create_inference(store: Store, call: Call) -> JSON:
    model = store.require_model(call.params["modelId"])
    parameters = call.body_dict().get("parameters")
    if not isinstance(parameters, dict):
        raise ApiError(400, "parameters is required and must be an object")
    params: JSON = dict(parameters)
    params.setdefault("type", "txt2img")
    if not isinstance(params.get("prompt"), str):
        raise ApiError(400, "parameters.prompt is required", {"parameter": "prompt"})
    num = params.get("numSamples", 4)
    if isinstance(num, bool) or not isinstance(num, int | float) or not 1 <= num <= 128 or int(num) != num:
        raise ApiError(400, "parameters.numSamples must be an integer between 1 and 128", {"parameter": "numSamples"})
    params["numSamples"] = int(num)
    if model["status"] != "trained":
        raise ApiError(400, f"Model {model['id']} is not trained (status: {model['status']})", {"modelId": model["id"]})
    cost = COST_PER_IMAGE * params["numSamples"]
    if call.dry_run:
        return dry_run_answer(cost)
    inf_id = store.next_id("inf")
    first, *rest = store.inference_statuses
    inference = fx.make_inference(inf_id, model["id"], parameters=params, status="new", images=[])
    store.set_inference_status(inference, first)
    store.inferences[inf_id] = inference
    store.inference_status_queue[inf_id] = list(rest)
    store.creative_units_used += cost
    job = fx.make_job(
        store.next_id("job"),
        job_type="inference",
        status=fx.JOB_STATUS_FOR_INFERENCE.get(first, "queued"),
        metadata={"input": params, "assetIds": []},
    )
    store.jobs[job["jobId"]] = job
    return {"inference": inference, "job": job, "creativeUnitsCost": cost}


@route("DELETE", "/v1/models/modelId/inferences")
def delete_inferences(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    ids = set(call.q_list("inferenceIds"))
    if isinstance(call.body, dict) and isinstance(call.body.get("inferenceIds"), list):
        ids.update(str(i) for i in call.body["inferenceIds"])
    for inf_id in [i for i in ids if i in store.inferences and store.inferences[i]["modelId"] == model_id]:
        del store.inferences[inf_id]
        store.inference_status_queue.pop(inf_id, None)
    return {}


@route("DELETE", "/v1/models/modelId/inferences/all")
def delete_all_inferences(store: Store, call: Call) -> JSON:
    model_id = call.params["modelId"]
    store.require_model(model_id)
    for inf_id in [i for i, inf in store.inferences.items() if inf["modelId"] == model_id]:
        del store.inferences[inf_id]
        store.inference_status_queue.pop(inf_id, None)
    return {}


@route("GET", "/v1/models/modelId/inferences/inferenceId")
def get_inference(store: Store, call: Call) -> JSON:
    inference = store.require_inference(call.params["modelId"], call.params["inferenceId"])
    store.advance_inference(inference)
    return {"inference": inference}


@route("DELETE", "/v1/models/modelId/inferences/inferenceId")
def delete_inference(store: Store, call: Call) -> JSON:
    inference = store.require_inference(call.params["modelId"], call.params["inferenceId"])
    del store.inferences[inference["id"]]
    store.inference_status_queue.pop(inference["id"], None)
    return {}


def _find_image(store: Store, call: Call) -> tuple[JSON, JSON]:
    inference = store.require_inference(call.params["modelId"], call.params["inferenceId"])
    image_id = call.params["imageId"]
    for image in inference["images"]:
        if image["id"] == image_id:
            return inference, image
    raise ApiError(404, f"Image {image_id} not found", {"imageId": image_id})


@route("GET", "/v1/models/modelId/inferences/inferenceId/images/imageId")
def get_inference_image(store: Store, call: Call) -> JSON:
    return {"image": _find_image(store, call)[1]}


@route("DELETE", "/v1/models/modelId/inferences/inferenceId/images/imageId")
def delete_inference_image(store: Store, call: Call) -> JSON:
    inference, image = _find_image(store, call)
    inference["images"] = [img for img in inference["images"] if img["id"] != image["id"]]
    return {}


# image editing ----------------------------------------------------------------------------------


def _edit_image(
    store: Store, call: Call, *, source: str, image_field: str = "image", cost: int = COST_IMAGE_EDIT
) -> JSON:
    body = call.body
    if not isinstance(body, dict):
        raise ApiError(400, "A JSON body is required")
    image, asset_id = body.get(image_field), body.get("assetId")
    if image is None and asset_id is None:
        wanted = f"{image_field} or assetId" if image_field == "image" else image_field
        raise ApiError(400, f"{wanted} is required")
    if image is not None and (not isinstance(image, str) or not image.startswith("data:")):
        raise ApiError(400, f"{image_field} must be a data URL (data:image/...;base64,...)")
    if image is None and not (isinstance(asset_id, str) and store.known_asset(asset_id)):
        raise ApiError(404, f"Asset {asset_id} not found", {"assetId": asset_id})
    if call.dry_run:
        return dry_run_answer(cost)
    metadata: JSON = {}
    if isinstance(asset_id, str):
        metadata["parentId"] = asset_id
    if isinstance(body.get("name"), str):
        metadata["name"] = body["name"]
    for key in ("scalingFactor", "pixelGridSize", "backgroundColor", "format"):
        if key in body:
            metadata[key] = body[key]
    asset = fx.make_asset(store.next_id("asset"), source=source, metadata=metadata, asset_base=store.asset_base)
    store.assets[asset["id"]] = asset
    store.creative_units_used += cost
    out: JSON = {"asset": asset, "creativeUnitsCost": cost}
    edited = pictures.remove_background_data_url(image) if source == "background-removal" else None
    if edited is not None:  # a real background removal of the PNG sent (pictures.py)
        store.pictures[asset["id"]] = edited
    if _truthy(body.get("returnImage", False)):
        out["image"] = fx.PNG_BASE64 if edited is None else base64.b64encode(edited).decode("ascii")
    return out


@route("PUT", "/v1/images/erase-background")
def erase_background(store: Store, call: Call) -> JSON:
    return _edit_image(store, call, source="background-removal")


@route("PUT", "/v1/images/pixelate")
def pixelate(store: Store, call: Call) -> JSON:
    return _edit_image(store, call, source="pixelization")


@route("PUT", "/v1/images/remove-background")
def remove_background(store: Store, call: Call) -> JSON:
    return _edit_image(store, call, source="background-removal", image_field="data")


@route("PUT", "/v1/images/upscale")
def upscale(store: Store, call: Call) -> JSON:
    return _edit_image(store, call, source="upscale", cost=COST_UPSCALE)


# tags & usages ----------------------------------------------------------------------------------


@route("GET", "/v1/tags")
def list_tags(store: Store, call: Call) -> JSON:
    return paginate(list(store.tags), call, "tags")


@route("GET", "/v1/usages")
def get_usages(store: Store, call: Call) -> JSON:
    images = sum(len(inf["images"]) for inf in store.inferences.values())
    return fx.make_usages(images_generated=images, creative_units=store.creative_units_used)
