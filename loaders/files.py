"""File helpers shared by the format modules: any input may be gzip-compressed (dblp.xml.gz),
which is recognised by its magic bytes, whatever the file is called; decoding errors name their
line.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from graph.errors import InputError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

_GZIP_MAGIC = b"\x1f\x8b"
_HEAD_BYTES = 8192


class _GuardedGzip(io.RawIOBase):
    """Reads a gzip stream and turns a truncated or corrupt one into an InputError."""

    def __init__(self, path: Path):
        super().__init__()
        self._path = path
        self._inner = gzip.open(path, "rb")  # noqa: SIM115 (closed by close())

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        try:
            return self._inner.readinto(buffer)
        except (EOFError, OSError, zlib.error) as error:
            raise InputError(
                str(self._path),
                f"the gzip data is truncated or corrupt ({error})",
                hint="Download the file again (e.g. https://dblp.org/xml/dblp.xml.gz) and "
                "check its size or checksum.",
            ) from error

    def close(self) -> None:
        self._inner.close()
        super().close()


def open_binary(path: Path) -> BinaryIO:
    """Open `path` for reading bytes, decompressing gzip transparently."""
    try:
        with path.open("rb") as probe:
            magic = probe.read(2)
    except OSError as error:
        raise InputError(
            str(path),
            f"cannot open the file ({error.strerror})",
            hint="Check the path and the file's permissions.",
        ) from error
    if magic == _GZIP_MAGIC:
        return io.BufferedReader(_GuardedGzip(path))
    return path.open("rb")


def iter_lines(path: Path, encoding: str = "utf-8") -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line without its line break), decoding line by line so
    that a decoding error names its line."""
    with open_binary(path) as stream:
        for number, raw in enumerate(stream, start=1):
            yield number, _decode_line(path, number, raw, encoding)


def _decode_line(path: Path, number: int, raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            str(path),
            f"the text is not valid {encoding.upper()} ({error.reason})",
            line=number,
            hint=f"Convert the file to {encoding.upper()}.",
        ) from error
    return text.lstrip("\ufeff").rstrip("\r\n") if number == 1 else text.rstrip("\r\n")


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """The whole decoded file (for formats that need look-ahead and come in small files)."""
    with open_binary(path) as stream:
        data = stream.read()
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            str(path),
            f"the text is not valid {encoding.upper()} ({error.reason})",
            line=line,
            hint=f"Convert the file to {encoding.upper()}.",
        ) from error


def read_head(path: Path) -> str:
    """The first few KB, decoded leniently, for sniffing."""
    with open_binary(path) as stream:
        return stream.read(_HEAD_BYTES).decode("utf-8", errors="replace")


def plain_suffix(path: Path) -> str:
    """The file's extension once a trailing ".gz" is set aside: "dblp.xml.gz" -> ".xml"."""
    path = Path(path)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.suffix.lower()
