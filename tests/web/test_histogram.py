from app.db.rows import SpanCount
from app.web.histogram import build_histogram


def test_points_become_stacked_bars_and_wide_intervals_spans():
    h = build_histogram(
        [
            SpanCount("2018-01", "2018-01", "operation", 2),
            SpanCount("2018-01", "2018-01", "meeting", 1),
            SpanCount("2018-03", "2018-03", "operation", 1),
            SpanCount("2018-01", "2018-12", "order", 1),
        ]
    )
    assert [(b.key, b.total, [(s.type, s.count) for s in b.segments], b.tick) for b in h.bins] == [
        ("2018-01", 3, [("operation", 2), ("meeting", 1)], "2018"),
        ("2018-02", 0, [], None),
        ("2018-03", 1, [("operation", 1)], None),
        ("2018-04", 0, [], None),
        ("2018-05", 0, [], None),
        ("2018-06", 0, [], None),
        ("2018-07", 0, [], None),
        ("2018-08", 0, [], None),
        ("2018-09", 0, [], None),
        ("2018-10", 0, [], None),
        ("2018-11", 0, [], None),
        ("2018-12", 0, [], None),
    ]
    assert [(s.label, s.type, s.count, s.x, s.width) for s in h.spans] == [("January 2018 to December 2018", "order", 1, 0.0, 800.0)]
    assert (h.types, h.by_year, h.bins[0].segments[0].height) == (("operation", "order", "meeting"), False, 73.33)


def test_more_than_ten_years_of_months_are_binned_by_year():
    h = build_histogram([SpanCount("2001-05", "2001-05", "incident", 1), SpanCount("2015-02", "2015-02", "incident", 4)])
    assert (h.by_year, len(h.bins), h.bins[0].label, h.bins[-1].total) == (True, 15, "2001", 4)


def test_no_rows_no_chart():
    assert build_histogram([]).empty
