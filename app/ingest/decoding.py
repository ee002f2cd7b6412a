"""Turning a file's bytes into text, or a clear refusal naming the file and the problem."""

from __future__ import annotations

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


def decode_bytes(raw: bytes, path: str) -> str:
    """UTF-8 if it is; otherwise the encoding charset-normalizer finds for real text; else an error."""
    if not raw.strip():
        raise ArticleError(path, "empty file" if not raw else "file holds only whitespace")
    for magic, name in _SIGNATURES.items():
        if raw.startswith(magic):
            raise ArticleError(path, f"binary file ({name}), not an article")
    if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "binary file (contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ArticleError(path, "not text in any encoding that could be detected")
    text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise ArticleError(path, "binary file (too many control characters), not an article")
    return text
