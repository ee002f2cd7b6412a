"""Evaluation set 17, held out: the pipeline on tests/eval17/articles, scored against tests/eval17/gold.yaml.

Written at the start of session 7 by an evaluator who read only ../shared (never the extractor or
another set): Kensington and Chelsea, Merton, Richmond upon Thames, Waltham Forest, Newham, Redbridge, Havering and the City of London,
and Stockport, Warrington, Swindon, Wakefield, Lincoln, Bournemouth, Christchurch and Poole, Cornwall and Cardiff. Its
annotator lists courts as agencies (our convention: a court is a place). Two articles have no findable year.
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

# First contact, da85dbd (start of session 7): core 0.926, recall 0.794, dates 0.535,
# types 0.938, agencies 0.821, boroughs 0.935, planned 0.815, 131 predicted / 19 unmatched; publication date
# contained 8/16 (1 wrong, 7 unknown, 2 of them with no findable year).
# Session 8 (s8_dct): council leaders, known openings, case steps, a feature's "ten years ago" and
# the PSPO cadence date 02 04 05 06 12 14, and 10 (no findable year) is unknown, not wrong: core
# 0.963, recall 0.823, dates 0.748, publication date 14/16 (0 wrong, 2 unknown with no findable year).
# Session 8 (s8_rec17, acts told in passing and unresolved date words kept apart): core 1.0, recall
# 0.929 alone.
FLOORS = {
    "core_recall": 0.96,  # 1.0 with all of session 8 merged
    "event_recall": 0.92,  # 0.943 with all of session 8 merged
    # session 8 (s8_dates): 0.535 -> 0.594 (carnival lead-up, bank holiday weekend, Euro final)
    "date_accuracy": 0.78,  # 0.803 with all of session 8 merged
    # session 8 (s8_types): types 0.965 after the type-choice rules (staff starts, told runs' counts)
    "type_accuracy": 0.92,
    # session 8 (s8_agency): agencies 0.836 -> 0.899 by the agency mechanisms of test_agency_s8.py
    # session 9: 0.875 after merging s8_rec17: its newly found events carry agencies the gold names
    # differently (courts as agencies), not a loss on events found before
    "agency_f1": 0.865,
    "borough_f1": 0.89,
    "planned_recall": 0.76,
    "dct_contains": 13,
}
CEILINGS = {
    # session 8 (s8_rec16: no-act asides, sentencing parts, "the money" told again): 10 unmatched
    "unmatched_predictions": 14,
    "articles_missing": 0,
    "dct_wrong": 1,
}


(
    metrics,
    test_every_article_has_gold_and_a_true_date,
    test_metric_stays_above_its_floor,
    test_count_stays_below_its_ceiling,
) = set_checks(HERE, GOLD, 16, FLOORS, CEILINGS)
