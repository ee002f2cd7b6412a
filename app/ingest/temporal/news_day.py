"""The day of the article's news, for "The case comes a week after ...".

"He was arrested on 2 May ... The case comes a week after the commissioner announced extra
patrols": the subject is the news the article opened with (the court hearing on Tuesday, June 13),
not the last day told, so the week is counted back from the news day.
"""

from __future__ import annotations

import re

from app.ingest.records import DateValue
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.tense import sentence_bounds

NEWS_DAY = "told:news-day"
# the first paragraphs, where the news is told
NEWS_PARAGRAPHS = 4
# "The case comes", "This came", "The sentencing comes", "It comes" opening the sentence
_NEWS_SUBJECT = re.compile(
    # (not "the arrest came ...": an act's noun may name the last act told, not the news)
    r"(?i)^\s*(?:(?:the|this)\s+(?:\w+\s+)?(?:case|sentencing|sentence|conviction|hearing|verdict|ruling|move|decision|"
    r"news|announcement|appeal)|this|it)\s+"
    r"(?:comes|came|has\s+come)\s+$"
)


def remember_news_day(
    value: DateValue, paragraph: int, memory: dict[str, DateValue]
) -> None:
    """The first past day told in the first paragraphs is the news day."""
    if (
        NEWS_DAY not in memory
        and 0 < paragraph <= NEWS_PARAGRAPHS
        and not value.planned
        and value.precision == "day"
        and value.earliest is not None
        and value.earliest == value.latest
    ):
        memory[NEWS_DAY] = value


def news_base(
    expression: Expression, text: str, memory: dict[str, DateValue]
) -> DateValue | None:
    """The news day, when a counted time opens on the news as its subject (None otherwise)."""
    if (
        expression.kind != "anaphor"
        or expression.qualifier != "count"
        or not expression.offset
    ):
        return None
    left, _ = sentence_bounds(text, expression.start, expression.end)
    if not _NEWS_SUBJECT.match(text[left : expression.start]):
        return None
    return memory.get(NEWS_DAY)
