"""The async attempt deadlines (codegen/runtime/_timers.py): ``asyncio.timeout``'s semantics, timers shared."""

from __future__ import annotations

import asyncio
import time

import pytest

from codegen.runtime._timers import GRAIN, Deadlines


def test_a_scope_past_its_deadline_raises_timeout_error_and_leaves_the_task_uncancelled() -> None:
    async def main() -> tuple[float, int]:
        deadlines = Deadlines(asyncio.get_running_loop())
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            with deadlines.scope(0.05):
                await asyncio.sleep(10)
        task = asyncio.current_task()
        assert task is not None
        assert len(deadlines) == 0 and not deadlines._groups
        return time.monotonic() - started, task.cancelling()

    took, cancelling = asyncio.run(main())
    assert 0.05 <= took < 0.05 + GRAIN + 1.0  # never early; at most a grain late (plus a loaded machine)
    assert cancelling == 0


def test_a_scope_that_ends_in_time_cancels_nothing_and_disarms_its_timer() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        deadlines = Deadlines(loop)
        with deadlines.scope(0.05):
            await asyncio.sleep(0)
        assert not deadlines._groups
        await asyncio.sleep(0.1)  # past the deadline: nothing fires
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0

    asyncio.run(main())


def test_concurrent_attempts_share_a_few_timers_and_each_times_out() -> None:
    async def main() -> None:
        deadlines = Deadlines(asyncio.get_running_loop())
        groups: list[int] = []

        async def attempt() -> str:
            try:
                with deadlines.scope(0.2):
                    groups.append(len(deadlines._groups))
                    await asyncio.sleep(10)
            except TimeoutError:
                return "timeout"
            return "done"  # pragma: no cover - the sleep outlives the deadline

        results = await asyncio.gather(*(attempt() for _ in range(200)))
        assert results == ["timeout"] * 200
        assert max(groups) <= 3  # started within a few ms of each other: one or two timers, not 200
        assert not deadlines._groups

    asyncio.run(main())


def test_concurrent_attempts_that_finish_leave_no_timer() -> None:
    async def main() -> None:
        deadlines = Deadlines(asyncio.get_running_loop())

        async def attempt(i: int) -> int:
            with deadlines.scope(5.0):
                await asyncio.sleep(0.001 * (i % 5))
            return i

        assert await asyncio.gather(*(attempt(i) for i in range(200))) == list(range(200))
        assert not deadlines._groups and len(deadlines) == 0

    asyncio.run(main())


def test_a_cancel_from_elsewhere_stays_a_cancel_even_when_the_deadline_also_passed() -> None:
    async def main() -> None:
        deadlines = Deadlines(asyncio.get_running_loop())

        async def attempt() -> None:
            with deadlines.scope(0.02):
                try:
                    await asyncio.sleep(10)
                finally:
                    await asyncio.sleep(0.05)  # the deadline passes while the cancel is being handled

        task = asyncio.ensure_future(attempt())
        await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert not deadlines._groups

    asyncio.run(main())


def test_an_outer_user_timeout_shorter_than_ours_is_the_users() -> None:
    async def main() -> None:
        deadlines = Deadlines(asyncio.get_running_loop())
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.02):
                with deadlines.scope(10):
                    await asyncio.sleep(10)
        assert not deadlines._groups
        # and ours inside the user's, shorter: ours fires, the user's scope sees our TimeoutError pass through
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(10):
                with deadlines.scope(0.02):
                    await asyncio.sleep(10)
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0

    asyncio.run(main())


def test_a_scope_outside_a_task_is_refused() -> None:
    loop = asyncio.new_event_loop()
    try:
        with pytest.raises(RuntimeError, match="inside an asyncio task"):
            with Deadlines(loop).scope(1):
                pass  # pragma: no cover - refused on entry
    finally:
        loop.close()
