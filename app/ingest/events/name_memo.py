"""The names a text holds, remembered across the articles of a run, per gazetteer and area.

What the gazetteer finds in a paragraph (agencies, places, people) depends on its words, the
article's area and the gazetteer alone. Copies of a story (syndicated to several titles, or a
corpus's variants) repeat most of its paragraphs under the same area, and each article's lookup
would otherwise read them again. An article's lookup takes its area's memos once, so each text
then costs one dictionary probe on a string key.
"""

from __future__ import annotations

from collections.abc import Hashable

_AREAS = 64  # gazetteer and area pairs remembered at once
_TEXTS = 2048  # texts remembered per pair and kind of name


class TextMemo(dict):
    """text -> names found, forgetting the oldest text once full."""

    def __setitem__(self, text: str, names) -> None:
        if len(self) >= _TEXTS and text not in self:
            self.pop(next(iter(self), None), None)
        super().__setitem__(text, names)


# (id of the gazetteer, area) -> (the gazetteer, kept so that its id stays its own; memos by kind)
_memos: dict[tuple[int, Hashable], tuple[object, dict[str, TextMemo]]] = {}


def memo_for(gazetteer: object, area: object, kind: str) -> TextMemo:
    """The memo of one kind of name ("agencies", "places", "people") for a gazetteer (by identity)
    and an area (by value); a pair not seen lately starts empty, and so does an unhashable area."""
    try:
        key = (id(gazetteer), area)
        held = _memos.get(key)
    except TypeError:  # a test's own area record: nothing to share it with
        return TextMemo()
    if held is None:
        if len(_memos) >= _AREAS:
            _memos.pop(next(iter(_memos), None), None)  # the pair used least lately
        held = (gazetteer, {})
    else:
        del _memos[key]
    _memos[key] = held  # last in the order: used lately
    return held[1].setdefault(kind, TextMemo())


def clear() -> None:
    """Forget every text read (benchmarks measure reading text never seen)."""
    _memos.clear()
