"""Issue #16, point 3: a response is read up to ``max_response_bytes`` (decoded), never more; image downloads too.

Real sockets (tests/faults/bodies.py streams bodies made on the fly). The compression bomb runs the client in a
subprocess so that its peak RSS is its own (``ru_maxrss``), printed; the bound asserted is generous (the default
limit is 256 MiB: the client holds at most that plus one decoded chunk).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scenario_lowcodeapi import (
    AsyncScenario,
    Client,
    InternalServerError,
    LowCodeAPIError,
    ResponseTooLargeError,
    Scenario,
)
from scenario_lowcodeapi._base_client import DEFAULT_MAX_RESPONSE_BYTES
from scenario_lowcodeapi._exceptions import make_status_error
from scenario_lowcodeapi._routing import Route
from scenario_lowcodeapi.errors import ResponseTooLargeError as ExportedError
from tests.faults.bodies import Body, BodyServer, gzip_bomb, json_of_size

TOKEN = "at_limits_7c1e"
MODELS = Route.from_template("GET", "/v1/models")
MiB = 1024 * 1024
GIB = 1024 * MiB

_BOMB_CHILD = textwrap.dedent(
    """
    import asyncio, json, resource, sys, time
    from scenario_lowcodeapi import Client, ResponseTooLargeError
    from scenario_lowcodeapi._routing import Route

    base_url, mode = sys.argv[1], sys.argv[2]
    client = Client("at_limits_7c1e", base_url=base_url, max_retries=0)
    route = Route.from_template("GET", "/v1/models")
    start = time.monotonic()
    try:
        if mode == "sync":
            client.request(route)
        else:
            asyncio.run(client.arequest(route))
        outcome = "read it all"
    except ResponseTooLargeError as exc:
        outcome = type(exc).__name__ + ": " + str(exc)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    print(json.dumps({"outcome": outcome, "peak": peak, "seconds": time.monotonic() - start}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_2gb_gzip_bomb_stops_at_the_limit_with_memory_far_below_1gib(mode: str) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with BodyServer(lambda path: Body(gzip_bomb(2 * GIB), headers=headers)) as server:
        child = subprocess.run(
            [sys.executable, "-c", _BOMB_CHILD, server.base_url, mode],
            capture_output=True,
            text=True,
            timeout=100,
        )
        assert child.returncode == 0, child.stderr[-2000:]
        result = json.loads(child.stdout)
        sent = sum(server.sent.values())
    print(
        f"\n{mode}: 2 GB gzip bomb ({sent / 1024:.0f} KiB of it sent): {result['outcome'][:60]}... "
        f"peak RSS {result['peak'] / MiB:.0f} MiB in {result['seconds']:.2f} s"
    )
    assert result["outcome"].startswith("ResponseTooLargeError: ")
    assert f"max_response_bytes={DEFAULT_MAX_RESPONSE_BYTES}" in result["outcome"]
    assert TOKEN not in result["outcome"] and "api_token=***" in result["outcome"]
    assert result["peak"] < 640 * MiB  # the whole bomb would be 2 GiB; reading stops at 256 MiB decoded


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_body_one_byte_over_the_limit_is_refused_and_one_at_it_is_read(mode: str, declared: bool) -> None:
    limit = 2 * MiB

    def answer(path: str) -> Body:
        size = limit + 1 if path.endswith("/over") else limit
        headers = {"Content-Type": "application/json"}
        if declared:
            headers["Content-Length"] = str(size)
        return Body(json_of_size(size, 256 * 1024), headers=headers)

    with BodyServer(answer) as server:
        client = Client(TOKEN, base_url=server.base_url, max_retries=2, max_response_bytes=limit)
        over, at = Route.from_template("GET", "/v1/over"), Route.from_template("GET", "/v1/at")
        with pytest.raises(ResponseTooLargeError) as info:
            if mode == "sync":
                client.request(over)
            else:
                await client.arequest(over)
        ok = client.request(at) if mode == "sync" else await client.arequest(at)
        assert len(ok.content) == limit and ok.json()["data"]["model"]["id"] == "model_1"
        error = info.value
        assert isinstance(error, LowCodeAPIError) and error.limit == limit
        assert error.request is not None and str(error.request.url).endswith("/v1/over?api_token=***")
        assert TOKEN not in str(error) and "is larger than max_response_bytes=2097152" in str(error)
        assert server.paths.count("/scenario/v1/over") == 1  # not retried
        await client.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_a_500_mb_body_is_not_read(mode: str, declared: bool) -> None:
    """The default limit (256 MiB) refuses it: on its Content-Length before reading, else once 256 MiB came."""
    size = 500 * 1000 * 1000
    headers = {"Content-Type": "application/json"}
    if declared:
        headers["Content-Length"] = str(size)
    with BodyServer(lambda path: Body(json_of_size(size), headers=headers)) as server:
        client = Client(TOKEN, base_url=server.base_url)
        with pytest.raises(ResponseTooLargeError, match=r"its Content-Length" if declared else r"\(2684\d{5} bytes\)"):
            if mode == "sync":
                client.request(MODELS)
            else:
                await client.arequest(MODELS)
        await client.aclose()
        sent = server.sent.get("/scenario/v1/models", 0)
        print(f"\n{mode}, {'declared' if declared else 'chunked'} 500 MB body: {sent / MiB:.0f} MiB left the server")
        assert sent < (64 * MiB if declared else 300 * MiB)


def test_the_option_on_scenario_and_with_options() -> None:
    assert ResponseTooLargeError is ExportedError
    assert Client(TOKEN).max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 256 * MiB
    scenario = Scenario(TOKEN, max_response_bytes=1000)
    assert scenario.client.max_response_bytes == 1000
    assert scenario.with_options(max_response_bytes=None).client.max_response_bytes is None
    assert scenario.with_options(timeout=3).client.max_response_bytes == 1000
    assert AsyncScenario(TOKEN).with_options(max_response_bytes=5).client.max_response_bytes == 5
    for bad in (0, -1, 1.5, True, "1"):
        with pytest.raises(ValueError, match="max_response_bytes must be an int >= 1 or None"):
            Client(TOKEN, max_response_bytes=bad)  # type: ignore[arg-type]


def test_no_limit_reads_what_comes() -> None:
    with BodyServer(lambda path: Body(json_of_size(3 * MiB))) as server:
        client = Client(TOKEN, base_url=server.base_url, max_response_bytes=MiB).with_options(max_response_bytes=None)
        assert len(client.request(MODELS).content) == 3 * MiB
        client.close()


# -- image downloads -------------------------------------------------------------------------------------------


def _inference_server(image: Body) -> BodyServer:
    holder: list[BodyServer] = []

    def answer(path: str) -> Body:
        if path.startswith("/img/"):
            return image
        url = f"{holder[0].url}/img/one.png"
        payload = {"data": {"inference": {"id": "inf_1", "status": "succeeded", "images": [{"id": "a", "url": url}]}}}
        return Body([json.dumps(payload).encode()])

    server = BodyServer(answer)
    holder.append(server)
    return server


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_image_over_the_limit_is_refused_and_nothing_is_written(mode: str, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(3 * MiB)
    image = Body([png[i : i + 65536] for i in range(0, len(png), 65536)], headers={"Content-Type": "image/png"})
    with _inference_server(image) as server:
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1048576") as info:
            if mode == "sync":
                with Scenario(TOKEN, base_url=server.base_url, max_response_bytes=MiB) as client:
                    client.inferences.download_images("m", "inf_1", tmp_path)
            else:
                async with AsyncScenario(TOKEN, base_url=server.base_url, max_response_bytes=MiB) as aclient:
                    await aclient.inferences.download_images("m", "inf_1", tmp_path)
        assert info.value.limit == MiB
        assert list(tmp_path.iterdir()) == []  # the partial file is gone
        with Scenario(TOKEN, base_url=server.base_url, max_response_bytes=4 * MiB) as client:
            (saved,) = client.inferences.download_images("m", "inf_1", tmp_path)
        assert saved.read_bytes() == png


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_error_body_kept_raw_for_a_broken_content_encoding_is_bounded_too(mode: str) -> None:
    """A 500 that says gzip over plain bytes keeps its raw body (so the status survives, #16 point 6): that raw
    read is capped by ``max_response_bytes`` as well; under the cap it is the typed status error."""
    limit = 1 * MiB
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}

    def answer(path: str) -> Body:
        size = 8 * limit if path.endswith("/big") else 1000
        return Body(json_of_size(size, 256 * 1024), status=500, headers=headers)

    with BodyServer(answer) as server:
        client = Client(TOKEN, base_url=server.base_url, max_retries=0, max_response_bytes=limit)
        big, small = Route.from_template("GET", "/v1/big"), Route.from_template("GET", "/v1/small")
        with pytest.raises(ResponseTooLargeError) as info:
            client.request(big) if mode == "sync" else await client.arequest(big)
        assert info.value.limit == limit and TOKEN not in str(info.value)
        assert sum(server.sent.values()) < 8 * limit  # stopped reading: not the whole 8 MiB
        answer_ = client.request(small) if mode == "sync" else await client.arequest(small)
        assert answer_.status_code == 500 and len(answer_.content) == 1000  # the raw body, the status kept
        assert isinstance(make_status_error(answer_), InternalServerError)
        await client.aclose()
