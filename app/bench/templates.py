"""Sentence templates of generated articles: one event per sentence, and paragraphs with none.

A template names its event type, who acts (police, council, both, or nobody), the verb in its
three forms and the rest of the clause. Tense follows the date phrase: past, present perfect for
an event with no date words (dated at publication), or future for a planned one.
"""

from __future__ import annotations

from dataclasses import dataclass

PAST, DCT, PLANNED = "past", "dct", "planned"


@dataclass(frozen=True)
class Template:
    type: str
    actor: str  # police | council | either | joint | nobody
    verb: tuple[
        str, str, str
    ]  # past, participle, base: ("launched", "launched", "launch")
    rest: (
        str  # "{problem}", "{place}", "{n}", "{premises}", "{other}" (joint templates)
    )
    tenses: tuple[str, ...] = (PAST, DCT, PLANNED)
    spans: bool = False  # reads well with "..., and it runs until May 26"


TEMPLATES = (
    Template(
        "operation",
        "either",
        ("launched", "launched", "launch"),
        "a crackdown on {problem} in {place}",
        spans=True,
    ),
    Template(
        "operation",
        "police",
        ("ran", "run", "run"),
        "a week of action against {problem} in {place}",
    ),
    Template(
        "operation",
        "police",
        ("launched", "launched", "launch"),
        "an operation targeting {problem} in {place}",
        spans=True,
    ),
    Template(
        "operation",
        "joint",
        ("carried out", "carried out", "carry out"),
        "a joint operation with {other} against {problem} in {place}",
        spans=True,
    ),
    Template(
        "enforcement",
        "police",
        ("arrested", "arrested", "arrest"),
        "{n} people in {place}",
        (PAST,),
    ),
    Template(
        "enforcement",
        "either",
        ("issued", "issued", "issue"),
        "{n} fixed penalty notices for {offence} in {place}",
        (PAST,),
    ),
    Template(
        "enforcement",
        "police",
        ("seized", "seized", "seize"),
        "{n} vehicles in {place}",
        (PAST,),
    ),
    Template(
        "enforcement",
        "police",
        ("raided", "raided", "raid"),
        "{premises} in {place}",
        (PAST,),
    ),
    Template(
        "team_launch",
        "police",
        ("launched", "launched", "launch"),
        "a new neighbourhood team for {place}",
    ),
    Template(
        "team_launch",
        "police",
        ("deployed", "deployed", "deploy"),
        "extra officers to {place}",
    ),
    Template(
        "team_launch",
        "either",
        ("set up", "set up", "set up"),
        "a taskforce to tackle {problem} in {place}",
    ),
    Template(
        "consultation",
        "council",
        ("launched", "launched", "launch"),
        "a public consultation on {problem} in {place}",
    ),
    Template(
        "consultation",
        "either",
        ("opened", "opened", "open"),
        "a survey asking people in {place} about {problem}",
    ),
    Template(
        "order",
        "council",
        ("introduced", "introduced", "introduce"),
        "a Public Spaces Protection Order covering {place}",
        spans=True,
    ),
    Template(
        "order",
        "police",
        ("put in place", "put in place", "put in place"),
        "a dispersal order in {place}",
        spans=True,
    ),
    Template(
        "order",
        "council",
        ("extended", "extended", "extend"),
        "the PSPO banning {problem} in {place}",
    ),
    Template(
        "meeting",
        "either",
        ("held", "held", "hold"),
        "a public meeting about {problem} in {place}",
    ),
    Template(
        "meeting",
        "police",
        ("met", "met", "meet"),
        "residents at a ward panel meeting in {place}",
    ),
    Template(
        "meeting",
        "council",
        ("hosted", "hosted", "host"),
        "a community safety meeting in {place}",
    ),
    Template(
        "announcement",
        "either",
        ("published", "published", "publish"),
        "figures showing a rise in {problem} in {place}",
        (PAST, DCT),
    ),
    Template(
        "announcement",
        "either",
        ("issued", "issued", "issue"),
        "a statement about {problem} in {place}",
        (PAST, DCT),
    ),
    Template(
        "incident", "nobody", ("A man was stabbed", "", ""), "in {place}", (PAST,)
    ),
    Template(
        "incident",
        "nobody",
        ("Residents reported a spike in {problem}", "", ""),
        "in {place}",
        (PAST,),
    ),
    Template(
        "incident",
        "nobody",
        ("A teenager was robbed at knifepoint", "", ""),
        "in {place}",
        (PAST,),
    ),
)

OFFENCES = (
    "littering",
    "street drinking",
    "fly-tipping",
    "breaching the PSPO",
    "spitting",
    "urinating in public",
)
NUMBERS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "12",
    "15",
    "20",
    "23",
    "31",
)

QUOTES = (
    "We want everyone in {town} to feel safe when they walk down the street",
    "The community has told us this is a priority, and we are listening",
    "Those responsible should know that they are not welcome here",
    "We are grateful to residents for their patience and support",
    "Every report helps us build a picture of what is going on",
    "This is about making {town} a better place to live and work",
)
BACKGROUND = (
    "{town} has a busy high street with many independent shops and cafes.",
    "The area is popular with families, students and commuters.",
    "Residents said they welcomed the extra attention.",
    "Shopkeepers in {town} said they hoped things would improve.",
    "Ward councillors have been asked to keep residents informed.",
)
APPEAL = (
    "Anyone with information should call police on 101 or Crimestoppers anonymously on 0800 555 111.",
    "Information can be given in confidence by calling 101, quoting the reference number.",
)
HEADLINES = {
    "operation": "Crackdown on {problem} in {town}",
    "enforcement": "Arrests and fines as {problem} targeted in {town}",
    "team_launch": "New team to tackle {problem} in {town}",
    "consultation": "Have your say on {problem} in {town}",
    "order": "New powers to tackle {problem} in {town}",
    "meeting": "Residents meet officials over {problem} in {town}",
    "announcement": "Figures reveal {problem} in {town}",
    "incident": "Concern over {problem} in {town}",
}
