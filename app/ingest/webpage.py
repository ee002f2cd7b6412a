"""Main text and metadata of saved or fetched web pages, with trafilatura and htmldate."""

from __future__ import annotations

from dataclasses import dataclass

from app.ingest.decoding import ArticleError


@dataclass(frozen=True)
class WebPage:
    text: str
    metadata: dict


def extract_webpage(html: str, path: str, *, url: str | None = None) -> WebPage:
    """The article body as blank-line separated paragraphs, and what the page says about itself.

    Scripts, iframes and event handlers never reach the text: trafilatura keeps only text nodes.
    """
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if doc is None:
        raise ArticleError(path, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise ArticleError(path, "no article text found in the HTML page")
    meta = {
        "title": data.get("title"),
        "url": data.get("url") or url,
        "publisher": data.get("sitename"),
        "author": data.get("author"),
    }
    # htmldate looks at meta tags, JSON-LD and visible dates; original_date prefers first publication
    found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    if found:
        meta["published"] = found
        meta["published_method"] = "html"
    # trafilatura puts one paragraph per line; a first line repeating the headline is not body text
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and meta["title"] and _same(lines[0], meta["title"]):
        lines.pop(0)
    return WebPage(text="\n\n".join(lines), metadata=meta)


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(s.lower().split()).strip(" .:|")  # noqa: E731
    return norm(a) == norm(b)
