"""Citations, titles and ids: the source's own words, findable again."""

import pytest

from app.ingest.events.citations import cite, event_id, quote_span
from app.ingest.events.detect import detect_mentions
from app.ingest.events.titles import make_title
from app.ingest.paragraphs import text_hash
from app.ingest.records import Citation, Paragraph


def test_a_citation_keeps_offsets_context_and_the_paragraph_hash():
    text = "Residents were angry. Police arrested two men on Saturday night in the High Street. Nobody was hurt."
    paragraph = Paragraph(4, text, text_hash=text_hash(text))
    start = text.index("Police")
    end = text.index(" Nobody") - 1
    assert cite(paragraph, start, end) == Citation(
        paragraph=4,
        quote="Police arrested two men on Saturday night in the High Street",
        start=22,
        end=82,
        prefix="Residents were angry. ",
        suffix=". Nobody was hurt.",
        paragraph_hash=text_hash(text),
    )


def test_a_quote_drops_the_speakers_quote_marks_and_stays_inside_the_sentence():
    text = "\u201cLast week we confiscated two vans with mattresses in the back.\u201d"
    start, end = quote_span(
        text,
        (0, len(text)),
        (text.index("confiscated"), text.index("confiscated") + 11),
    )
    assert (
        text[start:end]
        == "Last week we confiscated two vans with mattresses in the back."
    )


def test_a_long_sentence_is_cut_to_about_thirty_words_around_the_trigger():
    words = [f"w{i}" for i in range(60)]
    words[45] = "arrested"
    text = " ".join(words) + "."
    trigger = (text.index("arrested"), text.index("arrested") + 8)
    start, end = quote_span(text, (0, len(text)), trigger)
    quoted = text[start:end].split()
    assert len(quoted) == 30 and "arrested" in quoted


def title_of(text: str) -> str:
    """The title of the sentence's last act (the main clause in these examples)."""
    mention = [m for m in detect_mentions(Paragraph(1, text)) if m.form == "act"][-1]
    return make_title(
        text, mention.clause, (mention.start, mention.end), noun=mention.form == "noun"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "He also revealed officers had been seconded from the Romanian police force to help the operation.",
            "Officers had been seconded from the Romanian police force to help the operation",
        ),
        (
            "Police said on Sunday that a man had been arrested in Market Place.",
            "A man had been arrested in Market Place",
        ),
        (
            "In January, Redbridge Council launched a public consultation on introducing on the spot fines.",
            "Redbridge Council launched a public consultation on introducing on the spot fines",
        ),
        (
            "After a spike in complaints and a fiery public meeting with angry residents, officers are launching the new campaign.",
            "Officers are launching the new campaign",
        ),
        (
            "\u201cWith intelligence, last week we banned several from the area for 48 hours,\u201d he explained.",
            "Last week we banned several from the area for 48 hours",
        ),
        (
            "The policy of fining punters who engage in sexual activity with prostitutes has been slammed by a campaign group.",
            "The policy of fining punters who engage in sexual activity with prostitutes has been slammed by a campaign group",
        ),
    ],
)
def test_titles_are_the_sources_words_trimmed_to_the_act(text, expected):
    assert title_of(text) == expected


def test_event_ids_are_stable_and_depend_on_article_type_paragraph_and_trigger():
    first = event_id("slug", "operation", "abc", "12:launched a crackdown")
    assert first == event_id("slug", "operation", "abc", "12:launched  a crackdown")
    assert first.startswith("ev-") and len(first) == 19
    assert (
        len(
            {
                first,
                event_id("other", "operation", "abc", "12:launched a crackdown"),
                event_id("slug", "meeting", "abc", "12:launched a crackdown"),
            }
        )
        == 3
    )
