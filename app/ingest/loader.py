"""Reading articles from disk or the web into Article records (the input end of the pipeline)."""

from __future__ import annotations

import hashlib
import re
import stat
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from app.ingest.decoding import ArticleError, decode_bytes
from app.ingest.frontmatter import is_web_address, parse_front_matter
from app.ingest.paragraphs import normalise_text, split_paragraphs
from app.ingest.records import Article

ARTICLE_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
SOURCES_FILE = "sources.toml"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
PUBLISHED_YEARS = (1900, 2100)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:200] or "article"


def iter_article_paths(paths: list[Path]) -> Iterator[Path]:
    """Article files under the given files and folders, in a stable order, each once.

    Links are not followed into folders, so a folder that links to its parent cannot loop.
    """
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            candidates = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate
            if key not in seen:
                seen.add(key)
                yield candidate


def load_sources_meta(folder: Path) -> dict[str, dict]:
    """Per-file metadata from a sources.toml beside the articles ({} when there is none)."""
    meta_file = folder / SOURCES_FILE
    if not meta_file.is_file():
        return {}
    try:
        data = tomllib.loads(meta_file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ArticleError(str(meta_file), f"unreadable sources.toml: {exc}") from exc
    return {name: entry for name, entry in data.items() if isinstance(entry, dict)}


def load_article(path: Path, *, meta: dict | None = None, max_bytes: int = DEFAULT_MAX_BYTES, display: str | None = None) -> Article:
    """Load one article file; raise ArticleError naming the file and the problem."""
    shown = display or str(path)
    if path.is_symlink() and not path.exists():
        raise ArticleError(shown, "broken link (its target is missing, or links back to itself)")
    if path.is_dir():
        why = "a link to a folder (links are not followed, so folders cannot loop)" if path.is_symlink() else "a folder"
        raise ArticleError(shown, f"is {why}")
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ArticleError(shown, f"unsupported file type {path.suffix or '(none)'}: use .txt, .md or .html")
    raw = _read_bounded(path, shown, max_bytes)
    text = decode_bytes(raw, shown)
    return article_from_text(text, fmt=fmt, path=shown, slug=slugify(path.stem), meta=meta or {})


def _read_bounded(path: Path, shown: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing before reading when it is too big, not a regular file, or grows."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(shown, "not a regular file (a device, pipe or socket)")
        if info.st_size > max_bytes:
            raise ArticleError(shown, f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        with path.open("rb") as handle:
            # read at most one byte past the limit: a file that grew since stat() is still refused
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise ArticleError(shown, f"file is over the {max_bytes:,}-byte limit")
    return raw


def article_from_text(text: str, *, fmt: str, path: str, slug: str, meta: dict, url: str | None = None) -> Article:
    """Build an Article from decoded text of the given format, merging outside metadata."""
    fields: dict = {}
    if fmt == "md":
        front, body = parse_front_matter(text, path)
        fields.update(front)
        body = _markdown_to_text(body)
    elif fmt in ("html", "url"):
        from app.ingest.webpage import extract_webpage

        try:
            page = extract_webpage(text, path, url=url)
        except ArticleError:
            raise
        except (ValueError, TypeError, LookupError, RecursionError) as exc:
            # the HTML parsers' own failures on hostile markup: one bad page, not a crash
            raise ArticleError(path, f"could not read the HTML page ({type(exc).__name__})") from None
        fields.update(page.metadata)
        body = page.text
    else:
        body = text
    # metadata from sources.toml fills what the file itself does not say
    for key in ("title", "url", "publisher", "author", "published"):
        if not fields.get(key) and meta.get(key):
            fields[key] = meta[key]
    if url and not fields.get("url"):
        fields["url"] = url
    if fields.get("url") and not is_web_address(str(fields["url"])):
        fields["url"] = None  # a page's canonical link or sources.toml entry that is not http(s)
    body = normalise_text(body)
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise ArticleError(path, "no text: the file is empty or holds only whitespace/markup")
    published, method = _published(fields, path)
    text_joined = "\n\n".join(p.text for p in paragraphs)
    fingerprint = "\n".join([text_joined, str(fields.get("title") or ""), str(fields.get("url") or ""), str(published or "")])
    return Article(
        path=path,
        slug=slug,
        fmt=fmt,
        text=text_joined,
        paragraphs=paragraphs,
        content_hash=hashlib.sha256(fingerprint.encode("utf-8")).hexdigest(),
        title=_clean(fields.get("title")),
        url=_clean(fields.get("url")),
        publisher=_clean(fields.get("publisher")),
        author=_clean(fields.get("author")),
        published=published,
        published_method=method,
    )


def _published(fields: dict, path: str) -> tuple[date | None, str | None]:
    value = fields.get("published")
    if value in (None, ""):
        return None, None
    method = fields.get("published_method") or "metadata"
    if isinstance(value, datetime):
        value = value.date()
    elif not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise ArticleError(path, f"published date {str(value)[:40]!r} is not YYYY-MM-DD") from None
    # every date is resolved against this one: a year 1 or 9999 is a typo, not a news article
    if not PUBLISHED_YEARS[0] <= value.year <= PUBLISHED_YEARS[1]:
        raise ArticleError(path, f"published date {value.isoformat()} is not plausible (years {PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[1]})")
    return value, method


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value[:500] or None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _markdown_to_text(body: str) -> str:
    """Plain paragraphs from Markdown: links keep their words, a leading heading is dropped.

    The headline lives in the front matter (ANNOTATION.md); a heading line repeating it is not
    a body paragraph.
    """
    lines = normalise_text(body).split("\n")
    while lines and (not lines[0].strip() or lines[0].lstrip().startswith("# ")):
        lines.pop(0)
    text = "\n".join(re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)", "", line) for line in lines)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
