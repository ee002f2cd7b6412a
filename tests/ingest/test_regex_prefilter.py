"""The first-character filter: patterns find exactly what they found without it, only sooner."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _compiler, _parser
from re import _constants as c

import pytest

from app.ingest import regex_prefilter
from app.ingest.events.lexicon import load_lexicon
from app.ingest.paragraphs import split_paragraphs
from app.ingest.temporal.grammar import RULES

ROOT = Path(__file__).resolve().parents[2]


def _stock(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """The pattern as the standard library compiles it (no cache: re.compile would hand back ours)."""
    regex_prefilter.uninstall()
    try:
        return _compiler.compile(pattern, flags)
    finally:
        regex_prefilter.install()


def _filtered(pattern: str, flags: int = 0) -> re.Pattern:
    return _compiler.compile(pattern, flags)


def _info_mask(pattern: str, flags: int = 0) -> int:
    code = _compiler._code(_parser.parse(pattern, flags), flags)
    return code[2] if code[0] == c.INFO else 0


def _found(regex: re.Pattern, text: str, pos: int = 0) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in regex.finditer(text, pos)]


@pytest.mark.parametrize(
    "pattern,flags,text,pos,expected",
    [
        # a whole word, where it is a word only
        (r"\bmeeting\b", 0, "premeeting meeting meetings", 0, [(11, 18, ())]),
        # the boundary before the start position still looks at the character before it
        (r"\bting", 0, "meeting ting", 4, [(8, 12, ())]),
        (r"\bting", 0, "meeting ting", 8, [(8, 12, ())]),
        # case ignored: the letters that fold into ASCII ones are found too
        (
            r"\b(?:kelvin|stop|ice)\b",
            re.IGNORECASE,
            "\u212aelvin \u017fTOP \u0131ce",
            0,
            [(0, 6, ()), (7, 11, ()), (12, 15, ())],
        ),
        (r"(?i)\bice", 0, "Vice \u0130CE ice", 0, [(5, 8, ()), (9, 12, ())]),
        # ASCII matching folds ASCII letters only; bytes likewise
        (
            r"\b(?:kelvin|stop)\b",
            re.IGNORECASE | re.ASCII,
            "\u212aelvin KELVIN \u017fTOP Stop",
            0,
            [(7, 13, ()), (19, 23, ())],
        ),
        # a case-exact group inside a case-blind pattern
        (
            r"\b(?:(?-i:Met)|meet)\b",
            re.IGNORECASE,
            "met MET Met MEET",
            0,
            [(8, 11, ()), (12, 16, ())],
        ),
        # look-ahead and look-behind before the first character
        (
            r"(?=[A-Z])\b(?P<t>Mr|Dr)\.?\s+(?P<n>[A-Z]\w+)",
            0,
            "said Dr Patel and mr Lee",
            0,
            [(5, 13, ("Dr", "Patel"))],
        ),
        (
            r"(?<!drug )\boperation",
            re.IGNORECASE,
            "a drug operation and an Operation",
            0,
            [(24, 33, ())],
        ),
        # an optional opening word: the filter holds the characters of both ways in
        (
            r"\b(?:the\s+)?(?:police|council)\b",
            0,
            "council and the police",
            0,
            [(0, 7, ()), (12, 22, ())],
        ),
        # a space run that opens the pattern
        (
            r"\s+(?=(?:but|while)\b)",
            0,
            "tired  but happy while",
            0,
            [(5, 7, ()), (16, 17, ())],
        ),
        # overlapping words, each found by a look-ahead that then steps over one character
        (
            r"(?=(ward|warden|den))(?s:.)",
            0,
            "the wardens' den",
            0,
            [(4, 5, ("ward",)), (7, 8, ("den",)), (13, 14, ("den",))],
        ),
        # anchored, empty-matching and negated openings are left to the engine as they were
        (r"^\w+", 0, "one two", 0, [(0, 3, ())]),
        (r"\b(?:x)?", 0, "ab", 0, [(0, 0, ()), (2, 2, ())]),
        (r"\b[^a-z]\w", 0, "ab Cd", 0, [(2, 4, ())]),
    ],
)
def test_a_filtered_pattern_finds_what_the_stock_one_finds(
    pattern, flags, text, pos, expected
):
    assert (
        _found(_filtered(pattern, flags), text, pos),
        _found(_stock(pattern, flags), text, pos),
    ) == (
        expected,
        expected,
    )


@pytest.mark.parametrize(
    "pattern,flags,expected",
    [
        (r"\bmeeting\b", 0, c.SRE_INFO_PREFIX),  # the literal text after the boundary
        (r"\b(?:will|would)\b", re.IGNORECASE, c.SRE_INFO_CHARSET),
        (r"(?=[A-Z])\b(?P<name>[A-Z][a-z]+)", 0, c.SRE_INFO_CHARSET),
        (r"\s+(?=and\b)", 0, c.SRE_INFO_CHARSET),
        # the look-ahead's first letters
        (r"(?=(ward|den))(?s:.)", 0, c.SRE_INFO_CHARSET),
        (r"^\w+", 0, 0),  # the engine tries an anchored pattern at the start only
        (r"\b(?:x)?", 0, 0),  # may match the empty string
        (r"\b.\w", 0, 0),  # any character may open it
    ],
)
def test_a_pattern_that_opens_with_zero_width_tests_gets_a_filter_where_one_can_be_told(
    pattern, flags, expected
):
    assert (
        _info_mask(pattern, flags) & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET)
        == expected
    )


@pytest.mark.parametrize(
    "pattern,text,expected",
    [
        (rb"\bstop\b", b"a STOP and a stop", [(13, 17)]),
        (rb"(?i)\b(?:kelvin|ice)", b"KELVIN vice Ice", [(0, 6), (12, 15)]),
    ],
)
def test_a_bytes_pattern_finds_what_the_stock_one_finds(pattern, text, expected):
    found = [m.span() for m in _compiler.compile(pattern).finditer(text)]
    stock = [m.span() for m in _stock(pattern).finditer(text)]
    assert (found, stock) == (expected, expected)


def test_the_letters_folded_into_ascii_ones_are_all_the_engine_folds():
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    folded = {
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if any_letter.fullmatch(chr(code))
    }
    assert folded == set("".join(regex_prefilter._FOLDED_INTO_ASCII.values()))


def _paragraphs() -> list[str]:
    """The seed articles and a few of the extractor's test articles."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "ingest" / "articles").glob("*.txt"))[:4]
    return [
        p.text
        for path in paths
        for p in split_paragraphs(path.read_text(encoding="utf-8"))
    ]


def test_every_trigger_and_date_rule_finds_the_same_spans_with_the_filter():
    patterns = [t.regex for t in load_lexicon()] + [rule[0] for rule in RULES]
    texts = _paragraphs()
    differing = []
    for p in patterns:  # compiled with the filter when their modules loaded
        stock = _stock(p.pattern, p.flags)
        if any(_found(p, t) != _found(stock, t) for t in texts):
            differing.append(p.pattern[:80])
    assert (len(patterns) > 500, len(texts) > 40, differing) == (True, True, [])
