"""The cheap gates added for extract speed skip only work that could not have found anything."""

from __future__ import annotations

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.events.sentences import split_clauses
from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.text import key
from app.ingest.records import BODY, Paragraph
from app.ingest.temporal import grammar
from app.ingest.temporal.cues import cues_in


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("Wardens checked the car park but found nobody.", ["Wardens checked the car park", "but found nobody."]),
        ("Wardens checked the car park BUT found nobody.", ["Wardens checked the car park", "BUT found nobody."]),
        ("The team patrolled the estate whilst wardens spoke to tenants.", ["The team patrolled the estate", "whilst wardens spoke to tenants."]),
        ("Two teenagers were arrested in Ilford on Friday night.", ["Two teenagers were arrested in Ilford on Friday night."]),
        # a character the engine folds to "s" keeps the full scan
        ("Wardens checked the car park becauſe of complaints.", ["Wardens checked the car park", "becauſe of complaints."]),
    ],
)
def test_clauses_split_at_bare_connectives_only_where_one_is_written(sentence, clauses):
    assert [sentence[a:b] for a, b in split_clauses(sentence, (0, len(sentence)))] == clauses


@pytest.mark.parametrize(
    "text",
    [
        "Officers returned to the estate last week and again on Tuesday.",
        "The order, in force since half-term, runs until Christmas.",
        "A meeting at the town hall was held.",
        "",
    ],
)
def test_one_word_scan_finds_every_gate_word_and_literal_the_text_holds(text):
    lower = text.lower()
    assert cues_in(grammar._SCANNED, lower) == frozenset(w for w in grammar._SCANNED if w in lower)


def _ref_by_scan(finder, name):
    """AgencyFinder.ref as it was: an alias, else a pass over every body for the slug."""
    hit = finder.alias_of.get(key(name))
    if hit:
        return finder.refs[hit[0]]
    return next((r for r in finder.refs.values() if r.slug == name and r.unit is None), None)


def test_a_slug_or_name_finds_the_body_a_pass_over_them_all_finds():
    finder = Gazetteer.load().agencies
    names = [*{r.slug for r in finder.refs.values()}, *finder.refs, "Nowhere Police", ""]
    assert {n: finder.ref(n) for n in names} == {n: _ref_by_scan(finder, n) for n in names}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men in Leyton on Friday after a stabbing.",
        # "İ" lower-cases to two characters: clauses are then lower-cased one by one
        "İlford police arrested two men on Friday, and a third was charged on Saturday.",
    ],
)
def test_detection_reads_the_same_triggers_whether_or_not_the_paragraph_lower_cases_plainly(text):
    mentions = detect_mentions(Paragraph(1, text, BODY))
    assert [(m.type, text[m.start : m.end]) for m in mentions] == [
        (m.type, text[m.start : m.end]) for m in detect_mentions(Paragraph(1, text.replace("İ", "I"), BODY))
    ]
