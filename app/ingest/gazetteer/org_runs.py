"""The name words of an organisation read from its shape: the capitalised run before "Council",
"Police", "Trust"... holds only the body's own name, never the sentence words that lead up to it.

A run of capitals may join words with "on", "in", "with" ("Newcastle upon Tyne City Council", "Living
with Dementia Trust"), so the pattern that finds runs also swallows phrases such as "Councillors on
Coventry City Council", "launched in Hanley in February with Stoke-on-Trent City Council" or "the Home
Office's Project ADDER". These checks cut such a run back to the organisation's own words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agencies import AgencyFinder

_TOKEN = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s?$")
# "in February", "on Monday": a date phrase, never part of a name
_TIME_WORDS = frozenset(
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_DATE_LEADS = frozenset(("in", "on", "since", "until", "from", "by"))
# "Councillors on ...", "Members of ...": the people of a body, then the body
_ROLE_NOUNS = frozenset(
    "Councillors Members Officers Staff Leaders Bosses Chiefs Residents Volunteers Traders Representatives"
    " Campaigners Workers Officials Colleagues Partners Students Pupils Parents Families Supporters"
    " Councillor Member Officer Leader Boss Chief Spokesman Spokeswoman Spokesperson".split()
)
_ROLE_LINKS = frozenset(("on", "of", "in", "with", "from", "at", "for"))
# "launched in Hanley with ...": a place, then where or with whom something happened
_PLACE_LINKS = frozenset(("in", "with", "at"))
_CONNECTORS = frozenset(("and", "&", "of", "upon", "on", "the", "in", "with"))
_TAIL_LINKS = frozenset(("of", "on", "the", "in", "with"))
# the last word of a body that owns what follows it: "the Home Office's Project", "the City of London
# Corporation's Police Authority Board"
_OWNER_WORDS = frozenset(
    "Council Councils Police Constabulary Office Corporation Authority Service Agency Trust Department"
    " Ministry Commission Government Partnership Board".split()
)


def own_words(run: str, suffix: str, finder: AgencyFinder) -> str:
    """The tail of `run` that names the organisation closed by `suffix` (the whole run if all of it does)."""
    if " " not in run:
        return run  # one word: nothing leads up to it
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(run)]
    cut = 0  # index of the first token kept
    for i, (_, word) in enumerate(tokens[:-1]):
        nxt = tokens[i + 1][1]
        if word in _DATE_LEADS and nxt in _TIME_WORDS:
            cut = i + 2
        elif word in _ROLE_NOUNS and nxt in _ROLE_LINKS:
            cut = i + 2
        elif (
            word in _PLACE_LINKS
            and i > cut
            and _is_place(tokens, cut, i, finder)
            and not _is_place(tokens, cut, i + 2, finder)
        ):
            cut = i + 1
    while cut < len(tokens) and tokens[cut][1] in _CONNECTORS:
        cut += 1
    if cut >= len(tokens):
        return ""
    linked = any(w in _TAIL_LINKS for _, w in tokens[cut + 1 :])
    whole = " ".join(w for _, w in tokens[cut:])
    if linked and not suffix.endswith("s") and finder.ref(f"{whole} {suffix}") is None:
        # "Councillors on Coventry City Council": a known body closing the run is the body named
        # (an "and" lists bodies: "Redbridge and Barking and Dagenham Councils" is read as a list)
        for j in range(cut + 1, len(tokens)):
            if tokens[j - 1][1] in _TAIL_LINKS and tokens[j][1] not in _CONNECTORS:
                tail = " ".join(w for _, w in tokens[j:])
                if finder.ref(f"{tail} {suffix}") is not None:
                    cut = j
                    break
    return run[tokens[cut][0] :]


def _is_place(tokens: list[tuple[int, str]], start: int, end: int, finder: AgencyFinder) -> bool:
    words = " ".join(w for _, w in tokens[start:end])
    return bool(words) and bool(finder.places.entries(words))


def owner_of(run: str, finder: AgencyFinder) -> str | None:
    """The body a possessive in the run names when what follows is its own part or programme.

    "Home Office's" -> "Home Office"; "City of London Corporation's Police Authority" -> "City of London
    Corporation"; None when no word of the run is a body's possessive ("Merton's Community Safety").
    """
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(run)]
    for start, word in tokens:
        base = _POSSESSIVE.sub("", word)
        if base == word:
            continue
        owner = run[: start + len(base)]
        if base in _OWNER_WORDS or finder.ref(owner.strip()) is not None:
            return owner.strip()
        return None
    return None


_NAME_AFTER = re.compile(r"\s+[A-Z]")


def names_a_programme(text: str, end: int) -> bool:
    """Whether "Project" just before `end` opens a programme's name ("Project ADDER", "Project Medusa")."""
    return _NAME_AFTER.match(text, end) is not None


# a trader body whose own name already says what it is: "the New West End Company business
# improvement district" is the New West End Company
_BODY_NOUNS = ("Company", "Partnership", "Alliance", "Limited", "Ltd", "Trust", "Association")
_THE_BEFORE = re.compile(r"\bthe\s+$")


def bid_name(name: str, place: bool = True) -> str:
    """The name of a BID written in lower case after its name: "Norwich BID" for a place's, else
    the name as written ("the Belfast One business improvement district" is Belfast One, "the New
    West End Company business improvement district" the New West End Company)."""
    return f"{name} BID" if place and not name.endswith(_BODY_NOUNS) else name


def named_after_the(text: str, start: int, raw: str, stripped: str) -> str:
    """The stripped run, with a leading "New" kept where "the" stands before it: "the New West End Company"."""
    if raw.startswith("New ") and stripped == raw[4:].strip() and _THE_BEFORE.search(text, max(0, start - 4), start):
        return raw.strip()
    return stripped


_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def listed_forces(run: str, finder: AgencyFinder) -> list[tuple[int, int, str]] | None:
    """ "Wiltshire and Thames Valley" before "police": (start, end, force) for each force the run lists,
    or None when the run is not a list of two or more known forces ("Avon and Somerset" is one)."""
    gaps = [(0, 0), *((g.start(), g.end()) for g in _LIST_GAP.finditer(run)), (len(run), len(run))]
    # the fewest pieces that are each a force's name: a piece may span a gap ("Avon and Somerset")
    best: dict[int, list[tuple[int, int, str]]] = {0: []}
    for i in range(1, len(gaps)):
        for j in range(i):
            if j not in best:
                continue
            piece_start, piece_end = gaps[j][1], gaps[i][0]
            ref = finder.ref(f"{run[piece_start:piece_end]} Police")
            if ref is None or ref.kind != "police" or ref.unit is not None:
                continue
            found = [*best[j], (piece_start, piece_end, ref.name)]
            if i not in best or len(found) < len(best[i]):
                best[i] = found
    listed = best.get(len(gaps) - 1)
    return listed if listed is not None and len(listed) > 1 else None
