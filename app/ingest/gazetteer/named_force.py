"""The force an article's bare "police" and "officers" stand for when it never names its area's own
force: a story about British Transport Police at a London Tube station, which names BTP again and
again and the Met not at all, is BTP's from start to end, lead or no lead."""

from __future__ import annotations

from collections import Counter

# a force named this often, and the area's own never, is the story's
TIMES = 2


def sole_named_force(named: list[tuple[str, str, int]], area_force: str) -> str | None:
    """The one force other than `area_force` that `named` (part, force, position) holds at least
    TIMES times, when it holds `area_force` not at all and no other force as often."""
    counts = Counter(name for _, name, _ in named)
    if counts[area_force]:
        return None
    top = counts.most_common(2)
    if not top or top[0][1] < TIMES or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
