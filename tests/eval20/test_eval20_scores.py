"""Evaluation set 20, held out: the pipeline on tests/eval20/articles, scored against tests/eval20/gold.yaml.

Written at the start of session 9 by an evaluator who read only ../shared (never the extractor or
another set): Waltham Forest, Tower Hamlets, Southwark, Ealing, Kingston upon Thames and Sutton,
and Birmingham, Wolverhampton, Salford, Oldham, Bolton, Bradford, Hull, Stoke-on-Trent, Derby,
Northampton, Peterborough and Cambridge.
Article 04 has no findable year; article 07's year needs outside knowledge (--assess-external).
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

# First contact, eedc26b (start of session 9, all of session 8 merged): core 0.955, recall 0.844, dates 0.575,
# types 0.902, agencies 0.869, boroughs 0.946, planned 0.85, 104 predicted / 12 unmatched; publication date
# contained 10/16 (1 wrong, 5 unknown): most date misses are events left undated with the year unknown.
FLOORS = {
    "core_recall": 0.9,
    "event_recall": 0.8,
    "date_accuracy": 0.53,
    "type_accuracy": 0.86,
    "agency_f1": 0.83,
    "borough_f1": 0.9,
    "planned_recall": 0.8,
    "dct_contains": 9,
}
CEILINGS = {
    "unmatched_predictions": 16,
    "articles_missing": 0,
    "dct_wrong": 2,
}


(
    metrics,
    test_every_article_has_gold_and_a_true_date,
    test_metric_stays_above_its_floor,
    test_count_stays_below_its_ceiling,
) = set_checks(HERE, GOLD, 16, FLOORS, CEILINGS)
