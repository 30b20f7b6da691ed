"""mypy --strict checks dict-style request inputs: a misspelled key, an unknown enum string, a missing required
argument or a field Scenario does not define is a type error; the correct forms are clean (issue #8, part 3)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import MYPY_CACHE

ROOT = Path(__file__).resolve().parents[1]

# Each line marked `# E` must get an error from mypy; no other line may.
SNIPPET = """\
from scenario_lowcodeapi import AsyncScenario, Scenario
from scenario_lowcodeapi.models import GenerationParameters, GenerationParametersType, PutModelsByModelIdRequestType
from scenario_lowcodeapi.request_types import (
    GenerationParametersDict,
    GenerationParametersTypeLiteral,
    ModelConceptsItemDict,
    TrainingParametersDict,
)

client = Scenario(api_token="at_x")
client.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"})
client.inferences.create("m", parameters={"type": GenerationParametersType.TXT2IMG, "prompt": "x", "numSamples": 2})
client.inferences.create("m", parameters=GenerationParameters(type_=GenerationParametersType.TXT2IMG, prompt="x"))
kind: GenerationParametersTypeLiteral = "img2img"
params: GenerationParametersDict = {"type": kind, "prompt": "x", "strength": 0.5}
training: TrainingParametersDict = {"maxTrainSteps": 500, "lrScheduler": "constant"}
client.models.train("m", parameters=training, dry_run="true")
client.inferences.create("m", parameters=params, dry_run="true")
concept: ModelConceptsItemDict = {"modelId": "model_1", "scale": 1.0}
client.models.update("m", type_="flux.1-lora", concepts=[concept, {"modelId": "model_2", "scale": 0.5}])
client.models.update("m", type_=PutModelsByModelIdRequestType.FLUX_1_LORA, parameters={"maxTrainSteps": 10})
client.models.transfer("m", destination_project_id="p")
client.models.copy("m")
client.images.pixelate(image="asset_1", pixel_grid_size=32, remove_noise=True, return_image=False)
client.images.upscale(image="asset_1", prompt="x", seed="42", style="anime", preset="creative")
client.models.list(loaded_only="true", collection_id="c", original_assets="true", blacklisted="false")
client.usages.get(user_ids="u1,u2", activity_offset="0", project_ids="p", type_="t", user_id="u")
client.inferences.create("m", parameters={"promt": "x", "type": "txt2img"})  # E
client.inferences.create("m", parameters={"type": "txt2imgg", "prompt": "x"})  # E
client.inferences.create("m", parameters={"type": "txt2img"})  # E
client.models.update("m", type_="flux.1-loraa")  # E
client.models.update("m", concepts=[{"modelId": "a", "scael": 1}])  # E
client.models.transfer("m")  # E
client.models.transfer("m", destination_team_id="t", as_copy=True)  # E
client.images.pixelate(image="asset_1", pixel_grid_size=32)  # E
client.images.upscale(image="asset_1", photorealist=True)  # E
client.images.upscale(image="asset_1", seed=42)  # E
client.images.upscale(image="asset_1", style="anim")  # E
wrong: GenerationParametersTypeLiteral = "txt2imgg"  # E


async def main() -> None:
    async with AsyncScenario(api_token="at_x") as a:
        await a.inferences.create("m", parameters={"type": "txt2img", "prompt": "x"})
        await a.inferences.create("m", parameters={"promt": "x", "type": "txt2img"})  # E
"""


def test_mypy_flags_each_misuse_and_nothing_else(tmp_path: Path) -> None:
    snippet = tmp_path / "request_snippet.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(MYPY_CACHE), str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    flagged = {int(m.group(1)) for m in re.finditer(r"request_snippet\.py:(\d+): error:", result.stdout)}
    expected = {i for i, line in enumerate(SNIPPET.splitlines(), start=1) if line.endswith("# E")}
    assert len(expected) == 13
    assert flagged == expected, result.stdout + result.stderr
    # The headline case from the issue: the misspelled key is reported against the TypedDict. inferences.create is
    # overloaded on dry_run (a dry run gives DryRunResponse), so mypy reports it as "no overload variant" and names
    # the TypedDict in the variants it lists under the error.
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if f":{min(expected)}: error:" in line)
    report = [lines[start]] + [line for line in lines[start + 1 :] if f":{min(expected)}: note:" in line]
    assert any("GenerationParametersDict" in line for line in report), "\n".join(report)
