"""The home nations' matches at major tournament finals (football_matches.toml) as known events.

Local news names a match by its tournament and opponent ("the World Cup semi-final against
Croatia", "England's Euro 2020 clash with Scotland") or by its stage and opponent ("the quarter-final
against Sweden"). Every match one such phrase may mean becomes a date of one known event, so a
phrase never excludes the real match: "the Euros ... Croatia" is England's match of 2004 or 2021.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
HOME_NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
# a match named with no year is a recent one (soft: firmer evidence wins)
RECENT_DAYS = 28
# the sentence is about another game or sport, or looks back
UNLESS = (
    r"\b(?:qualif\w*|friendly|Nations League|rugby|cricket|T20|netball|women['’]s|Lionesses"
    r"|under-\d\d|U\d\d|anniversary|years? on)\b"
)
_TOURNAMENT = {
    "World Cup": r"(?:FIFA\s+)?World\s+Cup",
    "Euro": r"Euro(?:s|pean\s+Championships?)?",
}
_STAGE = {
    "last 16": r"(?:last|round\s+of)[\s-](?:16|sixteen)",
    "quarter-final": r"quarter[\s-]?finals?",
    "semi-final": r"semi[\s-]?finals?",
    "third place": r"third[\s-]place\s+(?:play[\s-]?off|match|game)",
    "final": r"(?<!quarter)(?<!quarter[\s-])(?<!semi)(?<!semi[\s-])finals?",
}
# "the semi-final against Croatia", "England's defeat to Italy in the final"
_AGAINST = r"(?:(?:match|game|clash|tie|defeat|win|victory|loss|draw)\s+)?(?:against|v\.?|vs\.?|versus|with|to|over)"
# a same-sentence gap between two names of one match
_NEAR = r"[^.!?\n]{0,60}?"


def _names(name: str, aliases: dict[str, list[str]]) -> str:
    return "|".join(re.escape(n) for n in (name, *aliases.get(name, ())))


def _tournament(kind: str, editions: set[int]) -> str:
    """The tournament's name, with a year only if it is one of the editions ("Euro 2020")."""
    years = "|".join(str(y) for y in sorted(editions))
    name = _TOURNAMENT[kind]
    return rf"(?<!\d\s)(?:(?:{years})\s+)?\b{name}\b(?:\s+(?:{years}))?(?!\s*\d)"


def _either_order(left: str, right: str) -> str:
    return rf"(?:{left}){_NEAR}(?:{right})|(?:{right}){_NEAR}(?:{left})"


def _pair(team: str, other: str, inside: str = "") -> str:
    """Two home nations playing each other: "England v Wales", "Wales's clash with England" (with
    the tournament's name `inside` when given: "Wales's World Cup clash with England")."""
    between = (
        rf"(?:{inside})\s+(?:[\w-]+\s+){{0,2}}?" if inside else r"(?:[\w-]+\s+){0,3}?"
    )
    one = rf"\b{team}(?:['’]s?)?\s+{between}{_AGAINST}\s+{other}\b"
    two = rf"\b{other}(?:['’]s?)?\s+{between}{_AGAINST}\s+{team}\b"
    return f"{one}|{two}"


def _event(name: str, pattern: str, dates: set[date]) -> dict:
    return {
        "name": name,
        "patterns": (re.compile(pattern),),
        "dates": tuple(sorted(dates)),
        "recent_days": RECENT_DAYS,
        "unless": re.compile(UNLESS, re.I),
        "sources": ("football_matches.toml (the tournaments' Wikipedia pages)",),
    }


@lru_cache(maxsize=1)
def match_event_rows() -> tuple[dict, ...]:
    """The fields of a known event for the matches: one per tournament and opponent, one per
    knockout stage and opponent, each with the days of every match it may name."""
    data = tomllib.loads((HERE / "football_matches.toml").read_text(encoding="utf-8"))
    aliases = data.get("aliases", {})
    by_opponent: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_stage: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for match in data["match"]:
        pair = match["opponent"] in HOME_NATIONS
        key = (
            " v ".join(sorted((match["team"], match["opponent"])))
            if pair
            else match["opponent"]
        )
        by_opponent[(match["tournament"], key)].append(match)
        if match["stage"] != "group" and not pair:
            by_stage[(match["stage"], match["opponent"])].append(match)
    events = []
    for (kind, key), matches in by_opponent.items():
        tournament = _tournament(kind, {m["edition"] for m in matches})
        pattern = _either_order(tournament, rf"\b(?:{_names(key, aliases)})\b")
        if " v " in key:
            team, other = (re.escape(side) for side in key.split(" v "))
            pattern = "|".join(
                (
                    _pair(team, other, tournament),
                    _either_order(tournament, _pair(team, other)),
                )
            )
        teams = "/".join(sorted({m["team"] for m in matches}))
        pair = " v " in key
        name = f"{kind} finals: {key}" if pair else f"{kind} finals: {teams} v {key}"
        dates = {m["date"] for m in matches}
        events.append(_event(name, pattern, dates))
    for (stage, opponent), matches in by_stage.items():
        pattern = rf"\b{_STAGE[stage]}\s+{_AGAINST}\s+(?:the\s+)?(?:{_names(opponent, aliases)})\b"
        dates = {m["date"] for m in matches}
        events.append(_event(f"tournament {stage} against {opponent}", pattern, dates))
    return tuple(events)
