"""Quickstart: the Scenario API through LowCodeAPI with scenario-lowcodeapi.

Against the real service:   LOWCODEAPI_API_TOKEN=at_... python examples/quickstart.py
Against a stand-in:         python examples/quickstart.py --base-url http://127.0.0.1:8765/scenario
(`make demo` starts the bundled stand-in and runs this script against it.)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from scenario_lowcodeapi import InferenceFailedError, LowCodeAPIError, Scenario, Unset
from scenario_lowcodeapi.models import Inference

HERE = Path(__file__).resolve().parent
SAMPLE_IMAGE = HERE / "assets" / "sample.png"


def progress_bar(inference: Inference, width: int = 30) -> None:
    """Draw one line of progress on the terminal for each poll of the inference."""
    status = str(inference.status) if not isinstance(inference.status, Unset) else "unknown"
    fraction = inference.progress if isinstance(inference.progress, (int, float)) else None
    if fraction is None:
        fraction = 1.0 if status == "succeeded" else 0.0
    fraction = max(0.0, min(1.0, float(fraction)))
    filled = int(round(fraction * width))
    bar = "#" * filled + "-" * (width - filled)
    end = "\n" if status in ("succeeded", "failed", "canceled") else ""
    print(f"\r  [{bar}] {fraction:4.0%} {status:<14}", end=end, flush=True)


def run(client: Scenario, out_dir: Path) -> str:
    """The tour; returns the ID of the model it trained."""
    print("1. Models, two at a time")
    page = client.models.list(page_size=2)
    for number in (1, 2):
        names = ", ".join(f"{m.name if isinstance(m.name, str) else m.id} ({m.status})" for m in page.items)
        print(f"   page {number}: {names or '(empty)'}")
        if not page.has_next_page():
            break
        page = page.next_page()

    print("2. Create a model")
    model = client.models.create(name="Quickstart model").model
    print(f"   created {model.id} ({model.status})")

    print("3. Train it (a new model must be trained before it can generate)")
    client.models.train(model.id, parameters={"maxTrainSteps": 500})
    trained = client.models.wait_for_training(
        model.id, poll_interval=0.2, on_progress=lambda m: print(f"   status: {m.status}")
    )
    print(f"   {trained.id} is {trained.status}")

    print("4. Start an inference and wait for it")
    created = client.inferences.create(
        model.id, parameters={"type": "txt2img", "prompt": "a lighthouse at dawn, watercolor", "numSamples": 1}
    )
    inference = created.inference
    print(f"   inference {inference.id} is {inference.status}")
    try:
        done = client.inferences.wait(model.id, inference.id, poll_interval=0.2, on_progress=progress_bar)
    except InferenceFailedError as exc:
        print(f"\n   inference failed: {exc}")
        raise
    saved = client.inferences.download_images(model.id, done.id, out_dir / "inference")
    print(f"   {len(saved)} image(s) saved: {', '.join(str(p) for p in saved)}")

    print("5. Remove the background of a bundled image")
    result = client.images.erase_background(image=SAMPLE_IMAGE, return_image=True)
    asset = result.asset
    print(f"   asset {asset.id}")
    if result.image_bytes():
        path = result.save(out_dir / "sample-no-background.png")
        print(f"   result saved to {path} ({path.stat().st_size} bytes)")
    print("Done.")
    return model.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="default: $LOWCODEAPI_BASE_URL (read by the client), else the public proxy")
    parser.add_argument("--out", type=Path, default=Path("quickstart-output"), help="where to save images")
    args = parser.parse_args(argv)
    if not (args.base_url or os.environ.get("LOWCODEAPI_BASE_URL")) and not os.environ.get("LOWCODEAPI_API_TOKEN"):
        print(
            "Set LOWCODEAPI_API_TOKEN (real service) or pass --base-url / set LOWCODEAPI_BASE_URL (a stand-in); "
            "`make demo` does the latter."
        )
        return 2
    out_dir: Path = args.out
    options = {"base_url": args.base_url} if args.base_url else {}
    try:
        with Scenario(**options) as client:
            print(f"Using {client.client.base_url}")
            run(client, out_dir)
    except LowCodeAPIError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
