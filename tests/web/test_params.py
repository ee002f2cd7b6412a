import base64
import subprocess
import sys
from datetime import date

import pytest

import app.query
import app.web.params
from app.db.filters import (
    NEWEST,
    OLDEST,
    Cursor,
    TimelineFilters,
    decode_cursor,
    encode_cursor,
)
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


def test_the_parser_lives_in_app_query_and_the_web_module_re_exports_it():
    assert [getattr(app.web.params, n) is getattr(app.query, n) for n in ("parse_timeline_params", "TimelineQuery", "query_string", "query_pairs", "ParamError")] == [True] * 5


def test_app_query_imports_nothing_from_the_web_layer():
    code = "import sys, app.query; print(sorted(m for m in sys.modules if m.startswith(('app.web', 'app.api', 'fastapi', 'starlette', 'jinja2'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_place_slugs_are_a_repeatable_filter_in_the_query_string():
    query = parse(place=["ilford-lane-redbridge", "victoria-road-barking-and-dagenham", "ilford-lane-redbridge"], borough="redbridge")
    assert (query.filters, query_string(query)) == (
        TimelineFilters(boroughs=("redbridge",), places=("ilford-lane-redbridge", "victoria-road-barking-and-dagenham")),
        "?borough=redbridge&place=ilford-lane-redbridge&place=victoria-road-barking-and-dagenham",
    )
    assert list(parse(place="Ilford Lane").errors) == [ParamError("place", "Ilford Lane", "is not a slug: use lowercase letters, digits and hyphens, e.g. ilford-lane-redbridge")]
    assert query_string(toggled(query, "place", "ilford-lane-redbridge")) == "?borough=redbridge&place=victoria-road-barking-and-dagenham"


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "value",
    [
        b64(b"n|2018-05-22|2018-05-26|ev-1\x00"),  # a NUL byte must never reach the database
        b64(b"n|2018-05-22|2018-05-26|ev 1"),
        b64(b"n|2018-05-22|2018-05-26|ev/1"),
        b64("n|2018-05-22|2018-05-26|év-1".encode()),
        b64(b"n|2018-05-22|2018-05-26|ev-1'; drop table event; --"),
        b64(b"n|2018-05-22|2018-05-26|"),  # a dated cursor names its event
        b64(b"n|20180522|20180526|ev-1"),  # a date spelt another way than ours
        b64(b"n|2018-05-22|-|ev-1"),  # half undated
        b64(b"x|2018-05-22|2018-05-26|ev-1"),
        b64(b"n|2018-05-22|ev-1"),
        b64(b"n|-|-|ev-1\x00"),
        b64(b"n|-|-|" + b"e" * 201),
        b64(b"n|2018-05-22|2018-05-26|ev-1") + "=",  # padding we never give out
        "bnwyMDE4LTA1LTIyfDIwMTgtMDUtMjZ8ZXYtMQ$",
        "%00",
        "x" * 401,
    ],
)
def test_a_malformed_cursor_is_a_parameter_error(value):
    assert list(parse(cursor=value).errors) == [ParamError("cursor", value[:40], "is not a cursor this site gave out")]


@pytest.mark.parametrize(
    "cursor",
    [
        Cursor(NEWEST, date(2018, 5, 22), date(2018, 5, 26), "ev-8f3a_B"),
        Cursor(OLDEST, date(2017, 1, 1), date(2017, 12, 31), "cl-0123456789abcdef"),
        Cursor(NEWEST, None, None, ""),
        Cursor(OLDEST, None, None, "ev-pspo"),
    ],
)
def test_cursors_the_site_gives_out_decode_to_themselves(cursor):
    assert decode_cursor(encode_cursor(cursor), order=cursor.order) == cursor
