"""Batches killed with SIGKILL and re-run, and two processes on one journal: the batch runs in a child process
(tests/batch_child.py) against a stand-in in this process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scenario_lowcodeapi import Scenario
from tests.batch_child import requests
from tests.standin import Fault, StandIn
from tests.standin.pictures import prompt_picture
from tests.test_batch import made, paid_creates

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")

ROOT = Path(__file__).resolve().parent.parent
MODEL = "model_1"


def start_child(standin: StandIn, out_dir: Path, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.batch_child", standin.base_url, str(out_dir), str(count), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def events(out_dir: Path) -> list[dict[str, object]]:
    journal = out_dir / "scenario-batch.jsonl"
    if not journal.exists():
        return []
    found = []
    for line in journal.read_bytes().split(b"\n"):
        try:
            found.append(json.loads(line))
        except ValueError:
            continue
    return found


def wait_until(predicate: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.01)
    raise AssertionError("condition not reached in time")


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    assert child.returncode == -signal.SIGKILL


def test_killed_part_way_then_rerun_creates_each_request_once(standin: StandIn, tmp_path: Path) -> None:
    standin.latency = 0.02  # slow enough that the kill lands in the middle
    child = start_child(standin, tmp_path, 20, "--concurrency", "3")
    try:
        wait_until(lambda: sum(1 for e in events(tmp_path) if e.get("ev") == "file") >= 8)
    finally:
        kill(child)
    wait_until(lambda: standin.in_flight == 0)  # what reached the stand-in before the kill is handled first
    before = len(paid_creates(standin))
    assert 0 < before < 20 or sum(1 for e in events(tmp_path) if e.get("ev") == "done") < 20
    standin.latency = 0.0
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    result = client.inferences.batch(MODEL, requests(20), out_dir=tmp_path, poll_interval=0.05)  # type: ignore[arg-type]
    if result.unknown:
        # The kill landed between journaling "sending" and the request leaving: the stand-in never got it, and the
        # batch rightly does not guess. Check that, then send it explicitly.
        sent_prompts = {r.json["parameters"]["prompt"] for r in paid_creates(standin)}  # type: ignore[attr-defined]
        assert all(requests(20)[item.index]["prompt"] not in sent_prompts for item in result.unknown)
        result = client.inferences.batch(
            MODEL,
            requests(20),  # type: ignore[arg-type]
            out_dir=tmp_path,
            poll_interval=0.05,
            resend_unknown=True,
        )
    assert {item.status for item in result.items} <= {"succeeded", "skipped"}
    assert "skipped" in {item.status for item in result.items}
    # each request created exactly once in total, across both runs
    assert len(paid_creates(standin)) == 20 and len(made(standin)) == 20
    assert len({item.inference_id for item in result.items}) == 20
    # every image on disk once, complete, and no partial file left
    assert len(result.files) == 40 and sorted(tmp_path.glob("*.png")) == sorted(result.files)
    assert all(
        path.read_bytes() == prompt_picture(f"sprite number {item.index}", j)
        for item in result.items
        for j, path in enumerate(item.files)
    )
    assert not list(tmp_path.glob(".*.part"))


def test_killed_between_the_create_and_its_answer_the_inference_is_found(standin: StandIn, tmp_path: Path) -> None:
    # The first create takes effect only after 2 s (Fault "slow"); the child is killed while it waits for the answer.
    standin.inject(Fault(kind="slow", delay=2.0, method="POST", path="/inferences"))
    child = start_child(standin, tmp_path, 3, "--concurrency", "1")
    try:
        wait_until(lambda: len(paid_creates(standin)) == 1 and any(e.get("ev") == "sending" for e in events(tmp_path)))
    finally:
        kill(child)
    assert not any(e.get("ev") == "created" for e in events(tmp_path))
    wait_until(lambda: len(made(standin)) == 1, timeout=30)  # Scenario made it: the answer is what was lost
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    result = client.inferences.batch(MODEL, requests(3), out_dir=tmp_path, poll_interval=0.05)  # type: ignore[arg-type]
    assert [item.status for item in result.items] == ["succeeded"] * 3
    assert len(paid_creates(standin)) == 3 and len(made(standin)) == 3  # found, not sent again
    assert any(e.get("recovered") for e in events(tmp_path))


def test_killed_after_a_create_that_never_took_effect_it_is_unknown_not_resent(
    standin: StandIn, tmp_path: Path
) -> None:
    # The first create hangs and is never handled (Fault "hang"): nothing was made, but the child cannot know that.
    standin.inject(Fault(kind="hang", delay=30.0, method="POST", path="/inferences"))
    child = start_child(standin, tmp_path, 3, "--concurrency", "1")
    try:
        wait_until(lambda: len(paid_creates(standin)) == 1 and any(e.get("ev") == "sending" for e in events(tmp_path)))
    finally:
        kill(child)
    standin.clear_faults()
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    result = client.inferences.batch(MODEL, requests(3), out_dir=tmp_path, poll_interval=0.05)  # type: ignore[arg-type]
    assert [item.status for item in result.items] == ["unknown", "succeeded", "succeeded"]
    assert len(paid_creates(standin)) == 3  # the hung one + the two others: the unknown one was not re-sent
    resent = client.inferences.batch(
        MODEL,
        requests(3),  # type: ignore[arg-type]
        out_dir=tmp_path,
        poll_interval=0.05,
        resend_unknown=True,
    )
    assert [item.status for item in resent.items] == ["succeeded", "skipped", "skipped"]
    assert len(made(standin)) == 3


def test_two_processes_on_one_journal(standin: StandIn, tmp_path: Path) -> None:
    standin.latency = 0.05
    first = start_child(standin, tmp_path, 6, "--concurrency", "1")
    try:
        wait_until(lambda: any(e.get("ev") == "sending" for e in events(tmp_path)))
        second = start_child(standin, tmp_path, 6, "--concurrency", "1")
        out, err = second.communicate(timeout=60)
        assert second.returncode == 3, err
        assert out.startswith("locked: batch journal") and "in use by another batch" in out
        first_out, _ = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            kill(first)
    assert first.returncode == 0 and json.loads(first_out) == ["succeeded"] * 6
    assert len(paid_creates(standin)) == 6
