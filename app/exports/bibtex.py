"""The BibTeX export: one entry per cited paragraph; @article when the publisher is known, else @misc.

Classic BibTeX fields (journal, year, month as a macro, note) so that plain BibTeX styles work;
``url`` and ``urldate`` for biblatex and natbib styles that print them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.db.export_queries import ExportEvent
from app.exports.context import ExportContext
from app.exports.references import CitedReference, cited_references, published_parts

MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_TEX_SPECIAL = re.compile(r"([\\{}%&#_$^~])")
_TEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def tex(value: str) -> str:
    """Text with TeX's special characters escaped, so a field's braces always balance."""
    return _TEX_SPECIAL.sub(lambda m: _TEX_REPLACE.get(m[1], "\\" + m[1]), value)


def bib_url(value: str) -> str:
    """A URL for a verbatim url field: braces (which would end the field) percent-encoded."""
    return value.replace("{", "%7B").replace("}", "%7D")


def bib_entry(ref: CitedReference) -> str:
    p = ref.passage
    kind = "article" if p.publisher else "misc"
    fields: list[tuple[str, str]] = [
        ("title", "{" + tex(ref.title) + "}")
    ]  # double braces keep its capitals
    if p.publisher:
        fields.append(("journal", tex(p.publisher)))
    if p.author:
        fields.append(("author", "{" + tex(p.author) + "}"))
    if parts := published_parts(p):
        first, last = parts.parts[0], parts.parts[-1]
        fields.append(
            ("year", str(first[0]) if first[0] == last[0] else f"{first[0]}--{last[0]}")
        )
        if len(first) >= 2 and first[:2] == last[:2]:
            fields.append(("month", MONTHS[first[1] - 1]))
        if parts.circa:
            fields.append(
                (
                    "date",
                    f"{'-'.join(f'{x:02d}' for x in first)}/{'-'.join(f'{x:02d}' for x in last)}",
                )
            )
        else:
            fields.append(("date", "-".join(f"{x:02d}" for x in first)))
    fields.append(("url", bib_url(ref.url)))
    if p.accessed:
        fields.append(("urldate", p.accessed.isoformat()))
    fields.append(("note", tex(ref.note())))
    body = ",\n".join(
        f"  {name} = {value if name == 'month' else '{' + value + '}'}"
        for name, value in fields
    )
    return f"@{kind}{{{ref.key},\n{body}\n}}\n"


def render_bibtex(events: Sequence[ExportEvent], context: ExportContext) -> str:
    """A .bib file: a comment naming the view, then one entry per paragraph its events cite."""
    # BibTeX skips text outside entries, but an "@" there would start one
    lines = (
        context.title,
        context.view_url,
        f"generated {context.generated.isoformat(timespec='seconds')}",
    )
    header = "".join(f"% {line.replace('@', '(at)')}\n" for line in lines) + "\n"
    return header + "\n".join(bib_entry(r) for r in cited_references(events, context))
