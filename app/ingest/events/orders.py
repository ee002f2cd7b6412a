"""Whose order it is: a PSPO or injunction is the council's, a dispersal or section 60 order the
police's, a closure order the applicant's (the police, unless the text names the council alone)."""

from __future__ import annotations

import re

from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

# orders that only the council makes
COUNCIL_ORDERS = re.compile(
    r"\b(?:pspos?|public spaces? protection orders?|byelaws?|bylaws?|drinking (?:ban|zone)|alcohol (?:control )?zone|"
    r"street drinking|injunctions?)\b",
    re.IGNORECASE,
)
# orders that only the police make
POLICE_ORDERS = re.compile(
    r"\b(?:dispersal|section (?:34|35|60)|stop and search|closure notice)\b",
    re.IGNORECASE,
)
# orders asked for at court, mostly by the police ("a closure order", "a criminal behaviour order
# given at sentencing"); a council named in the clause may share one, so this says whose it is
# only when nobody is named
APPLIED_ORDERS = re.compile(
    r"\b(?:dispersal|section (?:34|35|60)|stop and search|closure (?:notices?|orders?)"
    r"|criminal behaviour orders?|CBOs?|(?:sexual harm|knife crime|serious violence|serious crime) prevention orders?"
    r"|SCPOs?|restraining orders?|(?:football )?banning orders?"
    r"|(?:stalking|domestic abuse) protection orders?)\b",
    re.IGNORECASE,
)
_ORDER_NOUN = re.compile(
    r"\b(?:orders?|pspos?|bans?|zones?|injunctions?|byelaws?|bylaws?|notices?|powers?)\b",
    re.IGNORECASE,
)
# "the policing precept", "the police part of the council tax": the commissioner's, not the council's
PRECEPT = re.compile(
    r"\b(?:precept|polic(?:e|ing) (?:part|element|share|portion) of (?:the )?council tax)\b", re.IGNORECASE
)


def order_makers(mention: Mention, agencies: list[AgencyRef]) -> list[AgencyRef]:
    """ "council officers and police cleared a camp, using an injunction": the council's order."""
    text, (start, end) = mention.paragraph.text, mention.clause
    if COUNCIL_ORDERS.search(text, start, end) and not POLICE_ORDERS.search(
        text, start, end
    ):
        # the council's, with any landlord or trust that applied with it; not the police's
        return [a for a in agencies if a.kind != "police"] or agencies
    if POLICE_ORDERS.search(text, start, end):
        return [a for a in agencies if a.kind == "police"] or agencies
    return agencies


# "leaving officers relying on dispersal powers": the power used instead of the order told
_INSTEAD = re.compile(
    r"\b(?:rel(?:y|ies|ying|ied)\s+on|f(?:a|e)ll(?:ing|s)?\s+back\s+on|instead\s+of|rather\s+than)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def police_order(mention: Mention) -> bool:
    """A dispersal, section 60 or closure order, named in the clause or, for "Two flats were shut
    in April", earlier in the paragraph."""
    text, (start, end) = mention.paragraph.text, mention.clause
    if any(
        not _INSTEAD.search(text, max(start, m.start() - 40), m.start())
        for m in APPLIED_ORDERS.finditer(text, start, end)
    ):
        return True
    return not _ORDER_NOUN.search(text, start, end) and bool(
        APPLIED_ORDERS.search(text, 0, start)
    )


# "The order, imposed by magistrates", "Judge Jane Hill also made him subject to an order": a court's
# order on an offender, asked for by the prosecution, never the council's own
_COURT_MADE = re.compile(
    r"\b(?:imposed|made|granted|issued|handed\s+down)\s+(?:\w+\s+){0,2}?(?:by|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’]*\s+){0,3}(?:magistrates|judge|court|sheriff|recorder|bench)\b"
    r"|\b(?:[Jj]udge|[Mm]agistrates|[Tt]he\s+court|[Ss]heriff|[Rr]ecorder)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:made|imposed|granted|issued|handed)\b",
    re.IGNORECASE,
)


def court_made(mention: Mention) -> bool:
    """An order a court or judge imposed on someone, told in the mention's sentence (not a PSPO or injunction)."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    return bool(_COURT_MADE.search(text, start, end)) and not council_order(mention)


def council_order(mention: Mention) -> bool:
    """A PSPO, byelaw or injunction named in the mention's sentence."""
    return bool(COUNCIL_ORDERS.search(mention.paragraph.text, *mention.sentence))


def precept_order(mention: Mention) -> bool:
    """A rise in the police precept: set by the commissioner, whichever council collects it."""
    return bool(PRECEPT.search(mention.paragraph.text, *mention.sentence))


# "the legal drink-drive limit was lowered", "new laws came into force": Parliament's act, no council's
_LAW = re.compile(
    r"\b(?:legal\s+(?:[\w-]+\s+){0,2}?(?:limit|threshold|age)|the\s+law\b|new\s+laws?|legislation|Acts?\s+of\s+Parliament"
    r"|Parliament|Holyrood|the\s+Senedd|[A-Z]\w+\s+Act\s+(?:19|20)\d\d)",
)


# "made under section 35 of the Anti-social Behaviour, Crime and Policing Act 2014": the power a
# local order is made with, not a change in the law
_UNDER_ACT = re.compile(
    r"\b(?:under|section\s+\d+\w*\s+of)\s+(?:the\s+)?(?:[\w'’,-]+\s+){0,8}$", re.IGNORECASE
)


def national_law(mention: Mention) -> bool:
    """A change in the law told in the mention's sentence, with no council in it."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    return "ouncil" not in text[start:end] and any(
        not _UNDER_ACT.search(text, max(start, m.start() - 90), m.start())
        for m in _LAW.finditer(text, start, end)
    )


# a law made for one nation is its devolved government's
_NATION = (
    (re.compile(r"\bScot(?:land|tish)\b"), "Scottish Government"),
    (re.compile(r"\bWal(?:es|sh)\b"), "Welsh Government"),
)


def lawmaker(mention: Mention) -> str | None:
    """The devolved government whose law a sentence tells ("the limit in Scotland was lowered")."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    return next((name for nation, name in _NATION if nation.search(text, start, end)), None)
