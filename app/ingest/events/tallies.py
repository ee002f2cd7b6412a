"""A tally of many and one person's case: two occurrences, not one telling.

"Essex Police arrested 19 people in the first two weeks of its campaign" (the lead's tally) and,
later, "A 34-year-old woman was stopped on the A12 on Sunday and charged": the woman's case is one
act of its own, told with its own day, not the lead's tally told in full.
"""

from __future__ import annotations

import re

from app.ingest.events.candidates import Candidate, Group

_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_COUNTS = {word: n for n, word in enumerate(_WORDS, start=2)}
_NUMBER = rf"(?:(?:more than |over )?\d[\d,]*|{'|'.join(_WORDS)}|thirty|forty|fifty|dozens of|hundreds of)"
# "arrested 19 people", "Eleven people were arrested", "made 23 arrests", "21 drivers were stopped"
_TALLY = re.compile(
    rf"\b({_NUMBER})[\s-]+(?:[\w-]+\s+)?(?:people|men|women|drivers|motorists|youths|teenagers|suspects|"
    r"arrests|individuals|riders|boys|girls|children)\b",
    re.IGNORECASE,
)
# "A 34-year-old woman was stopped", "a man from Harold Hill", "She was charged"
_ONE_PERSON = re.compile(
    r"(?:^[\"“‘']?(?:he|she)\b|\b(?:a|an|one)\s+(?:\d+-year-old\s+)?(?:[\w-]+\s+)?"
    r"(?:man|woman|boy|girl|teenager|driver|motorist|youth|cyclist|rider|pensioner)\b)",
    re.IGNORECASE,
)


def one_of_tally(cand: Candidate, group: Group) -> bool:
    """The candidate tells one person's act, or a smaller count on a day of its own; the group's
    lead told a count of many."""
    m = cand.mention
    text = m.paragraph.text
    if part_of_tally(cand, group):
        return True
    if not _ONE_PERSON.search(text, m.sentence[0], m.start) or _TALLY.search(
        text, m.sentence[0], m.start
    ):
        return False
    # "A 19-year-old man was arrested ..., and a 32-year-old woman was arrested": the lead's
    # "Two people were arrested" told in full, person by person
    told = len(_ONE_PERSON.findall(text, *m.sentence))
    # (the count must be of the lead's act: "200 people packed into a mosque after a teenager was
    # stabbed" counts the meeting's crowd, not the stabbing's victims)
    return any(
        g.lead
        and g.mention.number != m.number
        and (tally := _TALLY.search(g.mention.paragraph.text, *g.mention.clause))
        and _count(tally.group(1)) > told
        for g in group.members
    )


def part_of_tally(cand: Candidate, group: Group) -> bool:
    """ "More than 200 drivers were arrested during the month-long campaign" and, later, "officers
    stopped 14 drivers in one night on Friday, December 21": a smaller count told with a day of its
    own is a part of the tally, an occurrence of its own."""
    m = cand.mention
    if not cand.dated or cand.date.earliest != cand.date.latest:
        return False  # one day of the lead's period ("In Birmingham alone, 112" is a place's share)
    mine = _TALLY.search(m.paragraph.text, *m.sentence)
    if mine is None:
        return False
    return any(
        g.lead
        and g.mention.number != m.number
        and (tally := _TALLY.search(g.mention.paragraph.text, *g.mention.sentence))
        and _count(tally.group(1)) > _count(mine.group(1))
        for g in group.members
    )


def has_tally(cand: Candidate) -> bool:
    """The candidate's clause counts many ("arrested 19 people", "stopped 14 men")."""
    m = cand.mention
    return _TALLY.search(m.paragraph.text, *m.clause) is not None


def _count(number: str) -> int:
    """How many a tally counts (a large number when it is told in words we do not read)."""
    digits = number.replace(",", "").split()[-1]
    if digits.isdigit():
        return int(digits)
    return _COUNTS.get(number.lower(), 1000)
