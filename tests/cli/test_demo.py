"""`make demo`'s script and its venv tool: pictures a person can check, saved where it says, with the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.standin.pictures import decode_png, prompt_picture, remove_background
from tools import ensure_venv

SAMPLE = ROOT / "examples" / "assets" / "sample.png"


def test_demo_saves_prompt_dependent_pictures_and_a_real_background_removal(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "examples/run_demo.py", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=lambda: os.umask(0o022),  # noqa: PLW1509 - the child's umask only
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = result.stdout
    for seen in ("$ scenario-lowcodeapi doctor", "doctor: all good", "old only", "page 1:", "succeeded", "Done."):
        assert seen in text
    assert f"Pictures in {out}:" in text and "$ scenario-lowcodeapi download" in text
    first = sorted((out / "quickstart" / "inference").glob("*.png"))
    second = sorted((out / "second-prompt").glob("*.png"))
    assert len(first) == 1 and len(second) == 2
    assert first[0].read_bytes() == prompt_picture("a lighthouse at dawn, watercolor", 0)
    assert second[0].read_bytes() == prompt_picture("a red fox in the snow, pixel art", 0)
    assert first[0].read_bytes() != second[0].read_bytes()
    batch = sorted(p.read_bytes() for p in (out / "generate").glob("*.png"))  # `generate` with both prompts
    assert batch == sorted([first[0].read_bytes(), second[0].read_bytes()])
    assert "estimated cost: 10 creative units for 2 request(s)" in text  # --dry-run
    assert "2 succeeded, 0 skipped" in text and "0 succeeded, 2 skipped" in text  # the second run resumed
    width, height, pixels = decode_png((out / "quickstart" / "sample-no-background.png").read_bytes())
    assert (width, height) == (64, 64)
    assert pixels[0][3] == 0 and pixels[32 * 64 + 32] == (240, 140, 40, 255)  # blue corner gone, orange kept
    for path in out.rglob("*.png"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
        assert not path.name.startswith(".")  # no temporary files left


def test_pictures_depend_on_the_prompt_and_are_real_pngs() -> None:
    a, b = prompt_picture("a lighthouse"), prompt_picture("a fox")
    assert a == prompt_picture("a lighthouse") and a != b and prompt_picture("a lighthouse", 1) != a
    width, height, pixels = decode_png(a)
    assert (width, height) == (256, 256) and len(set(pixels)) >= 3  # a background and shapes


def test_remove_background_of_sample_png() -> None:
    width, height, before = decode_png(SAMPLE.read_bytes())
    _, _, after = decode_png(remove_background(SAMPLE.read_bytes()))
    blue = before[0]
    assert blue[2] > blue[0]  # sample.png: an orange circle on blue
    cleared = [i for i, p in enumerate(after) if p[3] == 0]
    assert len(cleared) == sum(1 for p in before if p == blue) > width * height // 2
    assert all(before[i] == blue for i in cleared)
    assert all(after[i] == before[i] for i in range(width * height) if before[i] != blue)


def test_ensure_venv_rebuilds_a_venv_of_another_python(tmp_path: Path, capsys: object) -> None:
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.9.2\n", encoding="utf-8")
    here = ".".join(map(str, sys.version_info[:3]))
    reason = ensure_venv.mismatch(venv)
    assert reason is not None and reason.startswith(f"it was made by Python 3.9.2, this is {here}")
    assert ensure_venv.main(["--check-only", str(venv)]) == 0
    assert not venv.exists()
    assert ensure_venv.mismatch(venv) is None  # nothing there: nothing to rebuild
    venv.mkdir()
    (venv / "pyvenv.cfg").write_text(f"version_info = {here}.final.0\n", encoding="utf-8")
    assert "does not run" in (ensure_venv.mismatch(venv) or "")  # right version, but no interpreter in it


def test_ensure_venv_package_only(tmp_path: Path) -> None:
    """`make demo`'s venv: this checkout's package and its runtime dependencies, no dev tools; a second run
    installs nothing."""
    venv = tmp_path / "demo-venv"
    tool = [sys.executable, str(ROOT / "tools" / "ensure_venv.py"), str(venv), "--package"]
    subprocess.run(tool, check=True, capture_output=True, timeout=300)
    python = venv / "bin" / "python"
    version = subprocess.run(
        [str(python), "-m", "scenario_lowcodeapi", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.returncode == 0 and version.stdout.startswith("scenario-lowcodeapi ")
    listed = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m; print(sorted(d.metadata['Name'].lower() for d in m.distributions()))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "httpx" in listed and "attrs" in listed
    assert not any(tool_name in listed for tool_name in ("pytest", "mypy", "ruff", "pyright", "hypothesis"))
    stamp = (venv / ensure_venv.STAMP).read_text(encoding="utf-8")
    again = subprocess.run(tool, capture_output=True, text=True, timeout=120)
    assert (
        again.returncode == 0 and again.stdout == "" and (venv / ensure_venv.STAMP).read_text(encoding="utf-8") == stamp
    )
