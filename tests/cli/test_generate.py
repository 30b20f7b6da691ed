"""``generate`` (issue #19): a batch from the command line, run as a subprocess against the stand-in, under a
pseudo-terminal (the live display: cursor-control redraws of per-request lines and an overall line with counts and
cost) and in a pipe (plain lines, no control characters, the same summary and saved-file lines); dry runs, the
budget, resuming, prompt files, --num, --json, failed and unknown items, Ctrl-C; the renderer's parts in-process."""

from __future__ import annotations

import errno
import fcntl
import io
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scenario_lowcodeapi._cli._common import UsageError
from scenario_lowcodeapi._cli._generate import read_prompts
from scenario_lowcodeapi._cli._output import LiveBlock, Output
from tests.cli.conftest import TOKEN, run_cli
from tests.standin import Fault, StandIn
from tests.standin.pictures import prompt_picture

PROMPTS = ["a red fox in the snow", "a blue whale", "a green owl at night"]
FAST = ["--poll-interval", "0.05"]
# Several polls per inference, so a run lasts long enough for the display to redraw more than once.
STATUSES = ("queued", "in-progress", "in-progress", "in-progress", "succeeded")
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(routing="both", envelope="data", inference_statuses=STATUSES) as s:
        s.latency = 0.02
        yield s


def paid_creates(standin: StandIn) -> list[dict[str, object]]:
    return [
        r.json
        for r in standin.requests
        if r.method == "POST" and r.path.endswith("/inferences") and r.query.get("dryRun") != "true"
    ]


def dry_runs(standin: StandIn) -> list[dict[str, object]]:
    return [r.json for r in standin.requests if r.method == "POST" and r.query.get("dryRun") == "true"]


def _env(base_url: str, **extra: str) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LOWCODEAPI_", "SCENARIO_LOWCODEAPI_"))}
    environ.pop("NO_COLOR", None)
    environ.update(LOWCODEAPI_BASE_URL=base_url, LOWCODEAPI_API_TOKEN=TOKEN, TERM="xterm-256color", **extra)
    return environ


