"""Evaluation set 16, held out: the pipeline on tests/eval16/articles, scored against tests/eval16/gold.yaml.

Written at the start of session 7 by an evaluator who read only ../shared (never the extractor or
another set): Barnet, Bromley, Greenwich, Haringey, Hammersmith and Fulham, Westminster, Hillingdon and Tower Hamlets, and Cambridge,
Oxford, Gloucester, York, Wolverhampton, Luton, Peterborough and Belfast (PSNI). Two articles have no findable year.
Nobody who changes the extractor reads its articles, gold or miss list, so its
figures are an honest estimate on unseen articles. Run with -s to see the figures; each
assertion message repeats them. Floors sit below the measured figures so that only a real regression
fails: raise them when the extractor improves, never lower them to let a change through.
"""

from __future__ import annotations

from pathlib import Path

from tests.eval_sets import set_checks

HERE = Path(__file__).parent
GOLD = "gold.yaml"

# First contact, da85dbd (start of session 7): core 1.0, recall 0.881, dates 0.789,
# types 0.864, agencies 0.851, boroughs 0.941, planned 0.889, 135 predicted / 17 unmatched; publication date
# contained 13/16 (0 wrong, 3 unknown, 2 of them with no findable year).
# Session 8 (s8_dct): the PSPO renewal cadence dates 02: dates 0.853, publication date 14/16.
# Session 8 (s8_rec17, acts told in passing: denials at plea hearings, decisions due, relaunches):
# recall 0.918 alone.
FLOORS = {
    "core_recall": 0.95,
    # session 8 (s8_rec16: steps told, no-act asides, lone headlines): recall 0.993, 14 unmatched
    "event_recall": 0.94,
    # session 8 (s8_dates): 0.791 -> 0.855 (dated series, terms, states since, early hours)
    "date_accuracy": 0.88,  # 0.911 with all of session 8 merged
    # session 8 (s8_types): types 0.891 after the type-choice rules (staff starts, told runs' counts)
    "type_accuracy": 0.87,  # 0.895 with all of session 8 merged
    # session 8 (s8_agency): agencies 0.847 -> 0.874 by the agency mechanisms of test_agency_s8.py
    # session 9: 0.858 after merging s8_rec17: its newly found events carry agencies the gold names
    # differently (courts as agencies), not a loss on events found before
    "agency_f1": 0.85,
    "borough_f1": 0.9,
    "planned_recall": 0.83,
    "dct_contains": 13,
}
CEILINGS = {
    "unmatched_predictions": 17,
    "articles_missing": 0,
    "dct_wrong": 1,
}


(
    metrics,
    test_every_article_has_gold_and_a_true_date,
    test_metric_stays_above_its_floor,
    test_count_stays_below_its_ceiling,
) = set_checks(HERE, GOLD, 16, FLOORS, CEILINGS)
