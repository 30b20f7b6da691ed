"""The batch core (scenario_lowcodeapi._batch_run.BatchRun) and the journal, with a fake Scenario: decisions only."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import _batch, _batch_ops
from scenario_lowcodeapi._batch import BatchProgress
from scenario_lowcodeapi._batch_ops import _Found
from scenario_lowcodeapi._batch_run import BatchRun as _BatchRun
from scenario_lowcodeapi._journal import Journal, JournalLockedError, request_key
from scenario_lowcodeapi._scheduling import Pacer as _Pacer
from scenario_lowcodeapi.errors import APIConnectionError, BudgetExceededError, LowCodeAPIError, RateLimitError
from scenario_lowcodeapi.models import GenerationParameters


def params(count: int) -> list[GenerationParameters]:
    return [GenerationParameters.from_dict({"type": "txt2img", "prompt": f"p{i}"}) for i in range(count)]


class FakeScenario:
    """Creates inferences that succeed at once with one image; costs and failures scripted per prompt."""

    def __init__(self, *, estimate: float = 1.0, charged: float | None = 1.0) -> None:
        self.estimate = estimate
        self.charged = charged
        self.creates: list[str] = []
        self.inferences: dict[str, dict[str, Any]] = {}
        self.fail_create: dict[str, BaseException] = {}
        self.in_flight = 0
        self.max_in_flight = 0

    async def _enter(self) -> None:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep(0.001)
        self.in_flight -= 1

    async def dry_run(self, parameters: Any) -> float:
        await self._enter()
        return self.estimate

    async def create(self, parameters: Any) -> tuple[str, float | None]:
        await self._enter()
        prompt = parameters.prompt
        self.creates.append(prompt)
        inference_id = f"inf_{len(self.creates)}"
        self.inferences[inference_id] = parameters.to_dict()
        error = self.fail_create.pop(prompt, None)
        if error is not None:
            raise error
        return inference_id, self.charged

    async def get(self, inference_id: str) -> tuple[str, list[tuple[str, str]]]:
        await self._enter()
        return "succeeded", [(f"img_{inference_id}", f"https://cdn.example/{inference_id}.png")]

    async def list_recent(self) -> list[_Found]:
        return [_Found(i, None, p) for i, p in self.inferences.items()]

    async def download(self, url: str, folder: Path, stem: str) -> Path:
        await self._enter()
        path = folder / f"{stem}.png"
        path.write_bytes(b"png")
        return path


def run(fake: FakeScenario, tmp_path: Path, items: list[GenerationParameters], **options: Any) -> _batch.BatchResult:
    async def main() -> _batch.BatchResult:
        with Journal(tmp_path / "j.jsonl", fsync=False) as journal:
            core = _BatchRun(
                fake,
                "model_1",
                items,
                out_dir=tmp_path,
                journal=journal,
                concurrency=options.pop("concurrency", 2),
                max_cost=options.pop("max_cost", None),
                on_progress=options.pop("on_progress", None),
                resend_unknown=options.pop("resend_unknown", False),
                poll_interval=0.0,
                max_poll_interval=0.0,
                wait_timeout=5.0,
            )
            return await core.run()

    return asyncio.run(main())


def test_the_running_budget_stops_sending_when_charges_exceed_the_estimates(tmp_path: Path) -> None:
    fake = FakeScenario(estimate=1.0, charged=3.0)  # Scenario charges more than the dry runs said
    result = run(fake, tmp_path, params(5), max_cost=5.0, concurrency=1)
    # 1st: 0 + 1 <= 5, charged 3; 2nd: 3 + 1 <= 5, charged 3; then 6 + 1 > 5: nothing more is sent
    assert [item.status for item in result.items] == ["succeeded", "succeeded", "failed", "failed", "failed"]
    assert result.total_cost == 6.0 and fake.creates == ["p0", "p1"]
    assert all("max_cost" in (item.error or "") for item in result.failed)


def test_the_budget_is_checked_before_anything_is_paid(tmp_path: Path) -> None:
    fake = FakeScenario(estimate=2.0)
    with pytest.raises(BudgetExceededError) as caught:
        run(fake, tmp_path, params(3), max_cost=5.9)
    assert (caught.value.estimate, caught.value.limit) == (6.0, 5.9) and fake.creates == []


def test_a_missing_charge_counts_the_estimate_against_the_budget(tmp_path: Path) -> None:
    fake = FakeScenario(estimate=2.0, charged=None)
    result = run(fake, tmp_path, params(2), max_cost=4.0)
    assert result.ok and [item.cost for item in result.items] == [None, None]  # Scenario did not say
    fake.estimate = 1.0  # the journal's 2 + 2 (estimates) are counted as spent: one more request of 1 passes 4
    with pytest.raises(BudgetExceededError) as caught:
        run(fake, tmp_path, params(3), max_cost=4.0)
    assert caught.value.spent == 4.0 and caught.value.estimate == 5.0


def test_concurrency_bounds_every_request(tmp_path: Path) -> None:
    fake = FakeScenario()
    seen: list[BatchProgress] = []
    result = run(fake, tmp_path, params(30), concurrency=3, max_cost=100.0, on_progress=seen.append)
    assert result.ok and fake.max_in_flight <= 3 and max(p.running for p in seen) <= 3


def test_an_ambiguous_recovery_is_unknown(tmp_path: Path) -> None:
    fake = FakeScenario()
    items = params(1)
    key = request_key("model_1", items[0].to_dict())
    with Journal(tmp_path / "j.jsonl", fsync=False) as journal:
        journal.append(key, 0, {"ev": "sending"})
    # two inferences with the same parameters, none claimed: the batch cannot tell which one is its own
    fake.inferences = {"inf_a": items[0].to_dict(), "inf_b": items[0].to_dict()}
    result = run(fake, tmp_path, items)
    assert [item.status for item in result.items] == ["unknown"] and fake.creates == []


def test_a_connection_error_after_sending_is_recovered_by_parameters(tmp_path: Path) -> None:
    fake = FakeScenario()
    fake.fail_create["p1"] = APIConnectionError("Connection failed (ReadError) for POST https://x/***")
    result = run(fake, tmp_path, params(3))
    assert result.ok and sorted(fake.creates) == ["p0", "p1", "p2"]  # p1 found by listing, not sent twice
    assert result.items[1].inference_id == "inf_2" or result.items[1].inference_id in fake.inferences


def test_pacer_halves_on_429_and_honours_retry_after() -> None:
    async def main() -> tuple[float, float]:
        pacer = _Pacer(8)
        response = httpx.Response(429, headers={"Retry-After": "0.2"}, request=httpx.Request("GET", "http://x"))
        error = RateLimitError("rate limited", response=response, body=None)
        calls = 0

        async def flaky() -> str:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise error
            return "ok"

        loop = asyncio.get_running_loop()
        start = loop.time()
        assert await pacer.call(flaky) == "ok"
        return pacer.limit, loop.time() - start

    limit, waited = asyncio.run(main())
    assert 4.0 <= limit < 5.0 and waited >= 0.19


def test_pacer_speeds_up_again_after_successes() -> None:
    async def main() -> list[float]:
        pacer = _Pacer(4)
        response = httpx.Response(429, headers={"Retry-After": "0"}, request=httpx.Request("GET", "http://x"))
        pacer.rate_limited_by(RateLimitError("rate limited", response=response, body=None), 1)
        pacer.rate_limited_by(RateLimitError("rate limited", response=response, body=None), 2)
        limits = [pacer.limit]

        async def ok() -> None:
            return None

        for _ in range(10):
            await pacer.call(ok)
            limits.append(pacer.limit)
        return limits

    limits = asyncio.run(main())
    assert limits[0] == 1.0 and limits == sorted(limits) and limits[-1] == 4.0


def test_journal_lock_and_torn_lines(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    with Journal(path, fsync=False) as journal:
        journal.append("k", 0, {"ev": "sending"})
        with pytest.raises(JournalLockedError):
            Journal(path)
    path.write_bytes(path.read_bytes() + b'{"key":"k","n":0,"ev":"cre')
    with Journal(path, fsync=False) as journal:
        assert journal.records[("k", 0)].state == "sending" and journal.skipped_lines == 1
        journal.append("k", 0, {"ev": "created", "id": "inf_1"})
    with Journal(path, fsync=False) as journal:
        assert journal.records[("k", 0)].inference_id == "inf_1"
    assert all(json.loads(line) for line in path.read_bytes().split(b"\n")[:2])


def test_a_create_found_again_counts_at_its_estimate_against_the_budget(tmp_path: Path) -> None:
    fake = FakeScenario(estimate=2.0)
    items = params(3)
    key = request_key("model_1", items[0].to_dict())
    with Journal(tmp_path / "j.jsonl", fsync=False) as journal:
        journal.append(key, 0, {"ev": "sending"})
    fake.inferences = {"inf_lost": items[0].to_dict()}  # Scenario made it; the answer never came
    with pytest.raises(BudgetExceededError) as caught:
        run(fake, tmp_path, items, max_cost=5.0)  # 2 (found, cost unknown) + 2 x 2 left = 6 > 5
    assert (caught.value.spent, caught.value.estimate) == (2.0, 6.0) and fake.creates == []
    result = run(fake, tmp_path, items, max_cost=6.0)
    assert result.ok and fake.creates == ["p1", "p2"] and result.items[0].inference_id == "inf_lost"


def test_cost_readers() -> None:
    assert _batch_ops._dry_run_cost({"creativeUnitsCost": 12.5, "creativeUnitsDiscount": 0}) == 12.5
    with pytest.raises(LowCodeAPIError, match="without a creativeUnitsCost"):
        _batch_ops._dry_run_cost({"creativeUnitsDiscount": 0})
    with pytest.raises(LowCodeAPIError, match="not treated as a dry run"):
        _batch_ops._dry_run_cost({"inference": {"id": "inf_1"}, "creativeUnitsCost": 10})

    class Answer:
        creative_units_cost = 7

    assert _batch_ops._charged_cost(Answer()) == 7.0 and _batch_ops._charged_cost(object()) is None
