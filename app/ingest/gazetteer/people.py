"""Finding people: titled names, names introduced by a role, and short references linked back."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from app.ingest.records import PersonRef

from .mentions import PersonMention
from .places import STOP
from .text import trie_pattern

_DATA = tomllib.loads(
    (Path(__file__).parent / "people.toml").read_text(encoding="utf-8")
)
_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
_NAME = rf"{_WORD}(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?{_WORD}){{0,2}}"
_NOT_NAME = (
    STOP
    | frozenset(
        "Police Council Team Station Road Lane Street Safer Neighbourhoods Neighbourhood Recorder Post Gazette"
        " Borough Office Service Trust Court Unit Command Area Force Constabulary Said Says Told Added Explained"
        " Commented Continued Revealed Pledged Stressed Insisted Warned Claimed Confirmed".split()
    )
    | frozenset(t for title in _DATA["titles"] for t in title.split())
)
_OFFICE_TITLES = frozenset(
    ("PCC", "Commissioner", "Mayor", "Deputy Mayor", "Chief Constable", "Cmdr")
)
_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w&'’]*\s+)+)$")
_ORG_WORDS = frozenset(("Met", "Police", "Council"))
_FIRST_NAME_TITLES = frozenset(("Dame", "Sir", "Lady"))
_TITLE_ALT = "|".join(sorted(map(re.escape, _DATA["titles"]), key=len, reverse=True))
# A title, then a name that is not itself a title ("Commissioner Sir Mark Rowley" names Sir Mark).
_TITLED = re.compile(
    rf"(?=[A-Z])\b(?P<title>{_TITLE_ALT})\.?\s+(?!(?:{_TITLE_ALT})\b)(?P<name>{_NAME})"
)
_ROLE_WORDS = trie_pattern(_DATA["roles"]["words"])
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?P<pre>(?:(?:[A-Z][\w&'’]*|of|and|for|the)\s+){{0,5}})(?i:{_ROLE_WORDS})"
    rf"(?:\s+for\s+[a-z][a-z\s,&-]{{0,60}}?)?)\s*,?\s*$"
)
# Untitled names: two or three capitalised words, kept only when a role or "said" comes right before
# them, or an age or "MP" right after ("Mariana Popa - a 24-year-old", "Margaret Hodge MP").
_CAPITAL_RUN = re.compile(
    rf"(?=[A-Z])\b{_WORD}(?:\s+(?:(?:de|van|von|da)\s+)?{_WORD})+(?![\w])"
)
# Where a role word or "said" ends (spaces and a comma skipped): names starting there are introduced.
_INTRO = re.compile(
    rf"\b(?:(?P<role>(?i:{_ROLE_WORDS})(?:\s+for\s+[a-z][a-z\s&-]{{0,60}}(?=,))?)"
    rf"|(?P<said>said|says|according\s+to))\b\s*,?\s*"
)
_SAID_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[a-z]")
_MARK_AFTER = re.compile(r",\s+\d{1,3},|\s+[-–]\s+an?\s+\d{1,3}-year-old|\s+MP\b")
# ", of Redbridge Safer Neighbourhoods Team", ", the head of ...", ", policy lead at NUM": a few words of
# role (no verb, no clause) and then of/at/for/from and a capitalised name.
_AFFILIATION_AFTER = re.compile(
    r"(?:,\s+(?:(?:the|a|an)\s+)?(?P<role>(?:(?!(?:who|which|that|was|is|were|are|has|had|have|after|when|said"
    r"|says|she|he|they|we|it|met|will|would)\b)[A-Za-z][\w'’-]*,?\s+){0,6}?)|\s+(?=of\s|from\s))"
    r"(?:of|at|for|from|with)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z][\w&'’-]*)*)"
)


@lru_cache(maxsize=64)
def _titled(text: str) -> tuple[re.Match[str], ...]:
    # the place finder asks for the titled names of the paragraph the people finder reads next
    return tuple(_TITLED.finditer(text))


class PeopleFinder:
    """People named in text with their title and the affiliation the text gives them."""

    def __init__(self, is_place=lambda name: False, is_agency=lambda name: False):
        self.is_place, self.is_agency = is_place, is_agency
        self.titles = _DATA["titles"]

    def find(self, text: str) -> list[PersonMention]:
        """Titled people first, then role-introduced names; non-overlapping, in text order."""
        titled = _titled(text)
        runs = list(_CAPITAL_RUN.finditer(text))
        if not titled and not runs:
            return []  # nobody to introduce: no need to look for the words that introduce
        roles, saids = set(), set()
        for m in _INTRO.finditer(text):
            (roles if m.group("role") else saids).add(m.end())
        found: list[PersonMention] = []
        for m in titled:
            name = self._clean(m.group("name"))
            if name:
                end = m.start("name") + len(name)
                title = self.titles[m.group("title")]
                found.append(
                    self._mention(text, m.start(), end, name, title, m.start() in roles)
                )
        for m in runs:
            found.extend(self._untitled(text, m, roles, saids))
        found.sort(key=lambda p: (p.start, -(p.end - p.start)))
        out: list[PersonMention] = []
        for p in found:
            if out and p.start < out[-1].end:
                continue
            out.append(p)
        return out

    def _untitled(
        self, text: str, m: re.Match, roles: set[int], saids: set[int]
    ) -> list[PersonMention]:
        """The name closing a run of capitals ('Home Secretary Priti Patel'), when introduced."""
        words = m.group().split()
        end = m.end()
        marked = _MARK_AFTER.match(text, end) is not None
        for option in [words[-3:], words[-2:]] if len(words) > 2 else [words]:
            name = " ".join(option)
            start = end - len(name)
            introduced = start in roles or (
                start in saids and _SAID_AFTER.match(text, end)
            )
            if not (introduced or marked):
                continue
            if (
                any(w in _NOT_NAME for w in option)
                or self.is_place(option[0])
                or self.is_agency(name)
            ):
                continue
            return [self._mention(text, start, end, name, None, start in roles)]
        return []

    def _trim_role(self, role: str, pre: str) -> str:
        """'Jas Athwal and East Area commander' -> 'East Area commander'; 'Barking and Dagenham ...' stays."""
        tokens, n_pre = role.split(), len(pre.split())
        for i in range(min(n_pre, len(tokens) - 1) - 1, 0, -1):
            if tokens[i] == "and" and not self.is_place(
                f"{tokens[i - 1]} and {tokens[i + 1]}"
            ):
                return " ".join(tokens[i + 1 :])
        return role

    def titled_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of titled names only: cheap, for keeping surnames out of places."""
        return [(m.start(), m.end()) for m in _titled(text)]

    def _clean(self, name: str) -> str:
        tokens = name.split()
        for i, tok in enumerate(tokens):
            if tok in _NOT_NAME:
                tokens = tokens[:i]
                break
        return " ".join(tokens)

    def _mention(
        self,
        text: str,
        start: int,
        end: int,
        name: str,
        title: str | None,
        role_before: bool = False,
    ) -> PersonMention:
        affiliation = None
        after = _AFFILIATION_AFTER.match(text, end)
        if after and "." not in text[end : after.start("org")]:
            # ", of Romford" says where someone lives; "district commander for Leeds" is a post
            if after.group("role") or not self.is_place(after.group("org")):
                affiliation = after.group("org")
        before = (
            _ROLE_BEFORE.search(text, max(0, start - 120), start)
            if role_before
            else None
        )
        if before:
            role = self._trim_role(before.group("role").strip(), before.group("pre"))
            words = role.split()
            while words and (
                words[0] in ("and", "of", "for", "the", "One", "one")
                or words[0] in STOP
                and words[0] not in _ORG_WORDS
            ):
                words.pop(0)
            if words and affiliation is None:
                affiliation = " ".join(words)
        if affiliation is None and title in _OFFICE_TITLES:
            office = _CAPITALS_BEFORE.search(text, max(0, start - 60), start)
            words = office.group(1).split() if office else []
            while words and words[0] in STOP and words[0] not in _ORG_WORDS:
                words.pop(0)
            if words:  # "Essex Police and Crime Commissioner Roger Hirst", "Hackney Mayor Philip Glanville"
                affiliation = " ".join([*words, text[start:end].split(" " + name)[0]])
        name_mp = text[end : end + 4] == " MP" and title is None
        if name_mp and affiliation is None:
            affiliation = "MP"
        return PersonMention(
            start,
            end if not name_mp else end,
            text[start:end],
            PersonRef(name, title, affiliation),
        )


