import json
from datetime import date

from app.db.rows import Published
from app.exports.csl import render_csl
from tests.exports.citeproc_render import bibliography
from tests.exports.rows import CONTEXT, ESTIMATE, UNKNOWN, event, passage

EVENTS = [
    event(
        "ev-1",
        "Knife arches",
        earliest=date(2019, 3, 12),
        latest=date(2019, 3, 12),
        passages=(
            passage(number=1),
            passage(number=2, quote="seized two blades", author="Jane Reporter"),
        ),
    ),
    event(
        "ev-2",
        "Blades seized",
        type="enforcement",
        earliest=date(2019, 3, 12),
        latest=date(2019, 3, 12),
        passages=(
            passage(number=2, quote="seized two blades", author="Jane Reporter"),
        ),
    ),
    event(
        "ev-3",
        "Dispersal order",
        precision="unknown",
        passages=(
            passage(
                "leeds-order",
                1,
                "will stay in force",
                url="https://ledger.example/order",
                publisher="Leeds Ledger",
                title="Dispersal order extended",
                published=ESTIMATE,
            ),
        ),
    ),
    event(
        "ev-4",
        "Seafront order",
        precision="unknown",
        passages=(
            passage(
                "southend",
                2,
                "A consultation",
                publisher=None,
                title=None,
                url=None,
                published=UNKNOWN,
                version=1,
                current=2,
            ),
        ),
    ),
]


def test_csl_items_are_newspaper_articles_with_publisher_date_at_known_precision_and_fragment_url():
    items = json.loads(render_csl(EVENTS, CONTEXT))
    assert items[0] == {
        "id": "croydon-arches-p1",
        "type": "article-newspaper",
        "title": "Knife arches at West Croydon",
        "container-title": "Croydon Courier",
        "publisher": "Croydon Courier",
        "issued": {"date-parts": [[2019, 3, 14]]},
        "accessed": {"date-parts": [[2024, 1, 15]]},
        "URL": "https://news.example/croydon/arches#:~:text=set%20up%20knife%20arches",
        "archive": "Policing Timeline",
        "archive_location": "https://timeline.example/sources/croydon-arches/v/1#p1",
        "note": "para. 1. Cited for: Knife arches (https://timeline.example/events/ev-1). "
        "Archived by Policing Timeline at https://timeline.example/sources/croydon-arches/v/1#p1",
    }
    assert [
        (i["id"], i.get("issued"), i["URL"], i["note"].split(" Archived")[0])
        for i in items[1:]
    ] == [
        (
            "croydon-arches-p2",
            {"date-parts": [[2019, 3, 14]]},
            "https://news.example/croydon/arches#:~:text=seized%20two%20blades",
            "para. 2. Cited for: Knife arches (https://timeline.example/events/ev-1); "
            "Blades seized (https://timeline.example/events/ev-2).",
        ),
        (
            "leeds-order-p1",
            {"date-parts": [[2017, 6]]},
            "https://ledger.example/order#:~:text=will%20stay%20in%20force",
            "para. 1. Cited for: Dispersal order (https://timeline.example/events/ev-3).",
        ),
        (
            "southend-v1-p2",
            None,
            "https://timeline.example/sources/southend/v/1#p2",
            "para. 2. Cited for: Seafront order (https://timeline.example/events/ev-4).",
        ),
    ]
    assert items[1]["author"] == [{"literal": "Jane Reporter"}]


def test_citeproc_loads_the_export_and_renders_every_item_with_the_harvard_style():
    items = json.loads(render_csl(EVENTS, CONTEXT))
    assert bibliography(items) == [
        "Croydon Courier (2019) \u201cKnife arches at West Croydon\u201d, Croydon Courier, 14 March. "
        "Available at: https://news.example/croydon/arches#:~:text=set%20up%20knife%20arches (Accessed: January 15, 2024).",
        "Jane Reporter (2019) \u201cKnife arches at West Croydon\u201d, Croydon Courier, 14 March. "
        "Available at: https://news.example/croydon/arches#:~:text=seized%20two%20blades (Accessed: January 15, 2024).",
        "Leeds Ledger (2017) \u201cDispersal order extended\u201d, Leeds Ledger, June. "
        "Available at: https://ledger.example/order#:~:text=will%20stay%20in%20force (Accessed: January 15, 2024).",
        "(no date) \u201csouthend\u201d. Available at: https://timeline.example/sources/southend/v/1#p2 (Accessed: January 15, 2024).",
    ]


def test_a_publication_date_known_only_across_two_years_is_a_circa_range_citeproc_renders():
    across = Published(
        "2017-12-20/2018-01-10", date(2017, 12, 20), date(2018, 1, 10), "inferred"
    )
    items = json.loads(
        render_csl(
            [
                event(
                    "ev-5", passages=(passage("winter", 3, "arches", published=across),)
                )
            ],
            CONTEXT,
        )
    )
    assert items[0]["issued"] == {"date-parts": [[2017], [2018]], "circa": True}
    assert bibliography(items)[0].startswith("Croydon Courier (2017\u20132018)")
