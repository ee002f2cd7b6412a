"""Property-based fuzzing of the JSON API and the exports from their own OpenAPI schema (schemathesis).

Every operation under /api and every /events.<ext> export gets generated requests, valid and not;
each response must not be a server error, must use a declared status code and content type, and its
body must match the declared schema. Examples are few and unhurried so that the run stays short.
"""

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.config import Settings
from app.main import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# The schema is static (no database needed to build it); pytest 9 cannot use schemathesis's lazy
# fixture-based loader, so it is read from an app built here and requests go to the test's app.
RAW_SCHEMA = create_app(Settings(database_url="sqlite://", load_seeds=False)).openapi()
schema = schemathesis.openapi.from_dict(RAW_SCHEMA).include(
    path_regex=r"^/(api/|events\.)"
)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_operation_errors_or_breaks_its_declared_schema(case, sample_client):
    case.call_and_validate(checks=CHECKS, app=sample_client.app)


def test_the_schema_declares_every_json_route_and_export(sample_client):
    served = sample_client.get("/openapi.json").json()
    assert served == RAW_SCHEMA
    paths = sorted(p for p in served["paths"] if p.startswith(("/api/", "/events.")))
    assert paths == [
        "/api/agencies",
        "/api/agencies/{slug}",
        "/api/boroughs",
        "/api/boroughs/{slug}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/facets",
        "/api/sources",
        "/api/sources/{slug}",
        "/events.bib",
        "/events.csl.json",
        "/events.csv",
        "/events.ics",
        "/events.json",
        "/events.timelinejs.json",
    ]
