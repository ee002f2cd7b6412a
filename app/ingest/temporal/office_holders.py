"""Chief constables and policing ministers by title (office_holders.toml), council leaders and
elected mayors (council_leaders.toml), and police and crime commissioners and the deputy mayors who
do their work (pcc_terms.toml), as dated terms.

The table holds names, forces and spells only; the ways a title is written are built here once, so
every holder is matched alike: "Chief Constable Dave Jones", "North Yorkshire Police's chief
constable, Dave Jones", "Dave Jones, the chief constable of...", never a deputy, assistant, acting,
temporary or former chief.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
_FAR_FUTURE = date(2100, 12, 31)
_NOT_HOLDER = r"(?:former|ex-|then|previous|deputy|assistant|acting|temporary|interim|retired|late|outgoing)"
# a commissioner is also "former", "deputy"... and not yet one while a candidate; a deputy mayor's
# title is itself "deputy"
_NOT_HOLDERS = {
    "pcc": r"(?:former|ex-|then|previous|deputy|assistant|acting|temporary|interim|retired|late|"
    r"outgoing|candidates?|hopefuls?|prospective|would-be|shadow|victims)",
    "policing_deputy_mayor": r"(?:former|ex-|then|previous|acting|interim|outgoing|shadow)",
}


def _unless(not_holder: str) -> str:
    # a disqualifier up to five words before the title: "the former North Yorkshire chief constable"
    return rf"(?i)\b{not_holder}\b['’]?(?:\s+[\w,\x27’-]+){{0,5}}\s*$|\bT/\s*$"


_HONORIFIC = r"(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Cllr|Councillor|Lord|Baroness|Lady)\.?\s+){0,2}"
# what the title is of, between it and the name: "Chief Constable of West Yorkshire Police John Robins"
_OF = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\x27’-]*(?:\s+(?:and\s+)?[A-Z][\w\x27’-]*){0,3})?"
_TITLES = {
    "chief_constable": r"[Cc]hief [Cc]onstable",
    "policing_minister": r"(?:[Pp]olicing [Mm]inister|[Mm]inister (?:of State )?for (?:[Cc]rime and )?[Pp]olicing(?: and [Cc]rime)?)",
    # "council leader", "Havering Council's leader", "leader of Havering Council": never a group,
    # party or opposition leader
    "council_leader": r"(?:[Cc]ouncil(?:[\x27’]s)?\s+[Ll]eader|[Ll]eader\s+of\s+(?:the\s+)?(?:[A-Z][\w&\x27’-]*\s+){0,5}?(?:[Cc]ouncil|[Bb]orough)\b)",
    "elected_mayor": r"(?:(?:[Cc]ity|[Ee]lected|[Ee]xecutive)\s+)?[Mm]ayor(?:\s+of\s+[A-Z][\w-]+)?",
    # "Police and Crime Commissioner (PCC)", "Police, Fire and Crime Commissioner for Essex", "PCC",
    # and "commissioner" alone ("Northumbria's commissioner, Dame Vera Baird")
    "pcc": r"(?:[Pp]olice(?:,\s*[Ff]ire)?\s+(?:and|&)\s+[Cc]rime\s+[Cc]ommissioner|[Cc]ommissioner|PF?CC)"
    r"(?:\s+\(PF?CC\))?"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w\x27’-]*(?:\s+(?:and\s+)?[A-Z][\w\x27’-]*){0,3})?",
    # "Deputy Mayor for Policing, Crime, Criminal Justice and Fire Kate Green"
    "policing_deputy_mayor": r"[Dd]eputy [Mm]ayor(?: for [Pp]olicing(?:,?\s+(?:and\s+)?(?:[Cc]rime|[Ff]ire|"
    r"[Cc]riminal [Jj]ustice|[Rr]escue)){0,4})?",
}
_LABELS = {
    "chief_constable": "chief constable",
    "policing_minister": "policing minister",
    "council_leader": "council leader",
    "elected_mayor": "elected mayor",
    "pcc": "police and crime commissioner",
    "policing_deputy_mayor": "deputy mayor for policing",
}
# a lower-case word every match contains: the holders' names are looked for only with it
_GATES = {
    "chief_constable": "constable",
    "policing_minister": "policing",
    "council_leader": "leader",
    "elected_mayor": "mayor",
    "pcc": "",  # "PCC" or "commissioner": no one word, so the names are always looked for
    "policing_deputy_mayor": "mayor",
}
_FILES = ("office_holders.toml", "council_leaders.toml", "pcc_terms.toml")


def _name_pattern(name: str) -> str:
    # spaces kept literal: the whole name is then the pattern's cue (cues.py), so an article with
    # "chief constable" in it does not try every holder's pattern
    return re.escape(name).replace("'", "['’]")


def _patterns(title: str, name: str, not_holder: str = _NOT_HOLDER) -> list[str]:
    who = _name_pattern(name)
    before = rf"\b{title}{_OF},?\s+{_HONORIFIC}{who}\b"
    # "Dave Jones, North Yorkshire's chief constable" / "Dave Jones, the chief constable of ...";
    # never "Dave Jones, North Yorkshire's former chief constable"
    after = (
        rf"\b{who},\s+(?:the\s+)?"
        rf"(?:(?!(?i:{not_holder})\b)[\w\x27’-]+\s+){{0,3}}{title}\b"
    )
    return [before, after]


def _periods(raw: list[list[date]]) -> tuple[tuple[date, date], ...]:
    return tuple((p[0], p[1] if len(p) > 1 else _FAR_FUTURE) for p in raw)


def _named(pattern: str) -> str:
    return rf"(?=[\s\S]*?(?:{pattern}))"


def _spells(item: dict, forces: dict[str, str]) -> list[tuple[tuple, str | None, str]]:
    """(periods, requires, forces named) for each way an article can name the holder's forces."""
    keys = item.get("forces") or item.get("places", [])
    periods = _periods(item["periods"])
    if len(keys) < 2 or len(periods) != len(keys):
        return [(periods, "|".join(forces[k] for k in keys) or None, ", ".join(keys))]
    out = []
    for key, spell in zip(keys, periods, strict=True):
        others = "|".join(forces[k] for k in keys if k != key)
        # this force named and none of the holder's others: dated by this spell alone
        out.append(
            (((spell,)), rf"\A(?![\s\S]*?(?:{others})){_named(forces[key])}", key)
        )
    both = "".join(_named(forces[k]) for k in keys)
    out.append((periods, rf"\A{both}", " and ".join(keys)))
    return out


def _tables() -> dict:
    """The holder tables merged: their place tables joined, their lists of holders run on."""
    merged: dict = {}
    for name in _FILES:
        data = tomllib.loads((HERE / name).read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            else:
                merged.setdefault(key, []).extend(value)
    return merged


@lru_cache(maxsize=1)
def office_holder_rows() -> tuple[dict, ...]:
    """One row per holder and spell: name, periods, patterns, requires (or None), unless, gate,
    source."""
    data = _tables()
    places = data.get("force", {}) | data.get("place", {})
    rows = []
    for office, title in _TITLES.items():
        not_holder = _NOT_HOLDERS.get(office, _NOT_HOLDER)
        for item in data.get(office, []):
            for periods, requires, named in _spells(item, places):
                rows.append(
                    {
                        "name": f"{_LABELS[office]} {item['name']} (in office)",
                        "patterns": _patterns(title, item["name"], not_holder),
                        "periods": periods,
                        "requires": requires,
                        "unless": _unless(not_holder),
                        "gate": _GATES[office],
                        "source": f"office_holders.toml: {item['name']}, {_LABELS[office]}"
                        + (f" ({named})" if named else ""),
                    }
                )
    return tuple(rows)
