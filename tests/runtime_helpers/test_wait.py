"""wait_for / async_wait_for with scripted statuses, a fake clock and a fake sleep (nothing really sleeps)."""

from __future__ import annotations

import enum
from collections.abc import Callable

import attrs
import pytest

from codegen.runtime._exceptions import LowCodeAPIError
from codegen.runtime._wait import (
    INFERENCE_FAILED,
    INFERENCE_SUCCEEDED,
    TRAINING_FAILED,
    TRAINING_SUCCEEDED,
    InferenceFailedError,
    TrainingFailedError,
    WaitTimeoutError,
    async_wait_for,
    wait_for,
)


@attrs.define
class Inference:
    id: str
    status: str


class Status(enum.StrEnum):
    QUEUED = "queued"
    SUCCEEDED = "succeeded"


class FakeTime:
    """A clock that only moves when ``sleep`` is called."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def scripted(*statuses: str) -> tuple[Callable[[], Inference], list[Inference]]:
    """A fetch answering the statuses in turn (the last one forever); returns it and the objects it answered."""
    answered: list[Inference] = []

    def fetch() -> Inference:
        status = statuses[min(len(answered), len(statuses) - 1)]
        obj = Inference("inf_1", status)
        answered.append(obj)
        return obj

    return fetch, answered


def failure(obj: Inference, status: str) -> Exception:
    return InferenceFailedError(f"inference {obj.id} of model m_1 ended as {status}", inference=obj, status=status)


def run(
    fetch: Callable[[], Inference],
    fake: FakeTime,
    *,
    timeout: float | None = 600.0,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
    on_progress: Callable[[Inference], None] | None = None,
) -> Inference:
    return wait_for(
        fetch,
        lambda i: i.status,
        succeeded=INFERENCE_SUCCEEDED,
        failed=INFERENCE_FAILED,
        on_failure=failure,
        what="inference inf_1",
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        on_progress=on_progress,
        sleep=fake.sleep,
        clock=fake.clock,
    )


def test_constants() -> None:
    assert INFERENCE_SUCCEEDED == {"succeeded"}
    assert INFERENCE_FAILED == {"failed", "canceled"}
    assert TRAINING_SUCCEEDED == {"trained"}
    assert TRAINING_FAILED == {"failed", "training-canceled"}


def test_queued_in_progress_succeeded_returns_the_object() -> None:
    fake = FakeTime()
    fetch, answered = scripted("queued", "in-progress", "succeeded")
    progress: list[str] = []
    result = run(fetch, fake, on_progress=lambda i: progress.append(i.status))
    assert result is answered[-1]
    assert result.status == "succeeded"
    assert progress == ["queued", "in-progress", "succeeded"]
    assert fake.sleeps == [1.0, 1.5]


def test_immediate_success_does_not_sleep() -> None:
    fake = FakeTime()
    fetch, answered = scripted("succeeded")
    assert run(fetch, fake) is answered[0]
    assert fake.sleeps == []


@pytest.mark.parametrize("status", ["failed", "canceled"])
def test_failure_raises_with_the_object_attached(status: str) -> None:
    fake = FakeTime()
    fetch, answered = scripted("queued", status)
    progress: list[Inference] = []
    with pytest.raises(InferenceFailedError) as info:
        run(fetch, fake, on_progress=progress.append)
    error = info.value
    assert isinstance(error, LowCodeAPIError)
    assert error.inference is answered[-1]
    assert error.status == status
    assert str(error) == f"inference inf_1 of model m_1 ended as {status}"
    assert len(progress) == 2  # on_progress saw the failed object too


def test_training_failure() -> None:
    fake = FakeTime()
    fetch, answered = scripted("training", "training-canceled")

    def on_failure(obj: Inference, status: str) -> Exception:
        return TrainingFailedError(f"training of model m_1 ended as {status}", model=obj, status=status)

    with pytest.raises(TrainingFailedError) as info:
        wait_for(
            fetch,
            lambda i: i.status,
            succeeded=TRAINING_SUCCEEDED,
            failed=TRAINING_FAILED,
            on_failure=on_failure,
            what="training of model m_1",
            sleep=fake.sleep,
            clock=fake.clock,
        )
    assert info.value.model is answered[-1]
    assert info.value.status == "training-canceled"


def test_unknown_and_empty_statuses_keep_polling() -> None:
    fake = FakeTime()
    fetch, answered = scripted("new", "model-loading", "warming-up-gpus", "", "succeeded")
    assert run(fetch, fake).status == "succeeded"
    assert len(answered) == 5


def test_enum_status_compares_by_value() -> None:
    fake = FakeTime()
    answers = iter([Status.QUEUED, Status.SUCCEEDED])
    result = wait_for(
        lambda: next(answers),
        lambda s: s,
        succeeded=INFERENCE_SUCCEEDED,
        failed=INFERENCE_FAILED,
        on_failure=lambda obj, status: LowCodeAPIError(status),
        what="x",
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert result is Status.SUCCEEDED


def test_interval_grows_by_half_and_is_capped() -> None:
    fake = FakeTime()
    fetch, _ = scripted(*(["queued"] * 9), "succeeded")
    run(fetch, fake, poll_interval=1.0, max_poll_interval=4.0, timeout=None)
    assert fake.sleeps == [1.0, 1.5, 2.25, 3.375, 4.0, 4.0, 4.0, 4.0, 4.0]


def test_first_interval_larger_than_the_cap_is_kept() -> None:
    fake = FakeTime()
    fetch, _ = scripted("queued", "queued", "succeeded")
    run(fetch, fake, poll_interval=20.0, max_poll_interval=10.0)
    assert fake.sleeps == [20.0, 20.0]


def test_timeout_raises_with_the_last_object() -> None:
    fake = FakeTime()
    fetch, answered = scripted("in-progress")
    with pytest.raises(WaitTimeoutError) as info:
        run(fetch, fake, timeout=5.0, poll_interval=1.0, max_poll_interval=10.0)
    error = info.value
    assert isinstance(error, LowCodeAPIError)
    assert isinstance(error, TimeoutError)
    assert error.last is answered[-1]
    assert error.status == "in-progress"
    assert error.elapsed == pytest.approx(5.0)
    assert error.timeout == 5.0
    # 1 + 1.5 + 2.25 = 4.75, then only the 0.25 left: never sleeps past the deadline.
    assert fake.sleeps == [1.0, 1.5, 2.25, 0.25]
    assert sum(fake.sleeps) == pytest.approx(5.0)
    assert len(answered) == 5  # a last poll at the deadline
    message = str(error)
    assert "\n" not in message
    assert "inference inf_1" in message and "in-progress" in message and "5s" in message


def test_timeout_zero_polls_once() -> None:
    fake = FakeTime()
    fetch, answered = scripted("queued")
    with pytest.raises(WaitTimeoutError):
        run(fetch, fake, timeout=0)
    assert len(answered) == 1
    assert fake.sleeps == []


def test_timeout_none_waits_forever() -> None:
    fake = FakeTime()
    fetch, answered = scripted(*(["queued"] * 200), "succeeded")
    assert run(fetch, fake, timeout=None).status == "succeeded"
    assert len(answered) == 201
    assert fake.now > 1000


def test_success_at_the_deadline_poll_wins() -> None:
    fake = FakeTime()
    fetch, _ = scripted("queued", "queued", "succeeded")
    assert run(fetch, fake, timeout=1.2, poll_interval=1.0).status == "succeeded"
    assert fake.sleeps == [1.0, pytest.approx(0.2)]


def test_invalid_arguments() -> None:
    fake = FakeTime()
    fetch, _ = scripted("succeeded")
    with pytest.raises(ValueError):
        run(fetch, fake, timeout=-1)
    with pytest.raises(ValueError):
        run(fetch, fake, poll_interval=-1)


def test_fetch_errors_propagate() -> None:
    fake = FakeTime()

    def fetch() -> Inference:
        raise LowCodeAPIError("404")

    with pytest.raises(LowCodeAPIError, match="404"):
        run(fetch, fake)


@pytest.mark.anyio
async def test_async_wait_for() -> None:
    fake = FakeTime()
    sync_fetch, answered = scripted("queued", "in-progress", "succeeded")
    progress: list[str] = []

    async def fetch() -> Inference:
        return sync_fetch()

    result = await async_wait_for(
        fetch,
        lambda i: i.status,
        succeeded=INFERENCE_SUCCEEDED,
        failed=INFERENCE_FAILED,
        on_failure=failure,
        what="inference inf_1",
        on_progress=lambda i: progress.append(i.status),
        sleep=fake.asleep,
        clock=fake.clock,
    )
    assert result is answered[-1]
    assert progress == ["queued", "in-progress", "succeeded"]
    assert fake.sleeps == [1.0, 1.5]


@pytest.mark.anyio
async def test_async_failure_and_timeout() -> None:
    fake = FakeTime()
    sync_fetch, _ = scripted("queued", "canceled")

    async def fetch() -> Inference:
        return sync_fetch()

    with pytest.raises(InferenceFailedError):
        await async_wait_for(
            fetch,
            lambda i: i.status,
            succeeded=INFERENCE_SUCCEEDED,
            failed=INFERENCE_FAILED,
            on_failure=failure,
            what="inference inf_1",
            sleep=fake.asleep,
            clock=fake.clock,
        )

    sync_fetch, _ = scripted("queued")
    with pytest.raises(WaitTimeoutError, match="queued"):
        await async_wait_for(
            fetch,
            lambda i: i.status,
            succeeded=INFERENCE_SUCCEEDED,
            failed=INFERENCE_FAILED,
            on_failure=failure,
            what="inference inf_1",
            timeout=3.0,
            sleep=fake.asleep,
            clock=fake.clock,
        )


@pytest.mark.anyio
async def test_async_default_sleep_is_asyncio_sleep() -> None:
    sync_fetch, _ = scripted("queued", "succeeded")

    async def fetch() -> Inference:
        return sync_fetch()

    result = await async_wait_for(
        fetch,
        lambda i: i.status,
        succeeded=INFERENCE_SUCCEEDED,
        failed=INFERENCE_FAILED,
        on_failure=failure,
        what="inference inf_1",
        poll_interval=0.001,
    )
    assert result.status == "succeeded"
