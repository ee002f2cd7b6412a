"""Fetching an article URL (the only network I/O of ingest)."""

from __future__ import annotations

import time

import httpx

from app.ingest.decoding import ArticleError, decode_bytes
from app.ingest.loader import article_from_text, slugify
from app.ingest.records import Article

# Pages are HTML; a URL that answers with an image or a PDF is not an article.
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


def fetch_article(url: str, *, timeout: float = 20.0, max_bytes: int = 50 * 1024 * 1024) -> Article:
    """Download a page and extract its article; errors name the URL and what went wrong.

    ``timeout`` bounds the whole download, not just each read: a server that trickles a byte at a
    time is given up on as surely as one that never answers.
    """
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5, headers={"User-Agent": "policing-timeline/0.1"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ArticleError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind not in _TEXT_TYPES:
                    raise ArticleError(url, f"not a web page (content type {kind})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ArticleError(url, f"page is over the {max_bytes:,}-byte limit")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ArticleError(url, f"page is over the {max_bytes:,}-byte limit")
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("deadline passed")
                    chunks.append(chunk)
    except httpx.TimeoutException:
        raise ArticleError(url, f"timed out after {timeout:g} s") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise ArticleError(url, f"could not fetch: {exc}") from None
    html = decode_bytes(b"".join(chunks), url)
    slug = slugify(url.rstrip("/").rsplit("/", 1)[-1].split("?")[0].removesuffix(".html"))
    return article_from_text(html, fmt="url", path=url, slug=slug, meta={}, url=url)
