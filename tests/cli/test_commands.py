"""The everyday commands as a subprocess against the stand-in: human lines, --json for scripts, one-line errors
with a non-zero exit status, and the token in no output."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tests.cli.conftest import closed_port, run_cli
from tests.standin import StandIn
from tests.standin.pictures import prompt_picture


def test_models_list_human_and_json(old_result: StandIn) -> None:
    human = run_cli("models", "list", base_url=old_result.base_url)
    assert human.status == 0
    assert human.lines[0].split() == ["model_1", "trained", "Stand-in", "model", "1"] and len(human.lines) == 5
    assert human.stderr == "5 model(s)\n"
    limited = run_cli("--json", "models", "list", "--limit", "2", base_url=old_result.base_url)  # global flag first
    assert limited.status == 0
    assert [m["id"] for m in limited.json()] == ["model_1", "model_2"] and limited.json()[0]["status"] == "trained"


def test_models_get_and_inferences_get(new_data: StandIn) -> None:
    model = run_cli("models", "get", "model_2", "--json", base_url=new_data.base_url)
    assert model.status == 0 and model.json()["id"] == "model_2" and model.json()["name"] == "Stand-in model 2"
    human = run_cli("models", "get", "model_2", base_url=new_data.base_url)
    assert "status   trained" in human.lines
    inference = run_cli("inferences", "get", "model_1", "inf_1", "--json", base_url=new_data.base_url)
    assert inference.status == 0 and inference.json()["status"] == "succeeded" and len(inference.json()["images"]) == 2
    human = run_cli("inferences", "get", "model_1", "inf_1", base_url=new_data.base_url)
    assert "status    succeeded" in human.lines and "images    2" in human.lines


def test_download_saves_the_pictures_with_the_umask(old_result: StandIn, tmp_path: Path) -> None:
    with old_result.store.lock:  # an inference of ours, so its images are drawn from its prompt
        inference = old_result.store.inferences["inf_1"]
        inference["images"] = []
        old_result.store.set_inference_status(inference, "succeeded")
    out = tmp_path / "pictures"
    run = run_cli("download", "model_1", "inf_1", "--out", str(out), "--json", base_url=old_result.base_url)
    assert run.status == 0
    files = [Path(p) for p in run.json()["files"]]
    assert [p.name for p in files] == ["asset_inf_1_1.png", "asset_inf_1_2.png"]
    assert files[0].read_bytes() == prompt_picture("seeded prompt 1", 0)
    assert files[1].read_bytes() == prompt_picture("seeded prompt 1", 1) != files[0].read_bytes()
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # umask 022 below; not mkstemp's 0600
    human = run_cli("download", "model_1", "inf_1", "--out", str(out), base_url=old_result.base_url)
    assert human.lines == [str(p) for p in files] and human.stderr == f"2 image(s) saved in {out}\n"


@pytest.fixture(autouse=True)
def _umask_022() -> object:
    old = os.umask(0o022)
    yield None
    os.umask(old)


def test_usage(old_result: StandIn) -> None:
    data = run_cli("usage", "--json", base_url=old_result.base_url)
    assert data.status == 0 and {u["usageName"] for u in data.json()["usages"]} >= {"images-generation"}
    human = run_cli("usage", base_url=old_result.base_url)
    assert human.status == 0 and human.lines[0].split()[:2] == ["images-generation", "6"]


def test_errors_are_one_line_with_a_non_zero_status(old_result: StandIn) -> None:
    missing = run_cli("models", "get", "nope", base_url=old_result.base_url)
    assert missing.status == 1 and missing.stdout == ""
    assert missing.stderr.startswith("error: 404 Not Found: Model nope not found") and missing.stderr.count("\n") == 1
    assert "api_token=***" in missing.stderr  # the URL is shown, the token never (run_cli checks)
    refused = run_cli("models", "list", "--json", base_url=old_result.base_url, token="bad_SECRET")
    assert refused.status == 1 and refused.stdout == "" and refused.stderr.startswith("error: 401")
    unreachable = run_cli("usage", "--timeout", "5", base_url=f"http://127.0.0.1:{closed_port()}/scenario")
    assert unreachable.status == 1 and unreachable.stderr.startswith("error: ") and unreachable.stderr.count("\n") == 1
    no_token = run_cli("models", "list", base_url=old_result.base_url, token=None)
    assert (no_token.status, no_token.stderr) == (2, "error: No LowCodeAPI API token: set $LOWCODEAPI_API_TOKEN\n")
    empty_id = run_cli("models", "get", "", base_url=old_result.base_url)
    assert empty_id.status == 2 and empty_id.stderr.startswith("error: Invalid value '' for path parameter")


def test_names_from_the_server_cannot_drive_the_terminal(old_result: StandIn) -> None:
    old_result.store.models["model_1"]["name"] = "evil\x1b]0;owned\x07\x1b[2J\rname"
    human = run_cli("models", "list", base_url=old_result.base_url)
    assert human.lines[0].split() == ["model_1", "trained", "evilname"]
    assert "\x1b" not in human.stdout and "\r" not in human.stdout
    data = run_cli("models", "list", "--json", base_url=old_result.base_url)
    assert data.json()[0]["name"] == "evil\x1b]0;owned\x07\x1b[2J\rname"  # JSON keeps the data, escaped


def test_usage_errors_help_and_version() -> None:
    nothing = run_cli()
    assert nothing.status == 2 and "usage: scenario-lowcodeapi" in nothing.stderr
    bad = run_cli("models", "list", "--limit", "0")
    assert bad.status == 2 and "expected a whole number >= 1" in bad.stderr
    helped = run_cli("--help")
    assert helped.status == 0 and all(
        c in helped.stdout for c in ("doctor", "models", "inferences", "download", "usage")
    )
    version = run_cli("--version")
    assert version.status == 0 and version.lines[0].startswith("scenario-lowcodeapi ") and len(version.lines) == 1


def test_console_script_is_declared_and_runs() -> None:
    (script,) = entry_points(group="console_scripts", name="scenario-lowcodeapi")
    assert script.value == "scenario_lowcodeapi._cli:main"
    exe = Path(sys.executable).parent / "scenario-lowcodeapi"
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("scenario-lowcodeapi ")


def test_main_returns_the_status_in_process(old_result: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    """`__main__` passes main()'s status to exit (openai-python's CLI exited 0 after a handled error)."""
    from scenario_lowcodeapi._cli import main

    monkeypatch.setenv("LOWCODEAPI_API_TOKEN", "at_x")
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", old_result.base_url)
    assert main(["models", "get", "nope"]) == 1
    assert main(["models", "get", "model_1", "--json"]) == 0
