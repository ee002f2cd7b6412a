"""find_dates: every temporal expression of a paragraph, resolved against the publication date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.records import Article, DateMention, DateValue, PublicationDate
from app.ingest.temporal.action_spans import remember_action
from app.ingest.temporal.annual_events import named_event, named_shorts
from app.ingest.temporal.bare_bank_holidays import told_bank_holiday
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.grammar import find_expressions
from app.ingest.temporal.likeliest import LIKELIEST
from app.ingest.temporal.month_ranges import joined_month_runs
from app.ingest.temporal.news_day import news_base, remember_news_day
from app.ingest.temporal.occasion_lead_ups import named_lead_up
from app.ingest.temporal.range_order import end_after_start
from app.ingest.temporal.references import OCCASIONS
from app.ingest.temporal.resolve import (
    Unresolved,
    anaphor_value,
    is_external,
    point_span,
    precision_of,
    range_span,
    relative_value,
)
from app.ingest.temporal.same_day import LAST_TOLD, back_reference_day, remember_acts
from app.ingest.temporal.series_days import with_series_days
from app.ingest.temporal.since_starts import remember_start
from app.ingest.temporal.spans import format_edtf
from app.ingest.temporal.tally_words import tells_tally
from app.ingest.temporal.tense import sentence_bounds
from app.ingest.temporal.thirds import PRECISION as THIRD_PRECISION
from app.ingest.temporal.thirds import third_of
from app.ingest.temporal.told_refs import told_mention, told_reference
from app.ingest.temporal.told_spans import remember_span
from app.ingest.temporal.told_years import in_told_year, written_year
from app.ingest.temporal.week_frames import framed_weekday
from app.ingest.temporal.when_years import in_when_year


def resolve_expression(
    expression: Expression,
    dct: PublicationDate,
    *,
    context: DateValue | None = None,
    period_start: DateValue | None = None,
    window: tuple[int, int] | None = None,
    text: str | None = None,
) -> DateValue:
    """The DateValue of one expression: interval, precision, anchor, planned and a one-line
    explanation (``text``, the paragraph, tells a tally "since 2019" from a state)."""
    window = window or year_window()
    precision = precision_of(expression)
    try:
        if expression.kind == "calendar":
            span, anchor, why = point_span(
                expression.point, expression.tense, dct, window
            )
        elif expression.kind == "range":
            span, anchor, why = range_span(expression, dct, window)
        elif expression.kind == "anaphor":
            span, anchor, why = anaphor_value(expression, context)
        else:
            span, anchor, why = relative_value(expression, dct)
    except Unresolved as problem:
        return DateValue.unknown(f"{expression.text} -> unknown: {problem}")
    except (ValueError, OverflowError):
        # a publication date at the edge of the calendar (year 1, year 9999) has no neighbours
        return DateValue.unknown(f"{expression.text} -> unknown: outside the calendar")
    if span is None:
        return DateValue.unknown(
            f"{expression.text} -> unknown: no such day near the publication date"
        )
    start, end = span
    if (third := third_of(expression, span)) is not None:
        (start, end), precision = third, THIRD_PRECISION[expression.point.grain]
        why = f"the {expression.point.modifier} part of it; {why}"
    if expression.role == "comparison":
        # "compared with 2017": the figures reported are later; 2017 is the time of no event
        return DateValue.unknown(
            f"{expression.text} -> not an event date: {format_edtf(start, end, precision)} is the "
            "baseline of a comparison"
        )
    if expression.role == "year_to":
        # "in the year to June": the twelve months that end with that June
        months = start.year * 12 + start.month - 1 - 11
        start = start.replace(year=months // 12, month=months % 12 + 1, day=1)
        precision = "year"
        why = f"the twelve months to {end.isoformat()}; {why}"
    elif expression.role == "until":
        if period_start is not None and period_start.earliest <= end:
            start, anchor = period_start.earliest, period_start.anchor
            why = f"from {period_start.edtf} (given before in the sentence) until {end.isoformat()}; {why}"
        elif expression.tense == "future" and dct.known and dct.earliest <= end:
            # "will continue every weekend until the end of the year": from publication, not
            # from the start of the year
            start = dct.earliest
            why = f"still going on at publication, so from the publication date until {end.isoformat()}; {why}"
        else:
            why = f"the end of a period; {why}"
    elif (
        expression.role == "by"
        and expression.tense == "future"
        and dct.known
        and dct.earliest <= end
    ):
        # "to be on the streets by April": a deadline ahead, met any day from publication to then
        start = dct.earliest
        why = f"a deadline, so from the publication date until {end.isoformat()}; {why}"
    elif expression.role == "since":
        if (
            dct.known
            and end < dct.latest
            and expression.point is not None
            and expression.point.grain in ("year", "finyear")
            # "has been covered by a PSPO since 2017" is a state dated from its start
            and (text is None or tells_tally(text, expression.start, expression.end))
        ):
            # "since 2019": the period runs from then to publication, not 2019 alone
            end = dct.latest
            why = f"from then until publication ({end.isoformat()}); {why}"
        else:
            why = f"the start of a period that goes on; {why}"
    uncertain = is_external(dct) and anchor in ("relative", "weekday", "dct")
    edtf = format_edtf(start, end, precision, uncertain=uncertain)
    return DateValue(
        edtf,
        start,
        end,
        precision,
        anchor,
        f"{expression.text} -> {edtf}: {why}",
        _planned(expression, start, end, dct, likeliest=LIKELIEST in why),
    )


def _planned(
    expression: Expression, start, end, dct: PublicationDate, *, likeliest: bool = False
) -> bool:
    """Future tense and not over at publication; a period already running ('runs until') is not planned.

    A year-less name given one reading of an uncertain publication date ("in the autumn") is
    planned when it is still ahead of the earliest day the article may be from."""
    if expression.tense != "future":
        return False
    if expression.role == "until":
        return bool(dct.known and start > dct.latest)
    return not dct.known or end > dct.latest or (likeliest and end >= dct.earliest)


def _in_quotes(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _speech_day(
    expression: Expression, text: str, dct: PublicationDate, context: DateValue | None
) -> bool:
    """'this morning' inside a quote is the speaker's day, the day the story is about, when the DCT is vaguer."""
    if (
        expression.kind != "relative"
        or expression.unit != "day"
        or context is None
        or not _is_day(context)
    ):
        return False
    if dct.known and dct.earliest == dct.latest:
        return False
    if dct.known and not (
        dct.earliest - timedelta(days=14) <= context.earliest <= dct.latest
    ):
        return False
    return _in_quotes(text, expression.start)