def run_tty(*args: str, base_url: str, cwd: Path, columns: int = 120, rows: int = 40, **extra: str) -> tuple[int, str]:
    """``python -m scenario_lowcodeapi ARGS`` with stdout and stderr on a pseudo-terminal of ``columns`` x ``rows``;
    returns the exit status and everything the terminal received."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "scenario_lowcodeapi", *args],
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=slave,
            env=_env(base_url, **extra),
            cwd=cwd,
            close_fds=True,
        )
    finally:
        os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError as exc:  # EIO: the child closed the terminal
                if exc.errno != errno.EIO:
                    raise
                break
            if not data:
                break
            chunks.append(data)
        status = proc.wait(timeout=30)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = b"".join(chunks).decode("utf-8")
    assert TOKEN not in text and "SECRET" not in text and "Traceback" not in text, text
    return status, text


def screen_lines(text: str) -> list[str]:
    """What stays on the terminal line by line, roughly: escape sequences and carriage returns removed."""
    return [line.strip() for line in ANSI.sub("", text.replace("\r\n", "\n")).replace("\r", "").split("\n")]


def no_control_characters(text: str) -> bool:
    return not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text)


def summary_and_files(lines: list[str]) -> list[str]:
    """The final summary line and the saved-file lines (in the order printed)."""
    return [line for line in lines if line.startswith("out/") or " succeeded, " in line]


# --- the live display and the pipe ------------------------------------------------------------------------------


def test_a_terminal_gets_a_live_display_and_a_pipe_plain_lines_with_the_same_result(
    standin: StandIn, tmp_path: Path
) -> None:
    args = ("generate", "model_1", *PROMPTS, "--num", "2", "--out", "out", "--concurrency", "2", *FAST)
    (tmp_path / "tty").mkdir()
    status, text = run_tty(*args, base_url=standin.base_url, cwd=tmp_path / "tty")
    assert status == 0, text
    # Redraws: the cursor goes up over the block, each line is rewritten and cleared to its end.
    assert len(re.findall(r"\x1b\[[1-9]\d*A", text)) >= 2, text
    assert "\x1b[K" in text and "\x1b[J" in text
    # Per-request lines while they run, and the overall line with counts and the cost so far.
    frames = screen_lines(text)
    running = [line for line in frames if re.match(r"#\d (started|generating|saving images \(\d/2\)) +'", line)]
    assert {line.split()[0] for line in running} >= {"#1", "#2", "#3"}, frames
    overall = [line for line in frames if re.match(r"\d/3 done, \d running, \d queued, 0 failed, 0 unknown;", line)]
    assert any(" 2 running," in line for line in overall), overall
    assert any(re.search(r"; [1-9]\d* creative units so far;", line) for line in overall), overall
    assert "\x1b[32m✓\x1b[0m #1 succeeded 2 image(s), 10 creative units  'a red fox in the snow'" in text  # colour
    assert len(paid_creates(standin)) == 3
    assert 1 <= standin.max_in_flight <= 2  # --concurrency 2: creates, polls and downloads together

    standin.reset_requests()
    (tmp_path / "pipe").mkdir()
    pipe = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path / "pipe"))
    assert pipe.status == 0, pipe.stderr
    assert no_control_characters(pipe.stdout) and no_control_characters(pipe.stderr)
    assert "\x1b" not in pipe.stdout + pipe.stderr
    assert sorted(pipe.stderr.splitlines()[:3]) == [
        "[ok] #1 succeeded 2 image(s), 10 creative units  'a red fox in the snow'",
        "[ok] #2 succeeded 2 image(s), 10 creative units  'a blue whale'",
        "[ok] #3 succeeded 2 image(s), 10 creative units  'a green owl at night'",
    ]
    expected = summary_and_files(pipe.lines + pipe.stderr.splitlines())
    assert len(expected) == 7 and expected[-1] == (
        "3 succeeded, 0 skipped, 0 failed, 0 unknown; 6 image(s) in out; charged 30 creative units by this run, 30 in all"
    )
    assert summary_and_files(frames) == expected  # the same summary and saved-file lines on the terminal
    assert len(paid_creates(standin)) == 3  # a fresh out dir: a batch of its own
    for i, prompt in enumerate(PROMPTS):  # the pictures the stand-in drew from each prompt
        files = [Path(tmp_path / "pipe" / p) for p in pipe.lines[2 * i : 2 * i + 2]]
        assert [f.read_bytes() for f in files] == [prompt_picture(prompt, 0), prompt_picture(prompt, 1)]


def test_no_color_keeps_the_redraw_and_drops_the_colour(standin: StandIn, tmp_path: Path) -> None:
    status, text = run_tty(
        "generate", "model_1", "a cat", "--out", "out", *FAST, base_url=standin.base_url, cwd=tmp_path, NO_COLOR="1"
    )
    assert status == 0, text
    assert "\x1b[K" in text and not re.search(r"\x1b\[[0-9;]*m", text), text
    assert "✓ #1 succeeded 1 image(s), 5 creative units  'a cat'" in text


def test_a_narrow_short_terminal_gets_lines_cut_to_its_width(standin: StandIn, tmp_path: Path) -> None:
    prompts = [f"prompt number {i} " + "x" * 60 for i in range(8)]
    status, text = run_tty(
        "generate", "model_1", *prompts, "--out", "out", "--concurrency", "8", *FAST,
        base_url=standin.base_url, cwd=tmp_path, columns=50, rows=6,
    )  # fmt: skip
    assert status == 0, text
    for frame in re.split(r"\x1b\[\d+A", text)[1:]:  # every redrawn block: at most 5 lines, none wider than 49
        block = frame.split("\x1b[J")[0]
        drawn = [ANSI.sub("", line).replace("\r", "") for line in block.split("\n") if "\x1b[K" in line]
        live = [line for line in drawn if not line.startswith(("✓", "✗", "?"))]
        assert len(live) <= 5 and all(len(line) <= 49 for line in live), drawn
    assert "... and " in text and " more" in text


# --- dry run, budget, resume ------------------------------------------------------------------------------------


def test_dry_run_prints_the_cost_and_creates_nothing(standin: StandIn, tmp_path: Path) -> None:
    run = run_cli(
        "generate", "model_1", *PROMPTS, "--num", "3", "--dry-run", base_url=standin.base_url, cwd=str(tmp_path)
    )
    assert run.status == 0, run.stderr
    assert run.lines[-1] == (
        "estimated cost: 45 creative units for 3 request(s), 9 image(s) (dry run: nothing was created or charged)"
    )
    assert run.lines[0] == "#1 15 creative units  'a red fox in the snow'"
    requests = standin.requests
    assert len(requests) == 3 and all(r.query.get("dryRun") == "true" for r in requests)
    assert not paid_creates(standin) and not (tmp_path / "scenario-output").exists()
    sent = sorted((body["parameters"] for body in dry_runs(standin)), key=str)  # type: ignore[index]
    assert sent == sorted(({"type": "txt2img", "prompt": p, "numSamples": 3} for p in PROMPTS), key=str)


def test_max_cost_below_the_estimate_is_one_line_exit_1_and_nothing_paid(standin: StandIn, tmp_path: Path) -> None:
    run = run_cli(
        "generate", "model_1", *PROMPTS, "--max-cost", "14.5", *FAST, base_url=standin.base_url, cwd=str(tmp_path)
    )
    assert run.status == 1 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: the batch would cost 15 creative units")
    assert "more than max_cost=14.5: nothing was sent" in run.stderr
    assert len(dry_runs(standin)) == 3 and not paid_creates(standin)
    within = run_cli(
        "generate", "model_1", *PROMPTS, "--max-cost", "15", *FAST, base_url=standin.base_url, cwd=str(tmp_path)
    )
    assert within.status == 0 and len(paid_creates(standin)) == 3


def test_running_again_resumes_creates_nothing_and_reports_skipped(standin: StandIn, tmp_path: Path) -> None:
    args = ("generate", "model_1", *PROMPTS, "--num", "2", *FAST)
    first = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert first.status == 0 and len(paid_creates(standin)) == 3
    assert (tmp_path / "scenario-output" / "scenario-batch.jsonl").is_file()  # the default --out
    standin.reset_requests()
    again = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert again.status == 0 and standin.requests == []  # nothing sent at all
    assert again.lines == first.lines  # the same files
    assert again.stderr.splitlines() == [
        "[ok] #1 skipped   2 image(s), 10 creative units  'a red fox in the snow'",
        "[ok] #2 skipped   2 image(s), 10 creative units  'a blue whale'",
        "[ok] #3 skipped   2 image(s), 10 creative units  'a green owl at night'",
        "0 succeeded, 3 skipped, 0 failed, 0 unknown; 6 image(s) in scenario-output; "
        "charged 0 creative units by this run, 30 in all",
    ]
    # One file removed: only that request's picture is fetched again, nothing is created.
    Path(tmp_path / first.lines[3]).unlink()
    standin.reset_requests()
    repaired = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert repaired.status == 0 and not paid_creates(standin) and (tmp_path / first.lines[3]).is_file()


def test_a_dry_run_after_a_run_counts_only_what_is_left_to_pay(standin: StandIn, tmp_path: Path) -> None:
    """What the journal in --out says was created cost once already: not dry-run, not counted."""
    args = ("generate", "model_1", *PROMPTS[:2], "--num", "2", *FAST)
    first = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert first.status == 0 and len(paid_creates(standin)) == 2
    standin.reset_requests()
    more = ("generate", "model_1", *PROMPTS, "--num", "2", "--dry-run")
    run = run_cli(*more, base_url=standin.base_url, cwd=str(tmp_path))
    assert run.status == 0, run.stderr
    assert run.lines == [
        "#1 already created (paid)  'a red fox in the snow'",
        "#2 already created (paid)  'a blue whale'",
        "#3 10 creative units  'a green owl at night'",
        "estimated cost: 10 creative units for 1 request(s), 2 image(s); 2 already created by an earlier run, not "
        "counted (dry run: nothing was created or charged)",
    ]
    assert [body["parameters"]["prompt"] for body in dry_runs(standin)] == [PROMPTS[2]]  # type: ignore[index]
    assert not paid_creates(standin)
    as_json = run_cli(*more, "--json", base_url=standin.base_url, cwd=str(tmp_path))
    document = json.loads(as_json.stdout)
    assert [item["already_created"] for item in document["items"]] == [True, True, False]
    assert [item["cost"] for item in document["items"]] == [0.0, 0.0, 10.0]
    assert document["totals"] == {"requests": 3, "already_created": 2, "images": 2, "cost": 10.0}
    # and what the dry run said is what the run then pays
    standin.reset_requests()
    done = run_cli("generate", "model_1", *PROMPTS, "--num", "2", *FAST, base_url=standin.base_url, cwd=str(tmp_path))
    assert done.status == 0 and len(paid_creates(standin)) == 1


def test_prompts_file_skips_blank_lines_and_comments(standin: StandIn, tmp_path: Path) -> None:
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("# sprites for level 1\n\na sword\n   \n  # not this one\n  a shield  \r\na potion # kept\n")
    run = run_cli(
        "generate", "model_1", "a key", "--prompts", str(prompts), "--dry-run", "--json",
        base_url=standin.base_url, cwd=str(tmp_path),
    )  # fmt: skip
    assert run.status == 0, run.stderr
    expected = ["a key", "a sword", "a shield", "a potion # kept"]
    assert [item["prompt"] for item in run.json()["items"]] == expected
    assert sorted(body["parameters"]["prompt"] for body in dry_runs(standin)) == sorted(expected)  # type: ignore[index]
    assert run.json()["totals"] == {"requests": 4, "already_created": 0, "images": 4, "cost": 20.0}
    stdin = subprocess.run(
        [sys.executable, "-m", "scenario_lowcodeapi", "generate", "model_1", "--prompts", "-", "--dry-run"],
        input="one\n#two\nthree\n", capture_output=True, text=True, env=_env(standin.base_url), timeout=90,
    )  # fmt: skip
    assert stdin.returncode == 0 and "for 2 request(s)" in stdin.stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n\n")
    none = run_cli("generate", "model_1", "--prompts", str(empty), base_url=standin.base_url, cwd=str(tmp_path))
    assert none.status == 2 and none.stderr.startswith("error: no prompt") and standin.requests[-1].query
    missing = run_cli("generate", "model_1", "--prompts", "nope.txt", base_url=standin.base_url, cwd=str(tmp_path))
    assert (
        missing.status == 2 and missing.stderr == "error: cannot read --prompts nope.txt: No such file or directory\n"
    )


def test_prompts_before_and_after_options_and_control_characters_in_them(standin: StandIn, tmp_path: Path) -> None:
    hostile = "\x1b]0;owned\x07a cat\x1b[2J\r\n"
    run = run_cli(
        "generate", "model_1", "a", "--num", "2", "b", "--dry-run", hostile, "c",
        base_url=standin.base_url, cwd=str(tmp_path),
    )  # fmt: skip
    assert run.status == 0, run.stderr
    assert "for 4 request(s), 8 image(s)" in run.lines[-1]
    assert run.lines[2] == "#3 10 creative units  'a cat'" and no_control_characters(run.stdout)
    assert sorted(body["parameters"]["prompt"] for body in dry_runs(standin)) == sorted(
        ["a", "b", hostile.strip(), "c"]
    )  # type: ignore[index]
    bogus = run_cli("generate", "model_1", "a", "--bogus", "b", base_url=standin.base_url, cwd=str(tmp_path))
    assert bogus.status == 2 and "unrecognized arguments: --bogus b" in bogus.stderr


def test_num_and_json(standin: StandIn, tmp_path: Path) -> None:
    run = run_cli(
        "generate", "model_1", *PROMPTS[:2], "--num", "3", "--json", *FAST, base_url=standin.base_url, cwd=str(tmp_path)
    )
    assert run.status == 0 and run.stderr == ""  # stdout is the document alone, no progress anywhere
    sent = sorted((body["parameters"] for body in paid_creates(standin)), key=str)  # type: ignore[index]
    assert sent == sorted(({"type": "txt2img", "prompt": p, "numSamples": 3} for p in PROMPTS[:2]), key=str)
    doc = run.json()
    assert doc["ok"] is True and doc["model_id"] == "model_1" and doc["out_dir"] == "scenario-output"
    assert doc["journal"] == os.path.join("scenario-output", "scenario-batch.jsonl")
    assert [list(item) for item in doc["items"]] == [
        ["index", "prompt", "status", "inference_id", "files", "cost", "error"]
    ] * 2
    first = doc["items"][0]
    assert first["index"] == 0 and first["prompt"] == PROMPTS[0] and first["status"] == "succeeded"
    assert first["inference_id"].startswith("inf_") and first["cost"] == 15.0 and first["error"] is None
    assert len(first["files"]) == 3 and all((tmp_path / f).is_file() for f in first["files"])
    assert doc["totals"] == {
        "requests": 2, "succeeded": 2, "skipped": 0, "failed": 0, "unknown": 0, "images": 6, "cost": 30.0,
    }  # fmt: skip
    too_many = run_cli("generate", "model_1", "x", "--num", "129", base_url=standin.base_url, cwd=str(tmp_path))
    assert too_many.status == 2 and "--num must be within [1, 128]" in too_many.stderr


# --- failures, unknowns, interrupts -----------------------------------------------------------------------------


def test_a_failed_item_exits_1_and_the_others_finish(standin: StandIn, tmp_path: Path) -> None:
    standin.inject(Fault(status=400, method="POST", path="/inferences"))
    run = run_cli(
        "generate",
        "model_1",
        *PROMPTS,
        "--concurrency",
        "1",
        "--verbose",
        *FAST,
        base_url=standin.base_url,
        cwd=str(tmp_path),
    )
    assert run.status == 1
    assert "[FAIL] #1 failed    BadRequestError: 400" in run.stderr
    assert "api_token=***" in run.stderr  # --verbose logs each request, the token as *** (run_cli checks it)
    assert len(run.lines) == 2  # the two that succeeded
    assert "2 succeeded, 0 skipped, 1 failed, 0 unknown;" in run.stderr
    assert run.stderr.rstrip().endswith("run the same command again to retry failed creates "
                                        "(inferences that ended failed are not re-sent)")  # fmt: skip
    again = run_cli(
        "generate", "model_1", *PROMPTS, "--concurrency", "1", *FAST, base_url=standin.base_url, cwd=str(tmp_path)
    )
    assert again.status == 0 and len(again.lines) == 3 and "1 succeeded, 2 skipped" in again.stderr


def test_an_unknown_item_exits_1_until_resent(standin: StandIn, tmp_path: Path) -> None:
    standin.inject(Fault(kind="drop", method="POST", path="/inferences"))  # the create's answer never comes
    args = ("generate", "model_1", PROMPTS[0], "--timeout", "5", *FAST)
    run = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert run.status == 1 and run.stdout == ""
    assert "[??] #1 unknown" in run.stderr and "0 succeeded, 0 skipped, 0 failed, 1 unknown;" in run.stderr
    assert "run again with --resend-unknown to send them" in run.stderr
    again = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
    assert again.status == 1 and len(paid_creates(standin)) == 1  # not re-sent on its own
    resent = run_cli(*args, "--resend-unknown", base_url=standin.base_url, cwd=str(tmp_path))
    assert resent.status == 0 and len(resent.lines) == 1 and len(paid_creates(standin)) == 2


def test_ctrl_c_exits_130_with_how_to_resume_and_the_rerun_pays_nothing_twice(tmp_path: Path) -> None:
    with StandIn(routing="both", envelope="data", inference_statuses=("queued", *["in-progress"] * 1000)) as standin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "scenario_lowcodeapi", "generate", "model_1", *PROMPTS, *FAST],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=_env(standin.base_url), cwd=tmp_path,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # every create answered and journaled: its inference is polled
                polled = {r.path for r in standin.requests if r.method == "GET" and "/inferences/" in r.path}
                if len(polled) == 3:
                    break
                time.sleep(0.05)
            assert len(paid_creates(standin)) == 3
            proc.send_signal(signal.SIGINT)
            stdout, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        assert proc.returncode == 130, stderr
        assert stderr.splitlines()[-1] == (
            "error: interrupted: run the same command again to resume (journal "
            "scenario-output/scenario-batch.jsonl); what was created is not created again"
        )
        assert "Traceback" not in stderr and TOKEN not in stderr + stdout
        with standin.store.lock:
            for queue in standin.store.inference_status_queue.values():
                queue[:] = ["succeeded"]
        again = run_cli("generate", "model_1", *PROMPTS, *FAST, base_url=standin.base_url, cwd=str(tmp_path))
        assert again.status == 0 and len(again.lines) == 3, again.stderr
        assert len(paid_creates(standin)) == 3  # waited for and downloaded, none created again


def test_an_out_dir_in_use_by_another_batch_is_one_line_exit_1(standin: StandIn, tmp_path: Path) -> None:
    from scenario_lowcodeapi._journal import Journal

    with Journal(tmp_path / "out" / "scenario-batch.jsonl"):  # another batch holds the journal's lock
        run = run_cli("generate", "model_1", "a cat", "--out", "out", base_url=standin.base_url, cwd=str(tmp_path))
    assert run.status == 1 and run.stdout == "" and not paid_creates(standin)
    assert run.stderr == (
        "error: out is in use by another batch (its journal out/scenario-batch.jsonl is locked): "
        "wait for it, or use another --out\n"
    )


def test_usage_errors_exit_2() -> None:
    for args in (["generate", "model_1", "x", "--max-cost", "-1"], ["generate", "model_1", "x", "--concurrency", "0"]):
        run = run_cli(*args, base_url="http://127.0.0.1:9/scenario")
        assert run.status == 2 and "error:" in run.stderr, args
    no_token = run_cli("generate", "model_1", "x", base_url="http://127.0.0.1:9/scenario", token=None)
    assert no_token.status == 2 and no_token.stderr == "error: No LowCodeAPI API token: set $LOWCODEAPI_API_TOKEN\n"


# --- parts ------------------------------------------------------------------------------------------------------


def test_read_prompts() -> None:
    assert read_prompts([" a ", "b"], None) == ["a", "b"]
    with pytest.raises(UsageError, match="no prompt"):
        read_prompts([], None)
    with pytest.raises(UsageError, match="a PROMPT is empty"):
        read_prompts(["a", "  "], None)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_live_block_throttles_redraws_and_draws_the_last_state_on_the_next_tick() -> None:
    stream, clock, state = io.StringIO(), _Clock(), {"n": 0}
    block = LiveBlock(stream, lambda: [f"n={state['n']}"], live=True, interval=0.1, clock=clock, ticker=False)
    try:
        for n in range(100):  # 100 changes within one interval: one redraw now
            state["n"] = n
            block.refresh()
        assert block.redraws == 1 and stream.getvalue() == "\rn=0\x1b[K\n\x1b[J"
        block.tick()  # what the background thread does every interval: the last state
        assert block.redraws == 2 and stream.getvalue().endswith("\x1b[1A\rn=99\x1b[K\n\x1b[J")
        block.tick()  # nothing changed, less than a second since: no redraw
        clock.now = 1.5
        block.tick()  # a second without change: redrawn anyway (a clock in the block moves)
        assert block.redraws == 3
        block.log("done: #1")
        assert stream.getvalue().endswith("\x1b[1A\rdone: #1\x1b[K\n\rn=99\x1b[K\n\x1b[J")
    finally:
        block.close()
    assert stream.getvalue().endswith("\x1b[1A\x1b[J")  # the block erased; the log line stays
    redraws = block.redraws
    block.refresh()
    block.log("after close")
    assert block.redraws == redraws and stream.getvalue().endswith("after close\n")


def test_output_gives_a_live_block_on_stderr_throttled_to_10_redraws_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TERM", raising=False)
    out = Output(json_mode=False, out=io.StringIO(), err=io.StringIO())
    block = out.live_block(lambda: ["x"])
    block.close()
    assert block.interval == 0.1 and block.stream is out.err and not block.live  # a StringIO is no terminal
    assert out.mark("ok", live=False) == "[ok]" and out.mark("fail", live=False) == "[FAIL]"
    assert not Output(json_mode=True).live_block(lambda: ["x"]).enabled


def test_live_block_off_a_terminal_prints_plain_log_lines_only() -> None:
    stream = io.StringIO()
    with LiveBlock(stream, lambda: ["never drawn"], live=False) as block:
        block.refresh()
        block.log("\x1b[31mred\x1b[0m line\r")
    assert stream.getvalue() == "red line\n"
    quiet = io.StringIO()
    with LiveBlock(quiet, lambda: ["x"], live=True, enabled=False) as block:
        block.log("nothing")
        block.refresh()
    assert quiet.getvalue() == ""


def test_live_block_is_thread_safe() -> None:
    stream, counter = io.StringIO(), {"n": 0}
    lock = threading.Lock()

    def render() -> list[str]:
        with lock:
            return ["a", f"count {counter['n']}"]

    block = LiveBlock(stream, render, live=True, interval=0.0, ticker=False)

    def work(t: int) -> None:
        for i in range(200):
            with lock:
                counter["n"] += 1
            block.refresh()
            if i % 20 == 0:
                block.log(f"log {t}-{i}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    block.close()
    text = stream.getvalue()
    logged = re.findall(r"\rlog (\d+-\d+)\x1b\[K\n", text)
    assert sorted(logged) == sorted(f"{t}-{i}" for t in range(4) for i in range(0, 200, 20))
    # Every redraw is whole: cursor up over the 2 lines drawn before, both lines, clear below.
    for frame in text.split("\x1b[2A")[1:]:
        assert (
            re.fullmatch(r"(\rlog \d+-\d+\x1b\[K\n)*\ra\x1b\[K\n\rcount \d+\x1b\[K\n\x1b\[J", frame)
            or frame == "\x1b[J"
        )
