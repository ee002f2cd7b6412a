"""A paragraph's names read from the whole text's scan are the names a scan of its own finds."""

from __future__ import annotations

import re

import pytest

from app.ingest.gazetteer.shared_scan import SharedScan
from app.ingest.gazetteer.text import (
    bounded,
    capital_trie_pattern,
    capital_words_pattern,
)

NAMES = ("Ilford", "Ilford Lane", "Redbridge Council", "Met", "Barking and Dagenham")
WHOLE = (
    "Officers from the Met patrolled Ilford.\n\n"
    "Ilford\n\nLane residents met Redbridge Council.\n\n"
    "Barking and\nDagenham police said Ilford Lane was quiet.\n\n"
    "xIlford and Ilfordx name nothing; Ilford_ neither"
)


def _spans(found) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]


@pytest.mark.parametrize(
    "pattern",
    [bounded(capital_trie_pattern(NAMES), capital=False), capital_words_pattern(NAMES)],
)
@pytest.mark.parametrize(
    "text",
    [
        *WHOLE.split("\n\n"),
        "Lane residents met Redbridge",  # a slice ending inside a name
        "Ilford",  # found several times; the first clean slice serves
        "Dagenham police said Ilford",  # a name running into the slice from before it
        "patrolled Ilford.\n\nIlford",
        "lford",  # a slice starting inside a word
        "Ilford Lane and the Met",  # not in the whole text: a scan of its own
        WHOLE,
        "",
    ],
)
def test_names_from_the_shared_scan_are_the_slices_own(pattern, text):
    compiled = re.compile(pattern)
    shared = SharedScan(compiled)
    shared.scan(WHOLE)
    assert _spans(shared.finditer(text)) == _spans(compiled.finditer(text))
