"""Data URLs in, base64 and CDN downloads out (httpx.MockTransport, no network)."""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from codegen.runtime._downloads import adownload, download
from codegen.runtime._exceptions import APIConnectionError, LowCodeAPIError
from codegen.runtime._images import (
    InvalidImageError,
    decode_base64_image,
    extension_for,
    image_arguments,
    image_data,
    save_image,
    sniff_mime,
    to_data_url,
)


def tiny_png() -> bytes:
    """A valid 1x1 RGBA PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG = tiny_png()
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 16
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 20
TOKEN = "at_S3cret-token"


# -- sniffing -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (WEBP, "image/webp"),
        (b"BM" + b"\x00" * 20, "image/bmp"),
        (b"II*\x00" + b"\x00" * 8, "image/tiff"),
        (b"MM\x00*" + b"\x00" * 8, "image/tiff"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00", "image/avif"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "image/heic"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00", "video/mp4"),
    ],
)
def test_sniff_mime(data: bytes, mime: str) -> None:
    assert sniff_mime(data) == mime


def test_sniff_mime_unknown() -> None:
    assert sniff_mime(b"hello world") == "application/octet-stream"
    assert sniff_mime(b"", default="x/y") == "x/y"
    assert sniff_mime(b"RIFF\x00\x00\x00\x00WAVE") == "application/octet-stream"


@pytest.mark.parametrize(
    ("mime", "ext"),
    [("image/png", ".png"), ("image/jpeg", ".jpg"), ("IMAGE/WEBP; charset=binary", ".webp"), ("x/unknown", ".bin")],
)
def test_extension_for(mime: str, ext: str) -> None:
    assert extension_for(mime) == ext


# -- data URLs in ---------------------------------------------------------------------------------------------------


def test_to_data_url_from_bytes() -> None:
    url = to_data_url(PNG)
    assert url == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert to_data_url(JPEG).startswith("data:image/jpeg;base64,")
    assert to_data_url(b"\x00\x01").startswith("data:application/octet-stream;base64,")
    assert to_data_url(b"\x00\x01", mime="image/png").startswith("data:image/png;base64,")
    assert to_data_url(bytearray(PNG)) == url


def test_to_data_url_from_path(tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    assert to_data_url(path) == "data:image/png;base64," + base64.b64encode(PNG).decode()


def test_to_data_url_magic_beats_suffix_and_suffix_beats_octet_stream(tmp_path: Path) -> None:
    misnamed = tmp_path / "photo.png"
    misnamed.write_bytes(JPEG)
    assert to_data_url(misnamed).startswith("data:image/jpeg;base64,")
    unknown = tmp_path / "drawing.svg"
    unknown.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert to_data_url(unknown).startswith("data:image/svg+xml;base64,")
    blob = tmp_path / "blob"
    blob.write_bytes(b"\x00\x01")
    assert to_data_url(blob).startswith("data:application/octet-stream;base64,")


def test_to_data_url_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "missing.png"
    with pytest.raises(LowCodeAPIError) as info:
        to_data_url(missing)
    message = str(info.value)
    assert str(missing) in message
    assert "\n" not in message
    with pytest.raises(LowCodeAPIError, match="directory"):
        to_data_url(tmp_path)


def test_image_arguments(tmp_path: Path) -> None:
    data_url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert image_arguments(data_url) == (data_url, None)
    assert image_arguments("asset_abc123") == (None, "asset_abc123")
    assert image_arguments(PNG) == (data_url, None)
    assert image_arguments(bytearray(PNG)) == (data_url, None)
    path = tmp_path / "x.png"
    path.write_bytes(PNG)
    assert image_arguments(path) == (data_url, None)


def test_image_arguments_never_reads_a_str_as_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A str naming a file is refused (it would be sent as an asset ID), pointing to Path(...); nothing is read."""
    path = tmp_path / "x.png"
    path.write_bytes(PNG)
    for value in (str(path), "photo.png", "PHOTO.JPEG"):  # existing, or an image file name that does not exist
        with pytest.raises(InvalidImageError, match=r"pass pathlib\.Path\(") as info:
            image_arguments(value)
        assert isinstance(info.value, ValueError) and isinstance(info.value, LowCodeAPIError)
        assert len(str(info.value).splitlines()) == 1 and repr(value) in str(info.value)
        with pytest.raises(InvalidImageError, match=r"pathlib\.Path"):
            image_data(value)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "asset_on_disk").write_bytes(PNG)  # a file named like an asset ID in the working directory
    with pytest.raises(InvalidImageError, match="asset_on_disk"):
        image_arguments("asset_on_disk")
    # Asset IDs (no such file, no image extension) and hostile strings pass as asset IDs.
    for asset in ("asset_abc123", "asset/with/slash", "x" * 10_000, "nul\x00byte"):
        assert image_arguments(asset) == (None, asset)


def test_empty_image_is_rejected() -> None:
    with pytest.raises(LowCodeAPIError, match="empty"):
        image_arguments("")
    with pytest.raises(LowCodeAPIError, match="empty"):
        image_arguments(b"")


def test_image_data(tmp_path: Path) -> None:
    data_url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert image_data(data_url) == data_url
    assert image_data("asset_abc") == "asset_abc"
    assert image_data(PNG) == data_url
    path = tmp_path / "x.png"
    path.write_bytes(PNG)
    assert image_data(path) == data_url


# -- base64 out -------------------------------------------------------------------------------------------------------


def test_decode_bare_and_data_url() -> None:
    bare = base64.b64encode(PNG).decode()
    assert decode_base64_image(bare) == PNG
    assert decode_base64_image("data:image/png;base64," + bare) == PNG


