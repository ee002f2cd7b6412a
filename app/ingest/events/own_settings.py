"""An operation told as the setting of the sentence's act that is an occurrence of its own.

"During the last Sceptre week in November, officers arrested 19 people" tells the week (an
operation with its own date) and the arrests; so does "Last weekend officers made 11 arrests during
a pilot of the operation": a pilot or an earlier round is another run than the story's operation.
"During the crackdown, officers arrested 19 people" only sets the arrests in the story's operation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention

# the fronted phrase: to the comma after it ("During the last Sceptre week in November,"), or
# after the time set off by commas ("In the previous week of action, in November last year,")
_FRONTED = re.compile(r"(?:\s*,)?[^,;.]{0,80},")
# "during a pilot of the operation", "in a trial run of the scheme", "during an earlier crackdown"
_OTHER_RUN = re.compile(
    r"\b(?:pilots?|trials?|trial runs?|dry runs?|(?:an|the)\s+earlier|(?:a|the)\s+previous)\b",
    re.IGNORECASE,
)


def own_setting(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The context trigger names a dated run of its own: fronted with its date, or another run."""
    return _dated_fronted(mention, dates) or _other_run(mention, dates)


def _usable(found: DateMention) -> bool:
    return found.value.precision != "unknown" and found.value.earliest is not None


def _dated_fronted(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """The context trigger opens the sentence and date words follow it before the first comma."""
    text = mention.paragraph.text
    head = text[mention.sentence[0] : mention.start]
    if len(head.split()) > 1:
        return False  # at most an opening "And" or quote mark before "During"
    phrase = _FRONTED.match(text, mention.end)
    # "During the same operation between September and November last year officers made 57
    # arrests": with no comma, the round's dates follow its noun straight away
    reach = phrase.end() if phrase is not None else mention.end + 1
    return any(
        mention.end <= d.start
        and (d.end <= reach or d.start <= mention.end + 1)
        and _usable(d)
        for d in dates
    )


def _other_run(mention: Mention, dates: Sequence[DateMention]) -> bool:
    """A pilot, trial or earlier round named as the setting, in a sentence that dates it."""
    return bool(_OTHER_RUN.search(mention.text)) and any(
        mention.sentence[0] <= d.start < mention.sentence[1] and _usable(d)
        for d in dates
    )


# what a round of an amnesty or a screening yields by itself: "164 knives were surrendered"
_OWN_OUTCOME = re.compile(
    r"\b(?:surrendered|handed in|handed over|deposited)\b", re.IGNORECASE
)


def told_in_setting(
    mentions: list[Mention], dates: Sequence[DateMention]
) -> list[Mention]:
    """The paragraph's mentions without the acts a dated round opening their sentence tells.

    "In the previous week of action, in November last year, officers patrolled the town centre":
    the round is the event and its patrols are what is told of it; "During the last Sceptre week
    in November, 164 knives were surrendered" tells what the round yielded. Arrests, seizures and
    fines made in the round ("..., officers made 31 arrests") are enforcement apart from it: most
    readers list both the round and its count (session 9).
    """
    fronted = [
        m for m in mentions if m.subtype == "context" and _dated_fronted(m, dates)
    ]
    if not fronted:
        return mentions
    text = mentions[0].paragraph.text
    told = {
        f.sentence
        for f in fronted
        if not _OWN_OUTCOME.search(text, f.sentence[0], f.sentence[1])
    }
    return [
        m
        for m in mentions
        if m.sentence not in told
        or m.subtype == "context"
        or m.form != "act"
        or m.type == "enforcement"
    ]
