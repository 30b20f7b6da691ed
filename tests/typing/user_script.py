"""A realistic user script, written the way the types lead: no casts, asserts or isinstance on the happy path.

tests/typing/test_user_scripts.py type-checks it with ``mypy --strict`` (the ``reveal_type`` lines must show
concrete models) and runs it against a stand-in whose payloads leave out the fields Scenario marks
"required": it must never meet an AttributeError.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, reveal_type

from scenario_lowcodeapi import InferenceFailedError, LowCodeAPIError, NotFoundError, Scenario, WaitTimeoutError


def run(client: Scenario, model_id: str, image: Path, out: Path) -> list[str]:
    """List models, generate, wait, download, erase a background; returns what it did, one line per step."""
    log: list[str] = []
    for model in client.models.list(page_size=2):
        log.append(
            f"model {model.id} {model.name or '(no name)'} {model.status or '(no status)'} {model.privacy.value}"
        )
        if model.tags:
            log.append(f"  tags {', '.join(model.tags)}")

    model = client.models.get(model_id).model
    log.append(f"got {model.id}, {model.privacy}")

    created = client.inferences.create(model.id, parameters={"type": "txt2img", "prompt": "a fox", "numSamples": 1})
    log.append(f"inference {created.inference.id}, job {created.job.job_id or '?'}")
    try:
        done = client.inferences.wait(model.id, created.inference.id, poll_interval=0.01, timeout=2)
    except InferenceFailedError as exc:
        log.append(f"failed: {exc.status}")
        return log
    except WaitTimeoutError as exc:
        log.append(f"still {exc.status or 'unknown'} after {exc.elapsed:.1f}s")
        return log
    log.append(f"{done.id} ended {done.status or '(no status)'} with {len(done.images or [])} image(s)")
    for picture in done.images or []:
        log.append(f"  image {picture.id} {picture.url or '(no url)'}")
    saved = client.inferences.download_images(model.id, done.id, out)
    log.append(f"saved {len(saved)}")

    cut = client.images.erase_background(image=image, return_image=True)
    log.append(f"asset {cut.asset.id} {cut.asset.mime_type or ''}".rstrip())
    data = cut.image_bytes()
    log.append(f"image {len(data) if data else 0} bytes")

    try:
        client.models.get("model_does_not_exist")
    except NotFoundError as exc:
        log.append(f"not found: {exc.status_code}")
    except LowCodeAPIError as exc:
        log.append(f"error: {exc}")
    return log


if TYPE_CHECKING:
    _client = Scenario("at_x")
    reveal_type(_client.models.get("m").model)
    reveal_type(_client.models.get("m").model.id)
    reveal_type(_client.models.get("m").model.privacy)
    reveal_type(_client.models.get("m").model.status)
    reveal_type(_client.inferences.create("m", parameters={"type": "txt2img", "prompt": "p"}).inference)
    reveal_type(_client.inferences.create("m", parameters={"type": "txt2img", "prompt": "p"}).job)
    reveal_type(_client.inferences.wait("m", "i"))
    reveal_type(_client.inferences.wait("m", "i").images)
    reveal_type(_client.images.erase_background(image=b"", return_image=True).asset)
    reveal_type(_client.models.list())
    reveal_type(next(iter(_client.models.list())))
