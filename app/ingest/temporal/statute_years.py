"""A statute cited by its short title: "made under section 35 of the Anti-social Behaviour, Crime and
Policing Act 2014". The year in an Act's title is the year of its royal assent (before that it is a
Bill), so an article citing it is from that year or later: a hard bound, like availability.toml's.
"""

from __future__ import annotations

import re
from datetime import date

from app.ingest.temporal.constraints import HARD, Constraint
from app.ingest.temporal.evidence import FAR_FUTURE
from app.ingest.temporal.spans import DaySet

# a capitalised title ending in "Act" and its year ("Police Reform and Social Responsibility Act 2011")
_ACT = re.compile(
    r"\b[A-Z][\w’'-]*(?:,?\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w’'-]*)*\s+Act\s+(?P<y>(?:19|20)\d\d)\b"
)


def statute_constraints(text: str) -> list[Constraint]:
    """From the year of the latest Act the paragraph cites by its title."""
    years = [(int(m.group("y")), m.group()) for m in _ACT.finditer(text)]
    if not years:
        return []
    year, title = max(years)
    why = f"'{title}' is cited: the Act received royal assent in {year}, so the article is from {year} or later"
    return [Constraint(DaySet([(date(year, 1, 1), FAR_FUTURE)]), HARD, why)]
