"""Plain-text report of an article's dates, for `timeline dates FILE` (users and debugging)."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.records import Article, DateMention, PublicationDate


def describe_publication_date(dct: PublicationDate) -> list[str]:
    """The publication date with its method and each piece of evidence, one per line."""
    value = dct.edtf or "unknown"
    lines = [f"Publication date: {value} (method: {dct.method})"]
    lines.extend(f"  - {item}" for item in dct.evidence)
    return lines


def describe_mention(mention: DateMention) -> str:
    value = mention.value
    planned = " planned" if value.planned else ""
    return (
        f"  p{mention.paragraph:<3} {mention.text!r:32} {value.edtf or 'unknown':24} "
        f"{value.precision:8} {value.anchor:9}{planned}\n        {value.explanation}"
    )


def describe(
    article: Article, dct: PublicationDate, mentions: Sequence[DateMention]
) -> str:
    """Each expression found (paragraph, text, EDTF, precision, anchor, explanation) and the publication date."""
    title = article.title or article.slug
    lines = [f"{article.path}: {title}", *describe_publication_date(dct), ""]
    if mentions:
        lines.append(f"Date expressions ({len(mentions)}):")
        lines.extend(describe_mention(m) for m in mentions)
    else:
        lines.append("No date expressions found.")
    return "\n".join(lines)
