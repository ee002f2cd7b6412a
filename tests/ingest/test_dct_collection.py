"""The collection step: only strongly dated other articles, the same publisher first, one candidate or none."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article

LUTON = """Police closed the underpass in Luton on Saturday, March 4, after a spate of robberies.

A dispersal order was used in the town centre the same night."""

# Saturday, March 4 fits 2006, 2017 and 2023 once dispersal orders exist: the text alone cannot choose.
CANDIDATES = "2006-03-04/2006-03-12, 2017-03-04/2017-03-12, 2023-03-04/2023-03-12"


def _dateline(day: str, path: str, publisher: str | None = None):
    return article(
        f"PUBLISHED: 09:30 {day}\n\nA new CCTV camera went up.",
        path=path,
        publisher=publisher,
    )


def _luton(publisher: str | None = None):
    return article(LUTON, path="luton.txt", publisher=publisher)


def test_the_collection_chooses_the_one_candidate_its_strongly_dated_articles_overlap():
    collection = [
        _dateline("2 November 2016", "a.txt"),
        article(
            LUTON.replace("Luton", "Dunstable"),
            path="b.txt",
            url="https://example.co.uk/2018/02/14/cctv/",
        ),
    ]
    dct = infer_publication_date(_luton(), collection=collection)
    assert (dct.edtf, dct.evidence[-1]) == (
        "2017-03-04?/2017-03-12?",
        f"collection: the text alone allows {CANDIDATES}; the 2 other articles of the collection dated by "
        "their own strong evidence date from 2016-11-02 to 2018-02-14, within which lies only 2017-03-04/2017-03-12",
    )


def test_the_result_does_not_depend_on_the_order_of_the_collection():
    collection = [
        _dateline("2 November 2016", "a.txt"),
        _dateline("14 February 2018", "b.txt"),
        article("In 2010 the council has spent £2m on CCTV.", path="c.txt"),
    ]
    forward = infer_publication_date(_luton(), collection=collection)
    backward = infer_publication_date(_luton(), collection=list(reversed(collection)))
    assert (forward.edtf, forward.evidence) == (backward.edtf, backward.evidence)


def test_articles_dated_only_to_a_whole_year_are_not_strong_enough_to_choose():
    collection = [article("In 2017 the council has spent £2m on CCTV.", path="c.txt")]
    assert infer_publication_date(_luton(), collection=collection).known is False


def test_a_collection_whose_span_holds_two_candidates_leaves_the_date_unknown():
    collection = [_dateline("5 May 2005", "a.txt"), _dateline("1 May 2024", "b.txt")]
    assert infer_publication_date(_luton(), collection=collection).known is False


def test_articles_of_the_same_publisher_are_preferred_to_the_rest():
    collection = [
        _dateline("2 November 2016", "a.txt", "Luton News"),
        _dateline("1 September 2017", "b.txt", "Luton News"),
        _dateline("1 May 2023", "c.txt", "Herts Gazette"),
    ]
    dct = infer_publication_date(_luton("Luton News"), collection=collection)
    assert (dct.edtf, dct.evidence[-1]) == (
        "2017-03-04?/2017-03-12?",
        f"collection: the text alone allows {CANDIDATES}; the 2 other articles of the same publisher (Luton News) "
        "dated by their own strong evidence date from 2016-11-02 to 2017-09-01, within which lies only 2017-03-04/2017-03-12",
    )


def test_without_the_publisher_the_same_collection_is_ambiguous():
    collection = [
        _dateline("2 November 2016", "a.txt", "Luton News"),
        _dateline("1 September 2017", "b.txt", "Luton News"),
        _dateline("1 May 2023", "c.txt", "Herts Gazette"),
    ]
    assert infer_publication_date(_luton(), collection=collection).known is False


def test_an_article_dated_through_the_collection_is_never_evidence_for_another():
    dunstable = article(LUTON.replace("March 4", "March 11"), path="d.txt")
    collection = [
        _dateline("2 November 2016", "a.txt"),
        _dateline("1 December 2017", "b.txt"),
        dunstable,
    ]
    assert infer_publication_date(dunstable, collection=collection).known is True
    dct = infer_publication_date(_luton(), collection=collection)
    assert dct.evidence[-1].split("; ")[1] == (
        "the 2 other articles of the collection dated by their own strong evidence date from 2016-11-02 "
        "to 2017-12-01, within which lies only 2017-03-04/2017-03-12"
    )


def test_a_candidate_only_partly_within_the_span_is_not_chosen():
    collection = [
        _dateline("20 March 2017", "a.txt"),
        _dateline("1 December 2017", "b.txt"),
    ]
    assert infer_publication_date(_luton(), collection=collection).known is False


def test_the_collection_never_narrows_a_single_wide_period():
    collection = [_dateline("2 November 2016", "a.txt")]
    text = "The council's PSPO bans drinking in the park.\n\nOfficers can issue fines to anyone who ignores it."
    assert (
        infer_publication_date(article(text, path="p.txt"), collection=collection).known
        is False
    )


def test_an_article_is_not_its_own_collection():
    only = _luton()
    assert infer_publication_date(only, collection=[only]).known is False


def test_a_stated_date_is_never_replaced_by_the_collection():
    stated = article(LUTON, path="s.txt", published=date(2023, 3, 6))
    collection = [_dateline("2 November 2016", "a.txt")]
    assert infer_publication_date(stated, collection=collection).edtf == "2023-03-06"


@pytest.mark.parametrize(
    "first,last,expected",
    [
        # the candidates are March 2006, 2017 and 2023 (see CANDIDATES)
        ("20 August 2017", "1 May 2024", ""),  # 2017 is five months before the span
        ("1 June 2005", "1 October 2016", ""),  # 2017 is five months after it
        (
            "1 June 2018",
            "1 January 2025",
            "2023-03-04?/2023-03-12?",
        ),  # 2017 is over a year out
    ],
)
def test_a_candidate_within_a_year_outside_the_span_blocks_the_choice(
    first, last, expected
):
    collection = [_dateline(first, "a.txt"), _dateline(last, "b.txt")]
    assert infer_publication_date(_luton(), collection=collection).edtf == expected
