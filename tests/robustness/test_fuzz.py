"""Hypothesis fuzzing: whatever bytes or text arrive, the loaders load them or raise ArticleError,
and the temporal grammar returns date mentions inside the text; no other exception escapes."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ingest.decoding import ArticleError, decode_bytes
from app.ingest.loader import article_from_text, load_article
from app.ingest.records import PublicationDate

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])

# Pieces that steer random text towards the parsers' interesting corners.
FRAGMENTS = st.sampled_from(
    [
        "---\n", "---", "...\n", "title: ", "published: ", "2019-02-30", "&a ", "*a", "!!binary ", "!!python/name:os.system",
        "{", "[", "]", "}", ": ", "- ", "\n\n", "\n", "\r\n", "\u2028", "\ufeff", "\x00", "\x0b", "<p>", "</p>", "<script>",
        "<html>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "# ", "[link](", ")", "**", "_", "Picture: ",
        "(Image: Archant)", "Police said ", "on Monday, March 4", "last week", "in June 2017", "£100", "\u201c", "\u00a0",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=40).map("".join)


def _loads_or_refuses(call) -> None:
    try:
        article = call()
    except ArticleError as exc:
        assert exc.problem and "\n" not in str(exc)
        return
    assert article.paragraphs, "an article always has a paragraph"
    assert [p.number for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
    assert all(p.text.strip() for p in article.paragraphs)


@FUZZ
@given(raw=st.binary(max_size=4000), suffix=SUFFIXES)
def test_random_bytes_in_any_article_file_load_or_raise_article_error(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(raw)
        _loads_or_refuses(lambda: load_article(path, max_bytes=10_000))


@FUZZ
@given(text=HOSTILE_TEXT, fmt=st.sampled_from(["txt", "md", "html"]))
def test_random_text_in_any_format_loads_or_raises_article_error(text, fmt):
    _loads_or_refuses(lambda: article_from_text(text, fmt=fmt, path="fuzz", slug="fuzz", meta={}))


@FUZZ
@given(front=HOSTILE_TEXT, body=st.text(min_size=1, max_size=200))
def test_random_front_matter_loads_or_raises_article_error(front, body):
    _loads_or_refuses(lambda: article_from_text(f"---\n{front}\n---\n{body}", fmt="md", path="fuzz.md", slug="fuzz", meta={}))


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_decode_to_text_or_raise_article_error(raw):
    try:
        text = decode_bytes(raw, "fuzz.txt")
    except ArticleError:
        return
    assert isinstance(text, str) and text.strip()


TEMPORAL_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "on ", "Monday", "Tuesday, May 22", "last week", "next month", "at the weekend", "in June", "in 2014", "2017",
                "end of September", "between ", " and ", "February 1", " to ", "Sunday, February 3", "yesterday", "that morning",
                "31st", "February 30", "0", "99999", "-", "/", ", ", ". ", "since ", "until ", "every weekend", "last year",
                "the summer of ", "in the 1990s", "Jan", "Sept.", "12/13/2019", "2019-02-30", "\n", "'", "\u2019", "\u2013",
            ]
        ),
        st.text(max_size=12),
    ),
    max_size=30,
).map("".join)
# Publication dates as the loader lets them through (it refuses years before 1900 or after 2100).
DCTS = st.one_of(
    st.just(PublicationDate.unknown()),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(lambda d: PublicationDate(d.isoformat(), d, d, "metadata")),
    st.tuples(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 400)).map(
        lambda t: PublicationDate(f"{t[0]}/{t[0] + timedelta(days=t[1])}", t[0], t[0] + timedelta(days=t[1]), "inferred")
    ),
)


@FUZZ
@given(text=TEMPORAL_TEXT, dct=DCTS)
def test_random_text_through_the_temporal_grammar_gives_mentions_within_the_text(text, dct):
    from app.ingest.temporal import find_dates

    for mention in find_dates(text, dct, paragraph=1):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        value = mention.value
        if value.earliest is not None and value.latest is not None:
            assert value.earliest <= value.latest
