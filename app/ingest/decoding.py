"""Turning a file's bytes into text, or a clear refusal naming the file and the problem."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes


class ArticleError(Exception):
    """An article that cannot be ingested; str() is the one-line message shown to the user."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# Magic numbers of files that are often misnamed as articles.
_SIGNATURES = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media file",
    b"SQLite format 3": "SQLite database",
}
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# C0 controls other than tab, newline, carriage return and form feed: never part of an article.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(raw: bytes, path: str) -> str:
    """UTF-8 (or UTF-16/32 with a BOM) if it is; else cp1252 or what charset-normalizer finds; else an error."""
    if not raw.strip():
        raise ArticleError(path, "empty file" if not raw else "file holds only whitespace")
    for magic, name in _SIGNATURES.items():
        if raw.startswith(magic):
            raise ArticleError(path, f"binary file ({name}), not an article")
    text = _decode(raw, path)
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise ArticleError(path, "binary file (too many control characters), not an article")
    # a stray control character or two (a pasted vertical tab, an escape) is noise, not text
    text = _CONTROLS.sub("", text) if controls else text
    if not text.strip():
        raise ArticleError(path, "file holds only whitespace")
    return text


def _decode(raw: bytes, path: str) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(path, f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()} text") from None
    if b"\x00" in raw[:65536]:
        if (codec := _bomless_utf16(raw)) is not None:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass
        raise ArticleError(path, "binary file (contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if (text := _western(raw)) is not None:
        return text
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ArticleError(path, "not text in any encoding that could be detected")
    return str(best)


def _bomless_utf16(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in UTF-16 English text without a BOM."""
    sample = raw[: 65536 - (65536 % 2)] if len(raw) >= 2 else raw
    if len(sample) < 8 or len(sample) % 2:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _western(raw: bytes) -> str | None:
    """cp1252 text that is mostly ASCII letters: English news saved by Windows tools.

    charset-normalizer reads a short cp1252 text with one pound sign as cp1250 (giving 'Ł'); for
    English text cp1252 is the legacy encoding that matters, so it is tried first. Text in other
    scripts has mostly non-ASCII letters and falls through to charset-normalizer.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    foreign = sum(1 for ch in letters if not ch.isascii())
    return text if foreign <= 0.1 * len(letters) else None
