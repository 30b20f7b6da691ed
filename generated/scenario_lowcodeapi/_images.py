"""Images in and out: data URLs for the editing endpoints, base64 answers to files (downloads from Scenario's CDN are
:mod:`._downloads`).

Scenario's image endpoints take an image as a data URL (``data:image/png;base64,...``) or an asset ID, and some
answer base64 image data. Generated images are served from CDN URLs that must not receive the LowCodeAPI token.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote_to_bytes

from ._exceptions import (
    LowCodeAPIError,
)

__all__ = [
    "ImageInput",
    "InvalidImageError",
    "decode_base64_image",
    "extension_for",
    "image_arguments",
    "image_data",
    "save_image",
    "sniff_mime",
    "to_data_url",
]

ImageInput = str | bytes | bytearray | os.PathLike[str]
"""An image argument: a data URL or an asset ID (``str``), raw bytes, or the path of a file (``pathlib.Path``).

A ``str`` is never read as a file path: pass a ``Path`` for that (a ``str`` naming an existing file, or ending in an
image file extension, is refused with :class:`InvalidImageError`)."""


class InvalidImageError(LowCodeAPIError, ValueError):
    """An image argument or image data this client cannot use: empty, not valid base64 / data URL, or a ``str`` that
    names a file (pass ``pathlib.Path(...)`` to upload a file). Also a :class:`ValueError`."""


_OCTET = "application/octet-stream"

# (offset, signature, mime), tested in order.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"BM", "image/bmp"),
    (0, b"\x00\x00\x01\x00", "image/x-icon"),
    (0, b"\x1aE\xdf\xa3", "video/webm"),
)
# ISO-BMFF brands (bytes 8-12 after "ftyp" at 4-8).
_FTYP_BRANDS: Mapping[bytes, str] = {
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"mif1": "image/heif",
    b"msf1": "image/heif",
    b"isom": "video/mp4",
    b"iso2": "video/mp4",
    b"mp41": "video/mp4",
    b"mp42": "video/mp4",
    b"avc1": "video/mp4",
    b"M4V ": "video/mp4",
    b"qt  ": "video/quicktime",
}

_EXTENSIONS: Mapping[str, str] = {
    "image/png": ".png",
    "image/apng": ".png",
    "image/jpeg": ".jpg",
    "image/jpg": ".jpg",
    "image/pjpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/x-ms-bmp": ".bmp",
    "image/tiff": ".tiff",
    "image/avif": ".avif",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "image/svg+xml": ".svg",
    "image/x-icon": ".ico",
    "image/vnd.microsoft.icon": ".ico",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "model/gltf-binary": ".glb",
    "application/json": ".json",
}
# Content types that say nothing about the bytes: sniff them instead.
UNINFORMATIVE_MIME = frozenset({"", _OCTET, "binary/octet-stream", "application/binary", "application/unknown"})
_SNIFF_BYTES = 32


def sniff_mime(data: bytes | bytearray | memoryview, default: str = _OCTET) -> str:
    """The media type of ``data`` from its first bytes (PNG, JPEG, GIF, WEBP, BMP, TIFF, AVIF, HEIC, ICO,
    MP4, WEBM, MOV), else ``default``."""
    head = bytes(data[:_SNIFF_BYTES])
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return _FTYP_BRANDS.get(head[8:12], default)
    for offset, signature, mime in _MAGIC:
        if head.startswith(signature, offset):
            return mime
    return default


def extension_for(mime: str, default: str = ".bin") -> str:
    """The file extension (with its dot) for a media type: ``image/jpeg`` -> ``.jpg``; ``default`` if unknown."""
    mime = mime.partition(";")[0].strip().lower()
    known = _EXTENSIONS.get(mime)
    if known is not None:
        return known
    guessed = mimetypes.guess_extension(mime, strict=False) if mime else None
    return guessed or default


def _read_file(path: os.PathLike[str]) -> bytes:
    """The bytes of an image file; a missing, unreadable or empty file is an :class:`InvalidImageError` (raised
    before anything is sent, like ``b""``)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InvalidImageError(f"image file not found: {os.fspath(path)}") from None
    except IsADirectoryError:
        raise InvalidImageError(f"image path is a directory, not a file: {os.fspath(path)}") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidImageError(f"cannot read image file {os.fspath(path)}: {reason}") from exc
    if not data:
        raise InvalidImageError(f"empty image file: {os.fspath(path)}")
    return data


