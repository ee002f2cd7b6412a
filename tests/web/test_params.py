from datetime import date

import pytest

from app.db.filters import NEWEST, OLDEST, Cursor, TimelineFilters, encode_cursor
from app.web.params import (
    ParamError,
    TimelineQuery,
    parse_timeline_params,
    query_string,
    toggled,
)


def parse(**params):
    return parse_timeline_params({k: v if isinstance(v, list) else [v] for k, v in params.items()})


@pytest.mark.parametrize(
    "params,filters",
    [
        ({}, TimelineFilters()),
        ({"agency": ["redbridge-council", "metropolitan-police-service", "redbridge-council"]}, TimelineFilters(agencies=("redbridge-council", "metropolitan-police-service"))),
        ({"borough": "barking-and-dagenham"}, TimelineFilters(boroughs=("barking-and-dagenham",))),
        ({"type": ["operation", "team-launch", "Team Launch"]}, TimelineFilters(types=("operation", "team_launch"))),
        ({"from": "2017", "to": "2017"}, TimelineFilters(date_from=date(2017, 1, 1), date_to=date(2017, 12, 31))),
        ({"from": "June 2017", "to": "2018-02"}, TimelineFilters(date_from=date(2017, 6, 1), date_to=date(2018, 2, 28))),
        ({"from": "22 June 2017"}, TimelineFilters(date_from=date(2017, 6, 22))),
        ({"precision": ["day", "MONTH"]}, TimelineFilters(precisions=("day", "month"))),
        ({"planned": "true"}, TimelineFilters(planned=True)),
        ({"planned": "past"}, TimelineFilters(planned=False)),
        ({"planned": ""}, TimelineFilters()),
        ({"q": "  Romanian police "}, TimelineFilters(q="Romanian police")),
        ({"order": "oldest"}, TimelineFilters(order=OLDEST)),
        ({"utm_source": "mail"}, TimelineFilters()),
    ],
)
def test_parse_timeline_params_reads_the_documented_query_string(params, filters):
    assert parse(**params) == TimelineQuery(filters, None, params.get("from", ""), params.get("to", ""), ())


@pytest.mark.parametrize(
    "params,errors",
    [
        ({"type": "raid"}, [ParamError("type", "raid", "is not one of: operation, enforcement, team_launch, consultation, order, meeting, announcement, incident")]),
        ({"from": "2017-13"}, [ParamError("from", "2017-13", "is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22")]),
        ({"to": "yesterday"}, [ParamError("to", "yesterday", "is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22")]),
        ({"from": "2018", "to": "2017"}, [ParamError("to", "2017", "ends before from (2018): the range would be empty")]),
        ({"agency": "Redbridge Council"}, [ParamError("agency", "Redbridge Council", "is not a slug: use lowercase letters, digits and hyphens, e.g. redbridge-council")]),
        ({"precision": "hour"}, [ParamError("precision", "hour", "is not one of: day, week, month, season, year, unknown")]),
        ({"planned": "maybe"}, [ParamError("planned", "maybe", "use planned=true (planned when reported) or planned=false (past)")]),
        ({"order": "random"}, [ParamError("order", "random", "use order=newest or order=oldest")]),
        ({"cursor": "not-a-cursor"}, [ParamError("cursor", "not-a-cursor", "is not a cursor this site gave out")]),
        ({"q": "x" * 201}, [ParamError("q", "x" * 40 + "…", "is longer than 200 characters")]),
    ],
)
def test_malformed_values_are_reported_and_left_out(params, errors):
    query = parse(**params)
    kept = TimelineFilters(date_from=date(2018, 1, 1)) if params.get("from") == "2018" else TimelineFilters()
    assert (list(query.errors), query.filters) == (errors, kept)


def test_a_cursor_for_the_other_order_is_refused():
    cursor = encode_cursor(Cursor(NEWEST, date(2018, 5, 22), date(2018, 5, 26), "e1"))
    assert list(parse(cursor=cursor, order="oldest").errors) == [ParamError("cursor", cursor, "belongs to a different sort order")]
    assert parse(cursor=cursor).cursor == cursor


def test_query_string_keeps_dates_as_typed_and_toggles_facets():
    query = parse(agency=["redbridge-council"], type="operation", **{"from": "June 2017"})
    assert query_string(query) == "?agency=redbridge-council&type=operation&from=June+2017"
    assert query_string(toggled(query, "agency", "redbridge-council")) == "?type=operation&from=June+2017"
    assert query_string(toggled(query, "borough", "newham")) == "?agency=redbridge-council&borough=newham&type=operation&from=June+2017"
    assert query_string(toggled(query, "planned", "false")) == "?agency=redbridge-council&type=operation&from=June+2017&planned=false"
    assert query_string(TimelineQuery()) == ""