def test_decode_lenient_forms() -> None:
    bare = base64.b64encode(PNG).decode()
    assert decode_base64_image(bare.rstrip("=")) == PNG  # missing padding
    assert decode_base64_image("\n".join(bare[i : i + 76] for i in range(0, len(bare), 76))) == PNG
    assert decode_base64_image(base64.urlsafe_b64encode(PNG).decode()) == PNG


@pytest.mark.parametrize("value", ["not base64 !!!", "abcde", "data:image/png;base64,@@@@", "", "data:image/png"])
def test_decode_invalid(value: str) -> None:
    with pytest.raises(LowCodeAPIError) as info:
        decode_base64_image(value)
    assert "\n" not in str(info.value)
    if len(value) > 5:
        assert value not in str(info.value)  # the data itself is never echoed


def test_save_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "out.png"
    written = save_image("data:image/png;base64," + base64.b64encode(PNG).decode(), target)
    assert written == target
    assert target.read_bytes() == PNG
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.png"]  # no temp file left
    assert save_image(base64.b64encode(JPEG).decode(), str(tmp_path / "b.jpg")).read_bytes() == JPEG


def test_save_invalid_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(LowCodeAPIError):
        save_image("%%%", tmp_path / "out.png")
    assert list(tmp_path.iterdir()) == []


# -- downloads ------------------------------------------------------------------------------------------------------

CDN = "https://cdn.cloud.scenario.com/assets/asset_1?Policy=abc&Signature=s3cr3tsig&Key-Pair-Id=K1"


def cdn(
    requests: list[httpx.Request], body: bytes = PNG, content_type: str | None = "image/png", status: int = 200
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(status, content=body, headers=headers)

    return handler


def lowcodeapi_like_client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    """A client configured the way a careless user might: token as a default param, credential header, auth."""
    return httpx.Client(
        transport=httpx.MockTransport(handler),
        params={"api_token": TOKEN},
        headers={"User-Agent": "scenario-lowcodeapi/test", "x-credential-key": "cred"},
        auth=("user", TOKEN),
    )


def assert_clean(request: httpx.Request) -> None:
    assert "api_token" not in str(request.url)
    assert TOKEN not in str(request.url)
    assert "authorization" not in request.headers
    assert "x-credential-key" not in request.headers
    assert request.headers["user-agent"] == "scenario-lowcodeapi/test"
    assert str(request.url) == CDN


@pytest.mark.parametrize(
    ("content_type", "body", "ext"),
    [
        ("image/png", PNG, ".png"),
        ("image/jpeg", JPEG, ".jpg"),
        ("image/webp", WEBP, ".webp"),
        ("application/octet-stream", JPEG, ".jpg"),  # uninformative: sniffed
        (None, PNG, ".png"),
    ],
)
def test_download(tmp_path: Path, content_type: str | None, body: bytes, ext: str) -> None:
    requests: list[httpx.Request] = []
    with lowcodeapi_like_client(cdn(requests, body, content_type)) as client:
        path = download(client, CDN, tmp_path / "out", "asset_1")
    assert path == tmp_path / "out" / f"asset_1{ext}"
    assert path.read_bytes() == body
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert len(requests) == 1
    assert_clean(requests[0])


def test_download_404_is_one_line_without_query(tmp_path: Path) -> None:
    requests: list[httpx.Request] = []
    with lowcodeapi_like_client(cdn(requests, b"<Error>NoSuchKey</Error>", "application/xml", 404)) as client:
        with pytest.raises(LowCodeAPIError) as info:
            download(client, CDN, tmp_path, "asset_1")
    message = str(info.value)
    assert "404" in message
    assert "https://cdn.cloud.scenario.com/assets/asset_1" in message
    assert "Signature" not in message and "s3cr3tsig" not in message and "?" not in message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_download_connection_error_hides_the_query(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {request.url}", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(APIConnectionError) as info:
            download(client, CDN, tmp_path, "asset_1")
    assert "s3cr3tsig" not in str(info.value)
    assert info.value.__cause__ is None


def test_download_follows_redirects(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/assets/asset_1":
            return httpx.Response(302, headers={"location": "https://cdn2.example.com/x.webp"})
        return httpx.Response(200, content=WEBP, headers={"content-type": "image/webp"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        path = download(client, CDN, tmp_path, "asset_1")
    assert path.name == "asset_1.webp"


@pytest.mark.parametrize("stem", ["", "..", "a/b", "../x"])
def test_download_rejects_unsafe_stems(tmp_path: Path, stem: str) -> None:
    with httpx.Client(transport=httpx.MockTransport(cdn([]))) as client:
        with pytest.raises(LowCodeAPIError):
            download(client, CDN, tmp_path, stem)


def test_download_rejects_relative_urls(tmp_path: Path) -> None:
    with httpx.Client(transport=httpx.MockTransport(cdn([]))) as client:
        with pytest.raises(LowCodeAPIError, match="absolute"):
            download(client, "/assets/x.png", tmp_path, "x")


@pytest.mark.anyio
async def test_adownload(tmp_path: Path) -> None:
    requests: list[httpx.Request] = []
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(cdn(requests, JPEG, "image/jpeg")),
        params={"api_token": TOKEN},
        headers={"User-Agent": "scenario-lowcodeapi/test", "x-credential-key": "cred"},
    ) as client:
        path = await adownload(client, CDN, tmp_path, "asset_2")
    assert path == tmp_path / "asset_2.jpg"
    assert path.read_bytes() == JPEG
    assert_clean(requests[0])


@pytest.mark.anyio
async def test_adownload_404(tmp_path: Path) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(cdn([], b"", None, 404))) as client:
        with pytest.raises(LowCodeAPIError, match="404") as info:
            await adownload(client, CDN, tmp_path, "asset_2")
    assert "Signature" not in str(info.value)
    assert list(tmp_path.iterdir()) == []
