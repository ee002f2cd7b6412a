"""Ready citations of a source paragraph or a timeline event: plain text, Markdown, BibTeX, CSL-JSON.

Each names the publisher, title, date and paragraph, our permalink (to the exact source version, so
it keeps resolving), and the original article's URL with a text fragment (``#:~:text=start,end``,
WICG Text Fragments) that makes a browser scroll to the cited words on the publisher's page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from app.db.rows import EventDetail, ParagraphView, Published, SourceView
from app.web.labels import date_label

SITE_NAME = "Policing Timeline"


@dataclass(frozen=True)
class Reference:
    key: str  # citation key: slug-p3, or event-<id>
    title: str
    container: str | None  # the publisher, or the site for an event
    author: str | None
    published: Published | None
    paragraph: int | None
    permalink: str
    original: str | None  # the publisher's URL with a text fragment
    accessed: date | None
    source: str | None = None  # for an event: the cited source in words


def fragment_text(value: str) -> str:
    """Percent-encode a text directive term: everything but unreserved characters, and '-' too."""
    return quote(value, safe="").replace("-", "%2D")


def text_fragment(passage: str, words: int = 4) -> str:
    """'#:~:text=first%20words,last%20words' for a passage; the whole passage when it is short."""
    tokens = passage.split()
    if not tokens:
        return ""
    if len(tokens) <= 2 * words:
        return "#:~:text=" + fragment_text(" ".join(tokens))
    return (
        "#:~:text="
        + fragment_text(" ".join(tokens[:words]))
        + ","
        + fragment_text(" ".join(tokens[-words:]))
    )


def original_link(url: str | None, passage: str) -> str | None:
    """The original URL (its own fragment dropped) pointing at the passage."""
    if not url:
        return None
    return url.split("#", 1)[0] + text_fragment(passage)


def published_label(published: Published | None) -> str:
    """'22 May 2018', 'May 2018', 'c. mid-2017' or 'date unknown' for a publication date."""
    if published is None or published.earliest is None:
        return "date unknown"
    edtf = published.edtf
    precision = (
        {4: "year", 7: "month", 10: "day"}.get(len(edtf), "unknown")
        if "/" not in edtf
        else "unknown"
    )
    if published.earliest == published.latest:
        precision = "day"
    return date_label(published.earliest, published.latest, precision)


def paragraph_reference(
    source: SourceView, paragraph: ParagraphView, *, permalink: str
) -> Reference:
    """The citation of one paragraph of a source version."""
    return Reference(
        key=f"{source.slug}-v{source.version}-p{paragraph.number}",
        title=source.title or source.slug,
        container=source.publisher,
        author=source.author,
        published=source.published,
        paragraph=paragraph.number,
        permalink=permalink,
        original=original_link(source.url, paragraph.text),
        accessed=source.ingested_at.date(),
    )


def event_reference(
    detail: EventDetail, *, permalink: str, source_permalink: str | None
) -> Reference:
    """The citation of a timeline event: our page, and the first source passage that reports it."""
    e = detail.event
    report = next((r for r in detail.reports if r.quotes), None)
    source = original = None
    if report:
        quote = report.quotes[0]
        source = ", ".join(
            p
            for p in (
                report.publisher,
                f"\u201c{report.title or report.slug}\u201d",
                published_label(report.published),
                f"para. {quote.number}",
            )
            if p
        )
        if source_permalink:
            source += f", {source_permalink}"
        original = original_link(report.url, quote.quote or quote.paragraph)
    return Reference(
        key=f"event-{e.id}",
        title=f"{e.title} ({date_label(e.earliest, e.latest, e.precision)})",
        container=SITE_NAME,
        author=None,
        published=None,
        paragraph=None,
        permalink=permalink,
        original=original,
        accessed=None,
        source=source,
    )


def plain_text(ref: Reference) -> str:
    parts = [
        ref.container,
        f"\u201c{ref.title}\u201d",
        published_label(ref.published) if ref.published else None,
    ]
    if ref.paragraph is not None:
        parts.append(f"para. {ref.paragraph}")
    text = ", ".join(p for p in parts if p) + f". {ref.permalink}"
    if ref.source:
        text += f". Source: {ref.source}"
    if ref.original:
        text += f" (original: {ref.original})"
    return text


def markdown(ref: Reference) -> str:
    title = (
        f"[\u201c{_md(ref.title)}\u201d]({ref.original})"
        if ref.original
        else f"\u201c{_md(ref.title)}\u201d"
    )
    parts = [
        _md(ref.container) if ref.container else None,
        title,
        published_label(ref.published) if ref.published else None,
    ]
    if ref.paragraph is not None:
        parts.append(f"para. {ref.paragraph}")
    text = ", ".join(p for p in parts if p) + f". Permalink: <{ref.permalink}>"
    if ref.source:
        text += f". Source: {_md(ref.source)}"
    return text


def bibtex(ref: Reference) -> str:
    fields = [("title", _tex(ref.title))]
    if ref.container:
        fields.append(("organization", _tex(ref.container)))
    if ref.author:
        fields.append(("author", _tex(ref.author)))
    if ref.published and ref.published.earliest:
        fields.append(("date", _edtf_for_biblatex(ref.published)))
    fields.append(("url", _main_url(ref)))
    if ref.accessed:
        fields.append(("urldate", ref.accessed.isoformat()))
    note = f"para. {ref.paragraph}. " if ref.paragraph is not None else ""
    note += f"Permalink: \\url{{{ref.permalink}}}"
    if ref.source:
        note += f". Source: {_tex(ref.source)}"
    if ref.paragraph is None and ref.original:
        note += f". Original: \\url{{{ref.original}}}"
    fields.append(("note", note))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@online{{{ref.key},\n{body}\n}}"


def csl_json(ref: Reference) -> dict:
    item: dict = {
        "id": ref.key,
        "type": "article-newspaper" if ref.paragraph is not None else "webpage",
        "title": ref.title,
    }
    if ref.container:
        item["container-title"] = ref.container
        item["publisher"] = ref.container
    if ref.author:
        item["author"] = [{"literal": ref.author}]
    if ref.published and ref.published.earliest:
        item["issued"] = _csl_date(ref.published)
    if ref.accessed:
        item["accessed"] = {
            "date-parts": [[ref.accessed.year, ref.accessed.month, ref.accessed.day]]
        }
    item["URL"] = _main_url(ref)
    note = f"para. {ref.paragraph}. " if ref.paragraph is not None else ""
    note += f"Permalink: {ref.permalink}" + (
        f". Source: {ref.source}" if ref.source else ""
    )
    if ref.paragraph is None and ref.original:
        note += f". Original: {ref.original}"
    item["note"] = note
    return item


def _main_url(ref: Reference) -> str:
    """A paragraph's citation points at the article; an event's at our event page."""
    return ref.original if ref.paragraph is not None and ref.original else ref.permalink


def formats(ref: Reference) -> list[tuple[str, str, str]]:
    """(key, label, text) for every format, in the order the cite control shows them."""
    return [
        ("text", "Plain text", plain_text(ref)),
        ("markdown", "Markdown", markdown(ref)),
        ("bibtex", "BibTeX", bibtex(ref)),
        ("csl", "CSL-JSON", json.dumps([csl_json(ref)], ensure_ascii=False, indent=2)),
    ]


def _csl_date(p: Published) -> dict:
    parts = {"year": 1, "month": 2, "day": 3}
    if p.earliest == p.latest:
        return {"date-parts": [[p.earliest.year, p.earliest.month, p.earliest.day]]}
    if "/" not in p.edtf and len(p.edtf) in (4, 7):
        n = parts["year" if len(p.edtf) == 4 else "month"]
        return {"date-parts": [[p.earliest.year, p.earliest.month, p.earliest.day][:n]]}
    start = [p.earliest.year, p.earliest.month, p.earliest.day]
    end = [p.latest.year, p.latest.month, p.latest.day]
    return {"date-parts": [start, end], "circa": True}


def _edtf_for_biblatex(p: Published) -> str:
    if p.earliest == p.latest:
        return p.earliest.isoformat()
    if "/" not in p.edtf and len(p.edtf) in (4, 7):
        return p.edtf
    return f"{p.earliest.isoformat()}/{p.latest.isoformat()}"


_TEX_SPECIAL = re.compile(r"([\\{}%&#_$^~])")


def _tex(value: str) -> str:
    return _TEX_SPECIAL.sub(
        lambda m: {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}.get(
            m[1], "\\" + m[1]
        ),
        value,
    )


def _md(value: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", value)
