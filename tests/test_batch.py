"""inferences.batch / estimate_batch against the LowCodeAPI stand-in (real HTTP on 127.0.0.1), sync and async.

The kill tests (SIGKILL part-way, kill between a create and its answer, two processes) are in test_batch_kill.py;
the core's decisions with a fake Scenario in test_batch_core.py.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from scenario_lowcodeapi import AsyncScenario, BatchProgress, Scenario
from scenario_lowcodeapi.errors import BudgetExceededError, JournalLockedError
from tests.standin import Fault, StandIn

MODEL = "model_1"


def prompts(count: int, samples: int = 2) -> list[dict[str, object]]:
    return [{"type": "txt2img", "prompt": f"sprite number {i}", "numSamples": samples} for i in range(count)]


def paid_creates(standin: StandIn) -> list[object]:
    """POSTs to the inferences route that were not dry runs (the ones Scenario charges)."""
    return [
        r
        for r in standin.requests
        if r.method == "POST" and r.path.endswith("/inferences") and r.query.get("dryRun") != "true"
    ]


def dry_runs(standin: StandIn) -> list[object]:
    return [r for r in standin.requests if r.method == "POST" and r.query.get("dryRun") == "true"]


def made(standin: StandIn) -> list[dict[str, object]]:
    """Inferences the stand-in created during the test (the seeded ones have prompts of their own)."""
    return [i for i in standin.store.inferences.values() if str(i["parameters"].get("prompt", "")).startswith("sprite")]


@pytest.fixture
def client(standin: StandIn) -> Scenario:
    return Scenario(api_token="at_test", base_url=standin.base_url)


def test_a_batch_of_20_creates_each_once_and_saves_every_image(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    seen: list[BatchProgress] = []
    result = client.inferences.batch(
        MODEL, prompts(20), out_dir=tmp_path, concurrency=4, poll_interval=0.05, on_progress=seen.append
    )
    assert [item.status for item in result.items] == ["succeeded"] * 20
    assert [item.index for item in result.items] == list(range(20))
    assert len(paid_creates(standin)) == 20 and len(made(standin)) == 20
    assert len({item.inference_id for item in result.items}) == 20
    assert result.total_cost == 20 * 10.0 and all(item.cost == 10.0 for item in result.items)
    files = result.files
    assert len(files) == 40 and len(set(files)) == 40
    assert [path.read_bytes() for path in files] == [
        png for item in result.items for png in standin.store.inference_pictures(str(item.inference_id))
    ]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(p.name for p in files)
    assert not list(tmp_path.glob(".*.part"))
    last = seen[-1]
    assert (last.total, last.done, last.failed, last.queued, last.running) == (20, 20, 0, 0, 0)
    assert last.images_saved == 40 and last.cost == 200.0
    assert (tmp_path / "scenario-batch.jsonl").is_file() and result.journal == tmp_path / "scenario-batch.jsonl"
    assert result.ok and not result.failed and not result.unknown


def test_running_it_again_sends_nothing_and_skips_everything(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    first = client.inferences.batch(MODEL, prompts(5), out_dir=tmp_path, poll_interval=0.05)
    standin.reset_requests()
    again = client.inferences.batch(MODEL, prompts(5), out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in again.items] == ["skipped"] * 5
    assert standin.requests == []
    assert again.files == first.files and again.total_cost == first.total_cost == 50.0
    assert [i.inference_id for i in again.items] == [i.inference_id for i in first.items]


def test_file_names_are_deterministic_per_request_and_image(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    a = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path / "a", poll_interval=0.05)
    b = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path / "b", poll_interval=0.05)
    assert [p.name for p in a.files] == [p.name for p in b.files]
    assert all(p.name.endswith(("-0.png", "-1.png")) for p in a.files)


def test_a_changed_list_is_matched_per_request(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    client.inferences.batch(MODEL, prompts(4), out_dir=tmp_path, poll_interval=0.05)
    standin.reset_requests()
    changed = list(reversed(prompts(4))) + [{"type": "txt2img", "prompt": "sprite new", "numSamples": 1}]
    result = client.inferences.batch(MODEL, changed, out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in result.items] == ["skipped"] * 4 + ["succeeded"]
    assert len(paid_creates(standin)) == 1


def test_a_deleted_file_is_downloaded_again_without_creating(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    first = client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
    first.files[0].unlink()
    standin.reset_requests()
    again = client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in again.items] == ["succeeded", "skipped"]
    expected = standin.store.inference_pictures(str(first.items[0].inference_id))[0]
    assert paid_creates(standin) == [] and first.files[0].read_bytes() == expected
    assert sum(1 for r in standin.requests if "__asset__" in r.path) == 1


def test_per_item_failures_do_not_stop_the_others(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    standin.inject(Fault(status=400, method="POST", path="/inferences", body={"error": "bad prompt"}))
    result = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, concurrency=1, poll_interval=0.05)
    assert [item.status for item in result.items] == ["failed", "succeeded", "succeeded"]
    assert result.failed[0].error is not None and "400" in result.failed[0].error
    assert result.failed[0].inference_id is None and result.failed[0].files == []
    # nothing was made for it, so a re-run sends it (once) and skips the rest
    standin.reset_requests()
    again = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in again.items] == ["succeeded", "skipped", "skipped"]
    assert len(paid_creates(standin)) == 1


def test_a_failed_inference_is_reported_and_not_sent_again(tmp_path: Path) -> None:
    with StandIn(routing="both", inference_statuses=("queued", "failed")) as standin:
        client = Scenario(api_token="at_test", base_url=standin.base_url)
        result = client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
        assert [item.status for item in result.items] == ["failed", "failed"]
        assert result.items[0].error is not None and "ended as failed" in result.items[0].error
        standin.reset_requests()
        again = client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
        assert [item.status for item in again.items] == ["failed", "failed"] and standin.requests == []


# -- budget --------------------------------------------------------------------------------------------------


def test_estimate_batch_is_free_and_typed(standin: StandIn, client: Scenario) -> None:
    estimate = client.inferences.estimate_batch(MODEL, prompts(3, samples=1) + prompts(1, samples=4))
    assert estimate.items == [5.0, 5.0, 5.0, 20.0] and estimate.total == 35.0
    assert paid_creates(standin) == [] and len(dry_runs(standin)) == 4 and made(standin) == []


def test_estimate_batch_with_a_journal_dry_runs_only_what_was_not_created(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    journal = tmp_path / "scenario-batch.jsonl"
    none_yet = client.inferences.estimate_batch(MODEL, prompts(3), journal=journal)  # no file yet: all of them
    assert none_yet.items == [10.0] * 3 and none_yet.already_created == [] and not journal.exists()
    client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
    standin.reset_requests()
    # the same two requests and two new ones (one of them a repeat of the first: its own item)
    requests = prompts(2) + [prompts(3)[2], prompts(1)[0]]
    estimate = client.inferences.estimate_batch(MODEL, requests, journal=journal)
    assert estimate.already_created == [0, 1]
    assert estimate.items == [0.0, 0.0, 10.0, 10.0] and estimate.total == 20.0
    assert len(dry_runs(standin)) == 2 and paid_creates(standin) == []
    # what it announced is what the batch then pays
    standin.reset_requests()
    client.inferences.batch(MODEL, requests, out_dir=tmp_path, poll_interval=0.05)
    assert len(paid_creates(standin)) == 2

    async def from_async() -> list[int]:
        async with AsyncScenario(api_token="at_test", base_url=standin.base_url) as aclient:
            again = await aclient.inferences.estimate_batch(MODEL, requests, journal=journal)
            assert again.total == 0.0
            return again.already_created

    assert asyncio.run(from_async()) == [0, 1, 2, 3]


def test_a_budget_below_the_dry_run_sum_sends_no_paid_request(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    with pytest.raises(BudgetExceededError) as caught:
        client.inferences.batch(MODEL, prompts(20), out_dir=tmp_path, max_cost=199, poll_interval=0.05)
    assert caught.value.estimate == 200.0 and caught.value.limit == 199
    assert "max_cost=199" in str(caught.value) and "nothing was sent" in str(caught.value)
    assert paid_creates(standin) == [] and made(standin) == [] and len(dry_runs(standin)) == 20
    assert not list(tmp_path.glob("*.png"))


def test_a_budget_that_fits_runs_and_counts_what_was_already_charged(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    result = client.inferences.batch(MODEL, prompts(4), out_dir=tmp_path, max_cost=40, poll_interval=0.05)
    assert result.ok and result.total_cost == 40.0
    # two more requests: 40 already charged + 20 estimated > 50
    standin.reset_requests()
    with pytest.raises(BudgetExceededError) as caught:
        client.inferences.batch(MODEL, prompts(6), out_dir=tmp_path, max_cost=50, poll_interval=0.05)
    assert caught.value.estimate == 60.0 and caught.value.spent == 40.0 and paid_creates(standin) == []


# -- pacing --------------------------------------------------------------------------------------------------


def test_a_429_storm_finishes_and_never_exceeds_the_concurrency(standin: StandIn, tmp_path: Path) -> None:
    standin.latency = 0.05
    storm = [Fault(status=429, headers={"Retry-After": "0"}, path="/inferences") for _ in range(80)]
    standin.inject(*storm)
    client = Scenario(api_token="at_test", base_url=standin.base_url, max_retries=0)
    seen: list[BatchProgress] = []
    result = client.inferences.batch(
        MODEL, prompts(12), out_dir=tmp_path, concurrency=3, poll_interval=0.05, on_progress=seen.append
    )
    assert [item.status for item in result.items] == ["succeeded"] * 12
    assert standin.pending_faults == []  # every 429 was answered
    assert standin.max_in_flight <= 3
    created = [r for r in paid_creates(standin) if r.status == 200]  # type: ignore[attr-defined]
    assert len(created) == 12 and len(made(standin)) == 12
    assert max(p.running for p in seen) <= 3


# -- the journal -----------------------------------------------------------------------------------------------


def test_two_batches_on_one_journal_in_one_process_are_refused(
    standin: StandIn, client: Scenario, tmp_path: Path
) -> None:
    from scenario_lowcodeapi._journal import Journal

    with Journal(tmp_path / "scenario-batch.jsonl"):
        with pytest.raises(JournalLockedError, match="in use by another batch"):
            client.inferences.batch(MODEL, prompts(2), out_dir=tmp_path, poll_interval=0.05)
    assert standin.requests == []


def test_a_torn_journal_line_is_ignored(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, poll_interval=0.05)
    journal = tmp_path / "scenario-batch.jsonl"
    data = journal.read_bytes()
    journal.write_bytes(data + b'{"key": "abc", "n": 0, "ev": "crea')  # a crash mid-write
    standin.reset_requests()
    again = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in again.items] == ["skipped"] * 3 and standin.requests == []
    lines = journal.read_bytes().split(b"\n")
    assert all(json.loads(line) for line in lines if line and not line.startswith(b'{"key": "abc"'))


def test_every_state_change_is_journaled(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    client.inferences.batch(MODEL, prompts(1), out_dir=tmp_path, poll_interval=0.05)
    events = [json.loads(line) for line in (tmp_path / "scenario-batch.jsonl").read_text().splitlines()]
    assert events[0]["journal"] == "scenario-lowcodeapi.batch"
    assert [e["ev"] for e in events[1:]] == ["sending", "created", "succeeded", "file", "file", "done"]
    assert events[2]["id"].startswith("inf_") and events[2]["cost"] == 10.0


# -- answers lost after the create took effect, in the same run ------------------------------------------------


def test_a_lost_answer_is_found_by_listing_not_sent_again(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    standin.inject(Fault(kind="lost", method="POST", path="/inferences"))
    result = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, concurrency=1, poll_interval=0.05)
    assert [item.status for item in result.items] == ["succeeded"] * 3
    assert len(paid_creates(standin)) == 3 and len(made(standin)) == 3
    events = [json.loads(line) for line in (tmp_path / "scenario-batch.jsonl").read_text().splitlines()]
    assert any(e.get("recovered") for e in events)


def test_an_answer_lost_without_effect_is_unknown_until_resend_unknown(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_test", base_url=standin.base_url)
    standin.inject(Fault(kind="drop", method="POST", path="/inferences"))
    result = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, concurrency=1, poll_interval=0.05)
    assert [item.status for item in result.items] == ["unknown", "succeeded", "succeeded"]
    assert result.unknown[0].error is not None and "resend_unknown=True" in result.unknown[0].error
    standin.reset_requests()
    again = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, poll_interval=0.05)
    assert [item.status for item in again.items] == ["unknown", "skipped", "skipped"]
    assert paid_creates(standin) == []
    resent = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, poll_interval=0.05, resend_unknown=True)
    assert [item.status for item in resent.items] == ["succeeded", "skipped", "skipped"]
    assert len(paid_creates(standin)) == 1 and len(made(standin)) == 3


# -- async -------------------------------------------------------------------------------------------------------


def test_async_batch_and_estimate(standin: StandIn, tmp_path: Path) -> None:
    async def main() -> None:
        async with AsyncScenario(api_token="at_test", base_url=standin.base_url) as client:
            estimate = await client.inferences.estimate_batch(MODEL, prompts(6))
            assert estimate.total == 60.0
            result = await client.inferences.batch(
                MODEL, prompts(6), out_dir=tmp_path, max_cost=60, concurrency=2, poll_interval=0.05
            )
            assert [item.status for item in result.items] == ["succeeded"] * 6 and len(result.files) == 12
            again = await client.inferences.batch(MODEL, prompts(6), out_dir=tmp_path, poll_interval=0.05)
            assert [item.status for item in again.items] == ["skipped"] * 6

    asyncio.run(main())
    assert len(paid_creates(standin)) == 6


def test_bad_requests_fail_before_anything_is_sent(standin: StandIn, client: Scenario, tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=r"requests\[1\]: 'numSamples' must be a number, got str '2'"):
        client.inferences.batch(
            MODEL, [prompts(1)[0], {"type": "txt2img", "prompt": "x", "numSamples": "2"}], out_dir=tmp_path
        )  # type: ignore[list-item]
    with pytest.raises(ValueError, match="concurrency"):
        client.inferences.batch(MODEL, prompts(1), out_dir=tmp_path, concurrency=0)
    with pytest.raises(ValueError, match="max_cost"):
        client.inferences.batch(MODEL, prompts(1), out_dir=tmp_path, max_cost=-1)
    assert standin.requests == []


def test_a_cancelled_async_batch_resumes_without_creating_again(standin: StandIn, tmp_path: Path) -> None:
    standin.latency = 0.02

    async def main() -> None:
        async with AsyncScenario(api_token="at_test", base_url=standin.base_url) as client:
            task = asyncio.ensure_future(
                client.inferences.batch(MODEL, prompts(8), out_dir=tmp_path, concurrency=2, poll_interval=0.05)
            )
            journal = tmp_path / "scenario-batch.jsonl"
            while not (journal.exists() and journal.read_text().count('"ev":"file"') >= 3):
                await asyncio.sleep(0.01)
            task.cancel()  # what Ctrl-C does to an asyncio program
            with pytest.raises(asyncio.CancelledError):
                await task
            while standin.in_flight:  # what reached the stand-in before the cancel is handled first
                await asyncio.sleep(0.01)
            result = await client.inferences.batch(MODEL, prompts(8), out_dir=tmp_path, poll_interval=0.05)
            if result.unknown:  # cancelled after journaling "sending", before the request left: never received
                # a create cut off while its body was sent has no JSON (the stand-in made nothing of it)
                sent = {r.json["parameters"]["prompt"] for r in paid_creates(standin) if r.json is not None}  # type: ignore[index]
                assert all(prompts(8)[item.index]["prompt"] not in sent for item in result.unknown)
                result = await client.inferences.batch(
                    MODEL, prompts(8), out_dir=tmp_path, poll_interval=0.05, resend_unknown=True
                )
            assert {item.status for item in result.items} <= {"succeeded", "skipped"}
            assert "skipped" in {item.status for item in result.items} and len(result.files) == 16

    asyncio.run(main())
    assert len(made(standin)) == 8  # one inference per request: nothing created twice
    # a create the cancel cut off while its body was being sent reached the stand-in without a body: nothing was
    # made of it (so the re-run may send it again); every create that carried its body made one inference
    assert len([r for r in paid_creates(standin) if r.json is not None]) == 8  # type: ignore[attr-defined]


def test_the_token_is_in_neither_the_journal_nor_the_result(standin: StandIn, tmp_path: Path) -> None:
    client = Scenario(api_token="at_secret_token_42", base_url=standin.base_url)
    standin.inject(
        Fault(status=400, method="POST", path="/inferences", body={"error": "bad at_secret_token_42"}),
        Fault(kind="drop", method="POST", path="/inferences"),
    )
    result = client.inferences.batch(MODEL, prompts(3), out_dir=tmp_path, concurrency=1, poll_interval=0.05)
    assert [item.status for item in result.items] == ["failed", "unknown", "succeeded"]
    assert "at_secret_token_42" not in (tmp_path / "scenario-batch.jsonl").read_text()
    assert "at_secret_token_42" not in repr(result) and "api_token=***" in (result.items[0].error or "")
