"""Malformed parameters get a JSON 422 naming them, unknown ids a JSON 404; never a server error."""

import pytest

DATE_HELP = "is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22"
TYPES = "operation, enforcement, team_launch, consultation, order, meeting, announcement, incident"


@pytest.mark.parametrize(
    "path",
    [
        "/api/events",
        "/api/facets",
        "/events.csv",
        "/events.json",
        "/events.ics",
        "/events.timelinejs.json",
        "/events.csl.json",
        "/events.bib",
    ],
)
@pytest.mark.parametrize(
    "query,body",
    [
        (
            "from=2017-13",
            {
                "detail": "Invalid query parameter: from",
                "errors": [f"from=2017-13 {DATE_HELP}"],
            },
        ),
        (
            "type=parade",
            {
                "detail": "Invalid query parameter: type",
                "errors": [f"type=parade is not one of: {TYPES}"],
            },
        ),
        (
            "cursor=bm90LWEtY3Vyc29y",
            {
                "detail": "Invalid query parameter: cursor",
                "errors": [
                    "cursor=bm90LWEtY3Vyc29y is not a cursor this site gave out"
                ],
            },
        ),
        (
            "agency=Redbridge Council&planned=maybe",
            {
                "detail": "Invalid query parameters: agency, planned",
                "errors": [
                    "agency=Redbridge Council is not a slug: use lowercase letters, digits and hyphens, e.g. redbridge-council",
                    "planned=maybe use planned=true (planned when reported) or planned=false (past)",
                ],
            },
        ),
    ],
)
def test_a_malformed_filter_is_a_422_naming_the_parameter_on_every_json_route_and_export(
    sample_client, path, query, body
):
    response = sample_client.get(f"{path}?{query}")
    assert (
        response.status_code,
        response.headers["content-type"],
        response.json(),
    ) == (422, "application/json", body)


@pytest.mark.parametrize(
    "url,errors",
    [
        (
            "/api/events?limit=100000",
            ["limit: Input should be less than or equal to 500"],
        ),
        ("/api/events?limit=0", ["limit: Input should be greater than or equal to 1"]),
        (
            "/api/events?limit=ten",
            [
                "limit: Input should be a valid integer, unable to parse string as an integer"
            ],
        ),
        ("/api/facets?size=1000", ["size: Input should be less than or equal to 100"]),
        (
            "/api/sources/croydon-knife-arches?version=0",
            ["version: Input should be greater than or equal to 1"],
        ),
    ],
)
def test_an_out_of_range_number_is_a_422_naming_the_parameter(
    sample_client, url, errors
):
    response = sample_client.get(url)
    assert (response.status_code, response.json()) == (
        422,
        {"detail": "Part of this address is not valid.", "errors": errors},
    )


def test_a_cursor_of_the_other_sort_order_is_refused(sample_client):
    cursor = sample_client.get("/api/events?limit=1").json()["next_cursor"]
    response = sample_client.get(f"/api/events?limit=1&order=oldest&cursor={cursor}")
    assert (response.status_code, response.json()["errors"]) == (
        422,
        [f"cursor={cursor[:40]} belongs to a different sort order"],
    )


@pytest.mark.parametrize(
    "url,detail",
    [
        (
            "/api/events/nothing-here",
            "There is no event with id 'nothing-here' (it may have been merged or hidden).",
        ),
        ("/api/sources/no-such-article", "There is no source 'no-such-article'."),
        (
            "/api/sources/croydon-knife-arches?version=3",
            "Source 'croydon-knife-arches' has no version 3.",
        ),
        ("/api/agencies/no-such-agency", "There is no agency 'no-such-agency'."),
        ("/api/boroughs/atlantis", "There is no borough 'atlantis'."),
        ("/api/nothing", "There is no page at this address."),
    ],
)
def test_an_unknown_id_is_a_json_404(sample_client, url, detail):
    response = sample_client.get(url)
    assert (
        response.status_code,
        response.headers["content-type"],
        response.json(),
    ) == (404, "application/json", {"detail": detail, "errors": []})
