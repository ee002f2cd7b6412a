"""Detection remembered per paragraph: the same mentions as detecting afresh, in a list of one's own."""

from __future__ import annotations

import pytest

from app.ingest.events import remembered
from app.ingest.events.detect import detect_mentions
from app.ingest.records import BODY, CAPTION, Paragraph

PARAGRAPHS = [
    Paragraph(1, "Police arrested two men in Walsall on Friday and charged one of them."),
    Paragraph(4, "A dispersal order will be in place in Hanley town centre this weekend."),
    Paragraph(2, "Residents said the park had been quiet since the crackdown began."),
    Paragraph(3, "Officers seized a knife outside the station.", kind=CAPTION),
    Paragraph(7, "The weather was fine.", kind=BODY),
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_a_remembered_paragraph_gives_what_detection_finds_afresh(paragraph):
    remembered.clear()
    first = remembered.paragraph_triggers(paragraph)
    again = remembered.paragraph_triggers(paragraph)
    assert (first, again) == (detect_mentions(paragraph), detect_mentions(paragraph))


def test_each_caller_gets_a_list_of_its_own():
    paragraph = PARAGRAPHS[0]
    mine = remembered.paragraph_triggers(paragraph)
    mine.clear()
    assert remembered.paragraph_triggers(paragraph) == detect_mentions(paragraph)


def test_the_same_words_at_another_number_are_detected_for_that_paragraph():
    words = PARAGRAPHS[0].text
    found = remembered.paragraph_triggers(Paragraph(9, words))
    assert {m.paragraph.number for m in found} == {9}
