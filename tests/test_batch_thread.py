"""The sync batch driver's thread (``_scheduling.run_in_thread``): Ctrl-C in the caller cancels the batch's event
loop and waits for it to end, so the program never exits with that loop still running."""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from types import FrameType

import pytest

from scenario_lowcodeapi._scheduling import run_in_thread


def _loop_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "scenario-batch-loop" and t.is_alive()]


@pytest.mark.skipif(not hasattr(signal, "setitimer") or sys.platform == "win32", reason="needs signal.setitimer")
@pytest.mark.parametrize("delay", [0.05, 0.13, 0.21, 0.29, 0.37])
def test_an_interrupt_cancels_the_loop_and_returns_only_once_it_ended(delay: float) -> None:
    """The interrupt lands while the caller waits (Thread.join, before: on 3.11/3.12 an interrupted join could mark
    the running thread stopped, and the caller went on with the loop still cleaning up)."""
    cleaned = threading.Event()

    async def work() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            await asyncio.sleep(0.3)  # a cleanup that takes a while: the caller must wait for it
            cleaned.set()
            raise

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, delay)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_in_thread(work, workers=1)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert cleaned.is_set()  # the cancelled coroutine finished its cleanup before run_in_thread raised
    for thread in _loop_threads():  # what is left of the thread is its return: moments
        thread.join(5)
    assert _loop_threads() == []


def test_a_result_and_an_error_come_back_to_the_caller() -> None:
    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    async def fail() -> None:
        raise ValueError("from the loop")

    assert run_in_thread(answer, workers=1) == 42
    with pytest.raises(ValueError, match="from the loop"):
        run_in_thread(fail, workers=1)
    assert _loop_threads() == []
