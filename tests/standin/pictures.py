"""Pictures a person can check, drawn with the standard library only (zlib, struct, hashlib).

- :func:`prompt_picture`: a 256x256 PNG that depends on the prompt: background colour, and the colour, kind,
  place and size of five shapes, all from the sha256 of the prompt (and the image's index): two prompts, two
  different pictures; the same prompt, the same picture.
- :func:`remove_background`: the background of a PNG made transparent: the colour most common on the border,
  flood-filled from the border (so a shape of the same colour inside stays), written as an RGBA PNG.

The stand-in serves these for inference images and the background-removal operations (``store.py`` keeps which
picture belongs to which asset; ``server.py`` serves it at ``/scenario/__asset__/<id>.png``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
import zlib
from collections import Counter, deque
from functools import lru_cache

__all__ = ["decode_png", "encode_png", "prompt_picture", "remove_background", "remove_background_data_url"]

SIZE = 256
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel (8-bit, no palette)
_MAX_PIXELS = 4096 * 4096

Pixels = list[tuple[int, ...]]  # row-major, RGB or RGBA tuples


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def encode_png(width: int, height: int, pixels: Pixels) -> bytes:
    """An 8-bit RGB or RGBA PNG (by the length of the pixel tuples), filter 0 on every row."""
    channels = len(pixels[0]) if pixels else 3
    colour_type = {3: 2, 4: 6}[channels]
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for pixel in pixels[y * width : (y + 1) * width]:
            raw.extend(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return _SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b"")


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode_png(data: bytes) -> tuple[int, int, Pixels]:
    """(width, height, RGBA pixels) of an 8-bit, non-interlaced greyscale/RGB(A) PNG; ``ValueError`` otherwise."""
    if not data.startswith(_SIGNATURE):
        raise ValueError("not a PNG")
    pos, idat, header = 8, bytearray(), b""
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if tag == b"IHDR":
            header = body
        elif tag == b"IDAT":
            idat += body
        elif tag == b"IEND":
            break
    if len(header) != 13:
        raise ValueError("PNG without a header")
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour_type not in _CHANNELS or interlace or not 0 < width * height <= _MAX_PIXELS:
        raise ValueError("unsupported PNG (8-bit, non-interlaced greyscale or RGB(A) only)")
    bpp = _CHANNELS[colour_type]
    try:
        raw = zlib.decompress(bytes(idat))
    except zlib.error as exc:
        raise ValueError(f"corrupt PNG data: {exc}") from None
    stride = width * bpp
    if len(raw) < height * (stride + 1):
        raise ValueError("truncated PNG data")
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            corner = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[i] = (line[i] + _paeth(left, up, corner)) & 0xFF
            elif kind != 0:
                raise ValueError(f"unknown PNG filter {kind}")
        rows.append(line)
        previous = line
    pixels: Pixels = []
    for line in rows:
        for x in range(width):
            sample = line[x * bpp : (x + 1) * bpp]
            if bpp == 1:
                pixels.append((sample[0], sample[0], sample[0], 255))
            elif bpp == 2:
                pixels.append((sample[0], sample[0], sample[0], sample[1]))
            elif bpp == 3:
                pixels.append((sample[0], sample[1], sample[2], 255))
            else:
                pixels.append(tuple(sample))
    return width, height, pixels


@lru_cache(maxsize=64)
def prompt_picture(prompt: str, index: int = 0) -> bytes:
    """A 256x256 RGB PNG drawn from ``prompt`` (and ``index``, the image's number in its inference)."""
    digest = hashlib.sha256(f"{index}:{prompt}".encode()).digest()
    digest += hashlib.sha256(digest).digest()
    background = (digest[0] // 2, digest[1] // 2, 64 + digest[2] // 2)  # dark-ish, so the shapes stand out
    shapes = []
    for k in range(5):
        b = digest[3 + k * 6 : 9 + k * 6]
        colour = (128 + b[0] // 2, 64 + b[1] * 3 // 4, b[2])
        cx, cy = 32 + b[3] * 192 // 255, 32 + b[4] * 192 // 255
        radius = 16 + b[5] % 48
        shapes.append((b[5] % 3, cx, cy, radius, colour))  # 0 disc, 1 square, 2 diamond
    pixels: Pixels = []
    for y in range(SIZE):
        for x in range(SIZE):
            colour = background
            for kind, cx, cy, r, fill in shapes:
                dx, dy = abs(x - cx), abs(y - cy)
                inside = (
                    dx * dx + dy * dy <= r * r if kind == 0 else (dx <= r and dy <= r) if kind == 1 else dx + dy <= r
                )
                if inside:
                    colour = fill
            pixels.append(colour)
    return encode_png(SIZE, SIZE, pixels)


def _close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int) -> bool:
    return abs(a[0] - b[0]) + abs(a[1] - b[1]) + abs(a[2] - b[2]) <= tolerance


def remove_background(png: bytes, tolerance: int = 48) -> bytes:
    """``png`` as RGBA with its background transparent: the commonest border colour, flood-filled from the border
    (pixels within ``tolerance``, the sum of the RGB differences)."""
    width, height, pixels = decode_png(png)
    border = [(x, 0) for x in range(width)] + [(x, height - 1) for x in range(width)]
    border += [(0, y) for y in range(height)] + [(width - 1, y) for y in range(height)]
    background = Counter(pixels[y * width + x][:3] for x, y in border).most_common(1)[0][0]
    clear = bytearray(width * height)
    queue = deque((x, y) for x, y in border if _close(pixels[y * width + x], background, tolerance))
    for x, y in queue:
        clear[y * width + x] = 1
    while queue:
        x, y = queue.popleft()
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < width and 0 <= ny < height and not clear[ny * width + nx]:
                if _close(pixels[ny * width + nx], background, tolerance):
                    clear[ny * width + nx] = 1
                    queue.append((nx, ny))
    out: Pixels = [(0, 0, 0, 0) if clear[i] else (p[0], p[1], p[2], p[3]) for i, p in enumerate(pixels)]
    return encode_png(width, height, out)


def remove_background_data_url(value: object) -> bytes | None:
    """:func:`remove_background` of a ``data:image/png;base64,...`` URL; ``None`` when it is not a PNG this module
    reads (the stand-in then answers its usual placeholder)."""
    if not isinstance(value, str) or not value.startswith("data:") or "," not in value:
        return None
    try:
        return remove_background(base64.b64decode(value.partition(",")[2], validate=True))
    except (ValueError, binascii.Error):
        return None