def to_data_url(data: bytes | bytearray | memoryview | os.PathLike[str], mime: str | None = None) -> str:
    """``data:<mime>;base64,<data>`` for bytes or a file (read from disk).

    The media type is ``mime`` if given, else sniffed from the bytes, else (for a file) guessed from its suffix,
    else ``application/octet-stream``. A missing or unreadable file raises :class:`LowCodeAPIError`.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        raw = data
        suffix_mime = None
    elif isinstance(data, os.PathLike):
        raw = _read_file(data)
        suffix_mime = mimetypes.guess_type(os.fspath(data), strict=False)[0]
    else:
        raise TypeError(f"expected bytes or a path, got {type(data).__name__}")
    if mime is None:
        mime = sniff_mime(raw, "")
        if not mime:
            mime = suffix_mime or _OCTET
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


def _require_not_empty(value: str | bytes | bytearray) -> None:
    if not value:
        raise InvalidImageError("empty image: pass a data URL, an asset ID, bytes or a pathlib.Path")


# File name endings no Scenario asset ID has: such a str is a file name the caller meant to upload.
_FILE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic", ".heif", ".svg"}
)
_MAX_PATH_CHECK = 4096


def reject_file_name(value: str) -> None:
    """Raise :class:`InvalidImageError` when a ``str`` image argument names a file (an existing one, or one with an
    image extension): a ``str`` is sent as an asset ID or as data, never read from disk."""
    if len(value) > _MAX_PATH_CHECK:
        return
    suffix = os.path.splitext(value)[1].lower()
    try:
        exists = os.path.isfile(value)
    except (OSError, ValueError):  # a name the OS cannot even look up is no file
        exists = False
    if exists or suffix in _FILE_SUFFIXES:
        shown = value if len(value) <= 80 else value[:77] + "..."
        raise InvalidImageError(
            f"image {shown!r} is a str, which is sent as an asset ID or image data, not read from disk: "
            f"to upload the file pass pathlib.Path({shown!r})"
        )


def image_arguments(value: ImageInput) -> tuple[str | None, str | None]:
    """``(image, asset_id)`` for an image argument.

    A ``str`` starting with ``data:`` is a data URL (``(value, None)``); any other ``str`` is an asset ID
    (``(None, value)``) and is never read as a path (one that names a file is refused: :func:`reject_file_name`).
    Bytes and ``os.PathLike`` paths become a data URL.
    """
    if isinstance(value, str):
        _require_not_empty(value)
        if value[:5].lower() == "data:":
            return value, None
        reject_file_name(value)
        return None, value
    if isinstance(value, bytes | bytearray):
        _require_not_empty(value)
    return to_data_url(value), None


def image_data(value: ImageInput) -> str:
    """Image data for a field that takes no asset ID: bytes and paths become a data URL, a ``str`` passes through."""
    if isinstance(value, str):
        if value[:5].lower() != "data:":
            reject_file_name(value)
        return value
    if isinstance(value, bytes | bytearray):
        _require_not_empty(value)
    return to_data_url(value)


def _invalid(value: str) -> InvalidImageError:
    return InvalidImageError(f"invalid base64 image data ({len(value)} characters)")


def decode_base64_image(value: str) -> bytes:
    """The bytes of base64 image data: a bare base64 string (standard or URL-safe alphabet, padding optional,
    whitespace ignored) or a data URL. Invalid data raises :class:`InvalidImageError` (a ``ValueError``)."""
    if not isinstance(value, str):
        raise TypeError(f"expected a str, got {type(value).__name__}")
    payload = value
    if value[:5].lower() == "data:":
        header, comma, payload = value.partition(",")
        if not comma:
            raise InvalidImageError("invalid data URL: no ',' after the media type")
        if not header.lower().endswith(";base64"):
            data = unquote_to_bytes(payload)  # a percent-encoded (non-base64) data URL
            if not data:
                raise InvalidImageError("empty image data")
            return data
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        data = _decode_lenient(payload, value)
    if not data:
        raise InvalidImageError("empty image data")
    return data


def _decode_lenient(payload: str, original: str) -> bytes:
    """Second chance for base64 with whitespace, missing padding or the URL-safe alphabet."""
    text = "".join(payload.split())
    if "-" in text or "_" in text:
        text = text.replace("-", "+").replace("_", "/")
    text = text.rstrip("=")
    if len(text) % 4 == 1:
        raise _invalid(original)
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid(original) from None


def _write_atomic(path: Path, data: bytes) -> None:
    with AtomicFile(path.parent, path.name) as sink:
        sink.write(data)
        sink.commit(path)


def save_image(value: str, path: str | os.PathLike[str]) -> Path:
    """Decode base64 image data (bare or a data URL) and write it to ``path`` (parent folders created, written
    atomically). Returns the path."""
    data = decode_base64_image(value)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(target, data)
    return target


class AtomicFile:
    """A temporary file beside the target; ``commit`` renames it into place, leaving without commit deletes it."""

    __slots__ = ("_done", "_file", "_path", "head")

    def __init__(self, folder: Path, stem: str) -> None:
        # Created with mode 0o666 so the process umask decides, as for any file the user writes (mkstemp's 0o600
        # would make every saved image private whatever the umask); O_EXCL and a random name keep it ours alone.
        for _ in range(100):
            name = folder / f".{stem}.{secrets.token_hex(6)}.part"
            try:
                fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
                break
            except FileExistsError:
                continue
        else:  # pragma: no cover - 100 collisions of 48 random bits
            raise FileExistsError(f"no free temporary name in {folder}")
        self._path = name
        self._file = os.fdopen(fd, "wb")
        self._done = False
        self.head = b""  # the first bytes written, for sniffing

    def __enter__(self) -> AtomicFile:
        return self

    def write(self, chunk: bytes) -> None:
        if len(self.head) < _SNIFF_BYTES:
            self.head += chunk[: _SNIFF_BYTES - len(self.head)]
        self._file.write(chunk)

    def commit(self, target: Path) -> None:
        self._file.close()
        os.replace(self._path, target)
        self._done = True

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._done:
            self._file.close()
            try:
                self._path.unlink()
            except OSError:
                pass
