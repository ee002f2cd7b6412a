"""What an article's own text says about its publication days (the inference behind dct.py).

The text's evidence (constraints.py, named_events.py, the *_links.py modules) is intersected in
solver.py; separate candidate periods may then be chosen among by the text's latest past year
(choice.py); deferred evidence applies last.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.ingest.records import BODY, BOILERPLATE, Article
from app.ingest.temporal.anniversaries import anniversary_constraints
from app.ingest.temporal.annual_baselines import annual_baseline_constraints
from app.ingest.temporal.calendar_year_figures import calendar_year_figure_constraints
from app.ingest.temporal.case_steps import case_step_constraints
from app.ingest.temporal.choice import floor_of
from app.ingest.temporal.compared_periods import compared_period_constraints
from app.ingest.temporal.constraints import (
    LEAD_PARAGRAPHS,
    LINKED,
    SOFT,
    Constraint,
    Deferred,
    expression_constraints,
    window_constraint,
)
from app.ingest.temporal.dispersal_notice import dispersal_notice_constraints
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.links import day_after_links, lead_links, weekend_links
from app.ingest.temporal.month_recency import month_recency_constraints
from app.ingest.temporal.named_events import (
    event_weekday_constraints,
    text_constraints,
)
from app.ingest.temporal.order_links import (
    days_before_links,
    order_bound,
    report_day_links,
    weekday_pair_links,
)
from app.ingest.temporal.pspo_renewals import pspo_renewal_constraints
from app.ingest.temporal.restated import restated_constraints
from app.ingest.temporal.running_links import (
    first_part_links,
    length_links,
    running_across,
)
from app.ingest.temporal.set_ranges import running_range_links
from app.ingest.temporal.solver import apply_deferred
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.statute_years import statute_constraints
from app.ingest.temporal.week_links import coming_weekend_links, same_week_links
from app.ingest.temporal.year_preference import solve_preferring_recent
from app.ingest.temporal.years_ago import years_ago_constraints


@dataclass(frozen=True)
class TextEvidence:
    """What the article's own text says about its publication days."""

    allowed: DaySet
    evidence: tuple[str, ...]
    count: int  # how many pieces of evidence bore on it (0: the text says nothing)
    deferred: tuple[Deferred, ...]


def _lead(article: Article) -> list[tuple[str, tuple]]:
    """The first two body paragraphs with their expressions (the news and, usually, its day)."""
    body = [p for p in article.paragraphs if p.kind == BODY]
    return [(p.text, cached_expressions(p.text)) for p in body[:2]]


@lru_cache(maxsize=8192)
def text_evidence(article: Article) -> TextEvidence:
    """The publication days the article's own text allows, with the evidence for them.

    Constraints are intersected strongest first; when separate candidate periods remain, the
    text's latest past year may choose among them (choice.py); deferred evidence applies last.
    """
    window = year_window()
    constraints = [window_constraint(window)]
    deferred: list[Deferred] = []
    floors: list[tuple[int, str]] = []
    body = 0
    seen: list[tuple[str, tuple]] = []
    # a title's force ("North Yorkshire Police") is often named paragraphs away from the name
    context = "\n".join(p.text for p in article.paragraphs if p.kind != BOILERPLATE)
    for paragraph in article.paragraphs:
        if paragraph.kind == BOILERPLATE:
            continue  # footers carry copyright and scrape years, not the article's
        body += paragraph.kind == BODY
        expressions = list(cached_expressions(paragraph.text))
        if paragraph.kind == BODY:
            seen.append((paragraph.text, tuple(expressions)))
        found, later = expression_constraints(
            expressions, paragraph.text, window, lead=body <= LEAD_PARAGRAPHS
        )
        constraints.extend(found)
        constraints.extend(compared_period_constraints(paragraph.text, expressions))
        constraints.extend(annual_baseline_constraints(paragraph.text, expressions))
        constraints.extend(
            calendar_year_figure_constraints(paragraph.text, expressions)
        )
        constraints.extend(
            month_recency_constraints(expressions, window, paragraph.text)
        )
        if "Act " in paragraph.text:
            constraints.extend(statute_constraints(paragraph.text))
        deferred.extend(later)
        named, event_years = text_constraints(paragraph.text, expressions, context)
        constraints.extend(named)
        floors.extend(event_years)
        floors.extend(f for x in expressions if (f := floor_of(x, paragraph.text)))
    links = (
        lead_links(_lead(article), window)
        + weekend_links(seen, window)
        + day_after_links(seen, window)
        + weekday_pair_links(_lead(article), window)
        + report_day_links(_lead(article), window)
        + running_across(seen, window)
        + coming_weekend_links(seen, window)
        + running_range_links(seen, window)
    )
    for days, why in links:
        constraints.append(Constraint(days, LINKED, why))
    for days, why in first_part_links(seen, window):
        # a written link between the launch day and the article: above the news-recency guess
        constraints.append(Constraint(days, LINKED, why))
    for days, why in days_before_links(_lead(article), seen, window):
        constraints.append(Constraint(days, SOFT, why))
    constraints.extend(dispersal_notice_constraints(seen, window))
    for days, why in same_week_links(seen, window):
        constraints.append(Constraint(days, SOFT, why))
    for days, why in length_links(seen, window):
        # a stated length counted back from the closing day: above the 42-day notice guess
        constraints.append(Constraint(days, LINKED, why))
    constraints.extend(restated_constraints(seen))
    constraints.extend(case_step_constraints(seen))
    constraints.extend(pspo_renewal_constraints(seen))
    if "years" in context:
        # a feature's "Seven years of ..." is often its headline only
        told = [
            (p.text, tuple(cached_expressions(p.text)))
            for p in article.paragraphs
            if p.kind != BOILERPLATE
        ]
        constraints.extend(anniversary_constraints(told))
        constraints.extend(years_ago_constraints(told))
    constraints.extend(event_weekday_constraints(seen))
    floor = max(floors, key=lambda f: f[0]) if floors else None
    allowed, evidence = solve_preferring_recent(merge_groups(constraints), floor)
    allowed = apply_deferred(allowed, deferred, evidence)
    if (ordered := order_bound(_lead(article), seen[2:], allowed)) is not None:
        allowed = ordered[0]
        evidence.append(ordered[1])
    count = len(constraints) - 1 + len(deferred)
    return TextEvidence(allowed, tuple(evidence), count, tuple(deferred))


def merge_groups(constraints: list[Constraint]) -> list[Constraint]:
    """Guesses of one group joined into one: "written within 42 days before" a meeting on 2
    February and a hearing on 4 March holds for the one or the other, not for both (notice is
    given of the soonest plan; a later one may be months ahead)."""
    groups: dict[str, list[Constraint]] = {}
    for constraint in constraints:
        if constraint.group:
            groups.setdefault(constraint.group, []).append(constraint)
    if all(len(members) < 2 for members in groups.values()):
        return constraints
    out = [c for c in constraints if not c.group or len(groups[c.group]) < 2]
    for members in groups.values():
        if len(members) < 2:
            continue
        days = DaySet(s for c in members for s in c.allowed.spans)
        why = " or ".join(c.evidence for c in members)
        out.append(Constraint(days, min(c.strength for c in members), why))
    return out
