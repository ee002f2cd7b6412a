import json
from datetime import date

import pytest

from app.db.rows import Published
from app.web.cite import (
    Reference,
    bibtex,
    csl_json,
    markdown,
    original_link,
    plain_text,
    published_label,
    text_fragment,
)


@pytest.mark.parametrize(
    "passage,expected",
    [
        ("Police set up knife arches at West Croydon station on Tuesday.", "#:~:text=Police%20set%20up%20knife,Croydon%20station%20on%20Tuesday."),
        ("A short, one-line caption", "#:~:text=A%20short%2C%20one%2Dline%20caption"),
        ("Fines of £100 & more - from May 2018 onwards, said the council today", "#:~:text=Fines%20of%20%C2%A3100%20%26,said%20the%20council%20today"),
        ("", ""),
    ],
)
def test_text_fragment_encodes_the_first_and_last_words_per_the_spec(passage, expected):
    assert text_fragment(passage) == expected


def test_original_link_replaces_the_pages_own_fragment():
    assert original_link("https://news.example/a#comments", "Two words") == "https://news.example/a#:~:text=Two%20words"
    assert original_link(None, "Two words") is None


@pytest.mark.parametrize(
    "published,expected",
    [
        (Published("2019-03-14", date(2019, 3, 14), date(2019, 3, 14), "metadata"), "14 March 2019"),
        (Published("2019-03", date(2019, 3, 1), date(2019, 3, 31), "metadata"), "March 2019"),
        (Published("2017-06-20/2017-07-15", date(2017, 6, 20), date(2017, 7, 15), "inferred"), "c. mid-2017"),
        (Published("", None, None, "unknown"), "date unknown"),
    ],
)
def test_published_label(published, expected):
    assert published_label(published) == expected


REF = Reference(
    key="harehills-v1-p2",
    title="Dispersal order extended in Harehills",
    container="Leeds Ledger",
    author="Sam Reporter",
    published=Published("2017-06-20/2017-06-30", date(2017, 6, 20), date(2017, 6, 30), "inferred"),
    paragraph=2,
    permalink="https://timeline.example/sources/harehills/v/1#p2",
    original="https://ledger.example/news/harehills#:~:text=West%20Yorkshire",
    accessed=date(2024, 1, 15),
)


def test_every_format_names_the_paragraph_and_both_links():
    assert plain_text(REF) == (
        "Leeds Ledger, “Dispersal order extended in Harehills”, c. June 2017, para. 2. https://timeline.example/sources/harehills/v/1#p2 "
        "(original: https://ledger.example/news/harehills#:~:text=West%20Yorkshire)"
    )
    assert markdown(REF) == (
        "Leeds Ledger, [“Dispersal order extended in Harehills”](https://ledger.example/news/harehills#:~:text=West%20Yorkshire), "
        "c. June 2017, para. 2. Permalink: <https://timeline.example/sources/harehills/v/1#p2>"
    )
    assert bibtex(REF) == (
        "@online{harehills-v1-p2,\n"
        "  title = {Dispersal order extended in Harehills},\n"
        "  organization = {Leeds Ledger},\n"
        "  author = {Sam Reporter},\n"
        "  date = {2017-06-20/2017-06-30},\n"
        "  url = {https://ledger.example/news/harehills#:~:text=West%20Yorkshire},\n"
        "  urldate = {2024-01-15},\n"
        "  note = {para. 2. Permalink: \\url{https://timeline.example/sources/harehills/v/1#p2}}\n"
        "}"
    )
    assert csl_json(REF) == {
        "id": "harehills-v1-p2",
        "type": "article-newspaper",
        "title": "Dispersal order extended in Harehills",
        "container-title": "Leeds Ledger",
        "publisher": "Leeds Ledger",
        "author": [{"literal": "Sam Reporter"}],
        "issued": {"date-parts": [[2017, 6, 20], [2017, 6, 30]], "circa": True},
        "accessed": {"date-parts": [[2024, 1, 15]]},
        "URL": "https://ledger.example/news/harehills#:~:text=West%20Yorkshire",
        "note": "para. 2. Permalink: https://timeline.example/sources/harehills/v/1#p2",
    }


def test_csl_json_is_read_by_citeproc():
    from citeproc.source.json import CiteProcJSON

    source = CiteProcJSON(json.loads(json.dumps([csl_json(REF)])))
    assert [str(source[k]["title"]) for k in source] == ["Dispersal order extended in Harehills"]


def test_bibtex_escapes_special_characters():
    ref = Reference("k", "50% of #fines & {more}", None, None, None, None, "https://t.example/e", None, None)
    assert bibtex(ref).splitlines()[1] == r"  title = {50\% of \#fines \& \{more\}},"