def _is_day(value: DateValue) -> bool:
    return (
        value.precision == "day"
        and value.earliest is not None
        and value.earliest == value.latest
    )


def find_dates(
    text: str,
    dct: PublicationDate,
    *,
    paragraph: int = 0,
    context: DateValue | None = None,
    window: tuple[int, int] | None = None,
    occasions: dict[str, DateValue] | None = None,
    years: list[int] | None = None,
    shorts: dict[str, str] | None = None,
) -> list[DateMention]:
    """Every temporal expression in a paragraph, resolved against the publication-date interval.

    ``context`` is the last day mentioned before this paragraph, for "that morning" and the like;
    ``occasions`` the days given so far for named occasions, for "on the day of the match", and
    the runs of days told so far, for "both days" (updated); ``years`` the years written so far,
    for "That October" (updated); ``shorts`` what short names of annual events ("the carnival")
    stand for in the article (annual_events.named_shorts).
    """
    mentions: list[DateMention] = []
    occasions = {} if occasions is None else occasions
    years = [] if years is None else years
    # the grammar's reading of a paragraph depends on its text alone: the publication-date
    # inference has often read the same paragraph already, and news repeats paragraphs
    for expression in with_series_days(text, cached_expressions(text)):
        expression = in_told_year(expression, text, years[-1] if years else None)
        expression = in_when_year(expression, text, mentions)
        if (year := written_year(expression)) is not None:
            years.append(year)
        named = _occasion(expression, occasions)
        if named is None and (expression.qualifier or "").startswith("of:"):
            continue  # "on the day of the match" with no day given for the match: not dated by it
        if told_reference(expression) is not None:
            told = told_mention(expression, text, mentions, occasions, paragraph)
            mentions.extend(told)
            continue  # dated by what was told before, or by nothing
        if (expression := named_lead_up(expression, shorts)) is None:
            continue  # "before carnival" in an article that names no known carnival
        if (expression := named_event(expression, shorts)) is None:
            continue  # "at the carnival" in an article that names no known carnival
        if _speech_day(expression, text, dct, context):
            expression = replace(expression, kind="anaphor", qualifier="quoted")
        period_start = None
        if expression.role == "until":
            left, _ = sentence_bounds(text, expression.start, expression.end)
            for earlier in reversed(mentions):
                if (
                    earlier.start >= left
                    and earlier.value.precision == "day"
                    and earlier.value.earliest
                ):
                    period_start = earlier.value
                    break
        value = (
            framed_weekday(expression, text, mentions, period_start)
            or told_bank_holiday(expression, mentions)
            or resolve_expression(
                expression,
                dct,
                context=named
                or _month_base(expression, mentions, years, occasions)
                or news_base(expression, text, occasions)
                or back_reference_day(expression, text, context, occasions)
                or context,
                period_start=period_start,
                window=window,
                text=text,
            )
        )
        value = end_after_start(
            expression, value, period_start, resolve_expression, window
        )
        if named is not None:
            why = f"{expression.text} -> {value.edtf}: the day given for the {expression.qualifier[3:]} ({named.edtf})"
            value = replace(value, explanation=why)
        found = DateMention(
            expression.text, expression.start, expression.end, value, paragraph
        )
        remember_span(text, found, mentions, occasions)
        remember_action(text, found, occasions)
        remember_start(text, found, occasions)
        mentions.append(found)
        if value.earliest is not None and expression.role != "comparison":
            occasions[LAST_TOLD] = value
        remember_acts(text, expression, value, occasions)
        remember_news_day(value, paragraph, occasions)
        if _is_day(value):
            context = value
            _remember_occasions(text, expression, value, occasions)
    return joined_month_runs(mentions, text)


