from datetime import date

import pytest

from app.db.rows import Published
from app.exports.bibtex import render_bibtex, tex
from tests.exports.bibparse import BibError, parse_bibtex
from tests.exports.rows import CONTEXT, ESTIMATE, UNKNOWN, event, passage


def test_bibtex_has_an_article_per_cited_paragraph_with_url_and_paragraph_note():
    events = [
        event(
            "ev-1",
            "Arrests & fines: 100% up",
            earliest=date(2019, 3, 12),
            latest=date(2019, 3, 12),
            passages=(
                passage(
                    number=2,
                    quote="fined #ilford_lane {now}",
                    title="Fines_up {50%}",
                    author="Jane Reporter",
                ),
            ),
        ),
        event(
            "ev-2",
            "Order",
            passages=(
                passage(
                    "leeds",
                    1,
                    "stay in force",
                    url="https://ledger.example/a",
                    publisher="Leeds Ledger",
                    title="Order extended",
                    published=ESTIMATE,
                ),
            ),
        ),
        event(
            "ev-3",
            "Seafront",
            passages=(
                passage(
                    "southend",
                    4,
                    "seafront",
                    url=None,
                    publisher=None,
                    title=None,
                    published=UNKNOWN,
                ),
            ),
        ),
    ]
    entries = parse_bibtex(render_bibtex(events, CONTEXT))
    assert entries == [
        {
            "type": "article",
            "key": "croydon-arches-p2",
            "fields": {
                "title": r"{Fines\_up \{50\%\}}",
                "journal": "Croydon Courier",
                "author": "{Jane Reporter}",
                "year": "2019",
                "month": "mar",
                "date": "2019-03-14",
                "url": "https://news.example/croydon/arches#:~:text=fined%20%23ilford_lane%20%7Bnow%7D",
                "urldate": "2024-01-15",
                "note": r"para. 2. Cited for: Arrests \& fines: 100\% up (https://timeline.example/events/ev-1). "
                r"Archived by Policing Timeline at https://timeline.example/sources/croydon-arches/v/1\#p2",
            },
        },
        {
            "type": "article",
            "key": "leeds-p1",
            "fields": {
                "title": "{Order extended}",
                "journal": "Leeds Ledger",
                "year": "2017",
                "month": "jun",
                "date": "2017-06",
                "url": "https://ledger.example/a#:~:text=stay%20in%20force",
                "urldate": "2024-01-15",
                "note": r"para. 1. Cited for: Order (https://timeline.example/events/ev-2). Archived by Policing Timeline at https://timeline.example/sources/leeds/v/1\#p1",
            },
        },
        {
            "type": "misc",
            "key": "southend-p4",
            "fields": {
                "title": "{southend}",
                "url": "https://timeline.example/sources/southend/v/1#p4",
                "urldate": "2024-01-15",
                "note": r"para. 4. Cited for: Seafront (https://timeline.example/events/ev-3). Archived by Policing Timeline at https://timeline.example/sources/southend/v/1\#p4",
            },
        },
    ]


def test_a_date_known_only_across_years_gives_a_year_range():
    across = Published(
        "2017-12-20/2018-01-10", date(2017, 12, 20), date(2018, 1, 10), "inferred"
    )
    (entry,) = parse_bibtex(
        render_bibtex([event(passages=(passage(published=across),))], CONTEXT)
    )
    assert (
        entry["fields"]["year"],
        entry["fields"]["date"],
        "month" in entry["fields"],
    ) == ("2017--2018", "2017/2018", False)


def test_the_header_comment_cannot_start_an_entry():
    context = CONTEXT.__class__(
        "Policing Timeline (q=@home)",
        "https://timeline.example/?q=%40home",
        CONTEXT.generated,
        CONTEXT.links,
    )
    assert parse_bibtex(render_bibtex([], context)) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("plain words", "plain words"),
        ("50% & more_#1", r"50\% \& more\_\#1"),
        ("{braces} $5 ~ ^", r"\{braces\} \$5 \~{} \^{}"),
        ("back\\slash", r"back\textbackslash{}slash"),
    ],
)
def test_tex_escapes_every_special_character(text, expected):
    assert tex(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "@misc{k,\n  title = {open {brace}\n",
        "@misc{k,\n  title {a}\n}",
        "@misc{k,\n  title = {a}\n",
    ],
)
def test_the_reader_rejects_unbalanced_entries(text):
    with pytest.raises(BibError):
        parse_bibtex(text)
