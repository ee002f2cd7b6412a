"""Solving the text's evidence, then preferring among its candidate years by the latest past year.

News reports cite recent years ("236 reports in 2018, up from 151 the year before"), so when a
weekday date fits several years the first candidate soon after the latest past year the text gives
is taken (choice.py). A term in everyday words that an official name later took ("town centre
team": the Met's teams of 2021, but the words were in use long before) says less than that: when it
alone would pick a different candidate, the text's latest year wins and the evidence says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.temporal.choice import choose_by_floor
from app.ingest.temporal.constraints import Constraint
from app.ingest.temporal.solver import MAX_DCT_DAYS, solve
from app.ingest.temporal.spans import DaySet, width


def _choose(
    allowed: DaySet, evidence: list[str], floor: tuple[int, str] | None
) -> DaySet:
    if width(allowed.hull) <= MAX_DCT_DAYS:
        return allowed
    if (chosen := choose_by_floor(allowed, floor, MAX_DCT_DAYS)) is None:
        return allowed
    evidence.append(chosen[1])
    return chosen[0]


def _over_generic(
    constraints: Sequence[Constraint], floor: tuple[int, str] | None
) -> tuple[DaySet, list[str]] | None:
    """The latest year's choice made without the everyday-word terms, when they would have
    excluded it; the terms then narrow the chosen period only where they agree with it."""
    plain = [c for c in constraints if not c.generic]
    allowed, evidence = solve(plain)
    if width(allowed.hull) <= MAX_DCT_DAYS:
        return None
    chosen = choose_by_floor(allowed, floor, MAX_DCT_DAYS)
    if chosen is None:
        return None
    full, _ = solve(constraints)
    if full.intersect(chosen[0]):
        return None  # the terms agree with the choice: the usual order decides
    allowed = chosen[0]
    evidence.append(chosen[1])
    for constraint in (c for c in constraints if c.generic):
        narrowed = allowed.intersect(constraint.allowed)
        if narrowed:
            allowed = narrowed
            evidence.append(constraint.evidence)
        else:
            evidence.append(
                "ignored: a term in everyday words, in use before its official date, "
                f"does not outweigh the text's latest year: {constraint.evidence}"
            )
    return allowed, evidence


def solve_preferring_recent(
    constraints: Sequence[Constraint], floor: tuple[int, str] | None
) -> tuple[DaySet, list[str]]:
    """The days the constraints allow; among separate candidate years, the first soon after the
    latest past year (`floor`), which everyday-word terms do not overrule."""
    if floor is not None and any(c.generic for c in constraints):
        if (found := _over_generic(constraints, floor)) is not None:
            return found
    allowed, evidence = solve(constraints)
    return _choose(allowed, evidence, floor), evidence