def _month_base(
    expression: Expression,
    mentions: list[DateMention],
    years: list[int],
    occasions: dict[str, DateValue],
) -> DateValue | None:
    """ "the following March" counts from the last date written, of any precision: one earlier in
    the paragraph, else the last year written in the article; "that same year", "the following
    year" from the last date told in the article (None for other expressions)."""
    if expression.kind != "anaphor" or expression.unit not in ("named_month", "year"):
        return None
    if expression.unit == "year":
        last = occasions.get(LAST_TOLD)
        # a date told across two years has no one year to count from: the last day does
        return (
            last
            if last is not None and last.earliest.year == last.latest.year
            else None
        )
    for earlier in reversed(mentions):
        if earlier.value.earliest is not None:
            return earlier.value
    if not years:
        return None
    year = years[-1]
    return DateValue(
        str(year), date(year, 1, 1), date(year, 12, 31), "year", "explicit", ""
    )


def _occasion(
    expression: Expression, occasions: dict[str, DateValue]
) -> DateValue | None:
    """The day given earlier for the occasion "on the day of the match" names, if any."""
    qualifier = expression.qualifier or ""
    if expression.kind != "anaphor" or not qualifier.startswith("of:"):
        return None
    return occasions.get(qualifier[3:])


# every occasion noun in one scan (a day is written in most paragraphs): a match is a whole word,
# so no noun hides another
_OCCASION_NOUN = re.compile(r"\b(?:" + "|".join(map(re.escape, OCCASIONS)) + r")\b")


def _remember_occasions(
    text: str, expression: Expression, value: DateValue, occasions: dict[str, DateValue]
) -> None:
    """A day written in a sentence that names an occasion ("the match ... on Sunday, January 16")."""
    left, right = sentence_bounds(text, expression.start, expression.end)
    named = set(_OCCASION_NOUN.findall(text[left:right].lower()))
    for noun, key in OCCASIONS.items():
        if noun in named:
            occasions[key] = value


def find_article_dates(
    article: Article, dct: PublicationDate, *, window: tuple[int, int] | None = None
) -> list[DateMention]:
    """find_dates over every paragraph, carrying the last day mentioned from one paragraph to the next."""
    mentions: list[DateMention] = []
    context: DateValue | None = None
    occasions: dict[str, DateValue] = {}
    years: list[int] = []
    shorts = named_shorts([p.text for p in article.paragraphs])
    for paragraph in article.paragraphs:
        found = find_dates(
            paragraph.text,
            dct,
            paragraph=paragraph.number,
            context=context,
            window=window,
            occasions=occasions,
            years=years,
            shorts=shorts,
        )
        mentions.extend(found)
        days = [m.value for m in found if _is_day(m.value)]
        if days:
            context = days[-1]
    return mentions


@lru_cache(maxsize=4096)
def cached_expressions(text: str) -> tuple[Expression, ...]:
    """The grammar's expressions for a text, remembered (DCT inference reads every paragraph again)."""
    return tuple(find_expressions(text))
