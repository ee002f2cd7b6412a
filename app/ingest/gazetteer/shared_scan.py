"""One scan of a name pattern over an article's whole text, handed out to its paragraphs.

The area reader scans the whole text for agency and place names before the paragraphs are read
one by one with the same patterns. A paragraph is a slice of that text between characters that
are not word characters, so the whole text's matches inside the slice are the paragraph's own
matches: the patterns (whole words, a trie of names) look at most one character either side of a
match, and a match found in the whole text that runs over the slice's edge sends the paragraph
back to a scan of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_WORD = re.compile(r"\w")


class SharedScan:
    """A pattern's matches over the last whole text scanned, reused for slices of that text."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        # (whole text, match starts, match ends): one tuple, replaced at once
        self._last: tuple[str, list[int], list[int]] = ("", [], [])

    def scan(self, text: str) -> list[re.Match[str]]:
        """The pattern's matches in `text`, remembered for the slices of it read next."""
        found = list(self.pattern.finditer(text))
        self._last = (text, [m.start() for m in found], [m.end() for m in found])
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields, read from the remembered scan where `text` is a
        clean slice of it (a scan of its own otherwise)."""
        whole, starts, ends = self._last
        at = whole.find(text) if text and len(text) <= len(whole) else -1
        if at < 0:
            return list(self.pattern.finditer(text))
        stop = at + len(text)
        if (at > 0 and _WORD.match(whole, at - 1)) or (
            stop < len(whole) and _WORD.match(whole, stop)
        ):
            return list(self.pattern.finditer(text))
        i = bisect_left(
            ends, at + 1
        )  # the first match ending inside the slice or after it
        out = []
        while i < len(starts) and starts[i] < stop:
            if starts[i] < at or ends[i] > stop:
                return list(self.pattern.finditer(text))  # a name runs over the edge
            m = self.pattern.match(text, starts[i] - at)
            if m is None or m.end() != ends[i] - at:
                return list(self.pattern.finditer(text))
            out.append(m)
            i += 1
        return out
