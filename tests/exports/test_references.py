from datetime import date

import pytest

from app.db.rows import Published
from app.exports.links import Links
from app.exports.references import PublishedParts, published_parts, reference_key
from tests.exports.rows import passage


@pytest.mark.parametrize(
    "earliest,latest,expected",
    [
        (date(2018, 5, 22), date(2018, 5, 22), PublishedParts(((2018, 5, 22),))),
        (date(2018, 5, 22), date(2018, 5, 25), PublishedParts(((2018, 5),))),
        (date(2018, 5, 1), date(2018, 5, 31), PublishedParts(((2018, 5),))),
        (date(2017, 6, 20), date(2017, 7, 15), PublishedParts(((2017,),))),
        (date(2018, 9, 1), date(2018, 12, 31), PublishedParts(((2018,),))),
        (
            date(2017, 12, 20),
            date(2018, 1, 10),
            PublishedParts(((2017,), (2018,)), circa=True),
        ),
        (None, None, None),
    ],
)
def test_publication_dates_give_the_date_parts_both_ends_share(
    earliest, latest, expected
):
    published = Published("", earliest, latest, "inferred")
    assert published_parts(passage(published=published)) == expected


@pytest.mark.parametrize(
    "slug,version,current,number,key",
    [
        ("croydon-arches", 1, 1, 3, "croydon-arches-p3"),
        ("croydon-arches", 1, 2, 3, "croydon-arches-v1-p3"),
        ("000_68f85b36c601844d", 2, 2, 14, "000_68f85b36c601844d-p14"),
        ("odd slug,{x}", 1, 1, 1, "odd-slug-x-p1"),
    ],
)
def test_reference_keys_are_bibtex_safe_and_name_old_versions(
    slug, version, current, number, key
):
    assert reference_key(passage(slug, number, version=version, current=current)) == key


def test_links_are_the_routes_of_the_site(client):
    links = Links("http://testserver")
    app = client.app
    assert (links.event("ev-1"), links.paragraph("a-b", 2, 7)) == (
        "http://testserver" + app.url_path_for("event", event_id="ev-1"),
        "http://testserver"
        + app.url_path_for("source_version", slug="a-b", version=2)
        + "#p7",
    )
