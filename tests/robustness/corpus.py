"""A synthetic corpus of local news articles, templated from realistic sentences (deterministic)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

PLACES = [
    ("Romford", "Havering", "South Street"),
    ("Hornchurch", "Havering", "Station Lane"),
    ("Barking", "Barking and Dagenham", "Ripple Road"),
    ("Dagenham", "Barking and Dagenham", "Heathway"),
    ("Ilford", "Redbridge", "Cranbrook Road"),
    ("Stratford", "Newham", "The Grove"),
    ("East Ham", "Newham", "High Street North"),
    ("Walthamstow", "Waltham Forest", "Hoe Street"),
    ("Croydon", "Croydon", "North End"),
    ("Dalston", "Hackney", "Kingsland Road"),
    ("Leeds", "Leeds", "Briggate"),
    ("Preston", "Preston", "Fishergate"),
    ("Sheffield", "Sheffield", "London Road"),
]
FORCES = {"Leeds": "West Yorkshire Police", "Preston": "Lancashire Constabulary", "Sheffield": "South Yorkshire Police"}
PROBLEMS = ["anti-social behaviour", "drug dealing", "knife crime", "street drinking", "burglary", "moped thefts", "fly-tipping"]
CODENAMES = ["Lantern", "Nightjar", "Harbour", "Kestrel", "Compass", "Ember", "Granite", "Willow", "Falcon", "Beacon"]
OFFICERS = ["Insp Sarah Doyle", "Sgt Tom Reeves", "Ch Insp Priya Nair", "PC Alan Brooks", "Supt Mark Ellison"]
COUNCILLORS = ["Cllr Jane Harper", "Cllr Imran Qureshi", "Cllr Helen Morgan", "Cllr David Okafor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _council(borough: str) -> str:
    return f"{borough} Council" if borough in {p[1] for p in PLACES[:10]} else f"{borough} City Council"


def article(i: int) -> tuple[str, str]:
    """(file name, text) of the i-th synthetic article."""
    rng = random.Random(i)
    town, borough, street = rng.choice(PLACES)
    force = FORCES.get(town, "Metropolitan Police Service")
    police = "police" if force == "Metropolitan Police Service" else force
    problem, codename = rng.choice(PROBLEMS), rng.choice(CODENAMES)
    officer, councillor = rng.choice(OFFICERS), rng.choice(COUNCILLORS)
    published = date(2016, 1, 4) + timedelta(days=rng.randrange(0, 7 * 365))
    launch = published - timedelta(days=rng.randrange(1, 6))
    weekday = launch.strftime("%A")
    month_before = MONTHS[(published.month - 2) % 12]
    arrests, fines = rng.randrange(2, 15), rng.randrange(3, 40)
    paragraphs = [
        f"{'Police' if police == 'police' else police} in {town} launched Operation {codename} on {weekday}, {MONTHS[launch.month - 1]} {launch.day}, to tackle {problem} around {street}.",
        f"Officers from the {town} Safer Neighbourhoods Team made {arrests} arrests in the first days of the operation, {officer} said.",
        f"\u201cResidents have told us for months that {problem} is making them feel unsafe, and we have listened,\u201d {officer} said.",
        f"{_council(borough)} issued {fines} fixed penalty notices last week as part of the same crackdown.",
        f"In {month_before}, the council opened a public consultation on a public spaces protection order covering {street}.",
        f"{councillor}, cabinet member for community safety, said the order would be reviewed at a council meeting at the end of {MONTHS[published.month % 12]}.",
        f"Officers on patrol in {street}, {town}. Picture: {rng.choice(['Jo Bright', 'Sam Patel', 'Lee Chan'])}",
        f"A public meeting about the operation will be held at {town} library next {rng.choice(['Tuesday', 'Wednesday', 'Thursday'])} evening.",
    ]
    middle = paragraphs[2:7]
    rng.shuffle(middle)
    paragraphs[2:7] = middle
    name = f"{i:03d}-{town.lower().replace(' ', '-')}-{codename.lower()}"
    if i % 3 == 0:
        front = f"---\ntitle: Operation {codename} targets {problem} in {town}\npublisher: {town} Gazette\npublished: {published.isoformat()}\n---\n"
        return f"{name}.md", front + "\n\n".join(paragraphs) + "\n"
    return f"{name}.txt", "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int = 200) -> Path:
    """Write `count` articles into folder (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        name, text = article(i)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