def resolve_people(
    mentions: list[PersonMention], text: str | None = None
) -> list[PersonMention]:
    """Link short references ('Sgt Taylor', 'Dame Margaret') to the fullest name seen in the article."""
    full = [m for m in mentions if len(m.ref.name.split()) > 1]
    out = []
    for m in mentions:
        parts = m.ref.name.split()
        if len(parts) > 1:
            out.append(m)
            continue
        token = parts[0]
        target = _best(full, m, token, -1)
        if target is None and m.ref.title in _FIRST_NAME_TITLES:
            target = _best(full, m, token, 0)
        if target is not None:
            ref = PersonRef(
                target.ref.name,
                target.ref.title or m.ref.title,
                target.ref.affiliation or m.ref.affiliation,
            )
            out.append(replace(m, ref=ref))
            continue
        if text is not None:
            found = _name_in_text(text, token, m.ref.title in _FIRST_NAME_TITLES)
            if found:
                out.append(
                    replace(m, ref=PersonRef(found, m.ref.title, m.ref.affiliation))
                )
                continue
        out.append(m)
    return out


def _best(
    full: list[PersonMention], short: PersonMention, token: str, index: int
) -> PersonMention | None:
    """The full mention whose first (index 0) or last (-1) name is `token`: same title, latest before."""
    cands = [f for f in full if f.ref.name.split()[index] == token]
    if not cands:
        return None
    same_title = [f for f in cands if f.ref.title == short.ref.title]
    pool = same_title or cands
    before = [f for f in pool if f.start < short.start]
    return (before or pool)[-1 if before else 0]


def _name_in_text(text: str, token: str, first: bool) -> str | None:
    pattern = (
        rf"\b{re.escape(token)}\s+({_WORD})\b"
        if first
        else rf"\b({_WORD})\s+{re.escape(token)}\b"
    )
    for m in re.finditer(pattern, text):
        other = m.group(1)
        if other not in _NOT_NAME:
            return f"{token} {other}" if first else f"{other} {token}"
    return None
