"""Money for safety work (triggers_funding.toml): sums put in, given or set aside are announcements, a council's decision to spend is an order; fines and costs are not."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The commissioner said in January that she was putting £120,000 into diversion schemes for teenagers.",
            [("announcement", "realis", "putting £120,000 into")],
        ),
        (
            "The council will invest an extra £2m in street lighting over the next two years.",
            [("announcement", "future", "invest an extra £2m in")],
        ),
        (
            "Last year the mayor gave £35,000 from his community safety fund to the youth club.",
            [("announcement", "realis", "gave £35,000")],
        ),
        (
            "The authority has set aside £800,000 to pay for more wardens.",
            [("announcement", "realis", "set aside £800,000")],
        ),
        (
            "She was fined £400 and ordered to pay £85 costs.",
            [("enforcement", "realis", "ordered to pay £85 costs")],
        ),
        (
            "The force spent hours searching the park.",
            [("operation", "realis", "searching the park")],
        ),
        (
            "£90,000 of Home Office funding secured in the spring will pay for new gates.",
            [("announcement", "realis", "£90,000 of Home Office funding secured")],
        ),
        (
            "The council's cabinet agreed on Tuesday to spend £450,000 on new CCTV cameras.",
            [("order", "realis", "agreed on Tuesday to spend £450,000")],
        ),
        (
            "Councillors voted last month to invest £1.5 million in the town centre.",
            [("order", "realis", "voted last month to invest £1.5 million")],
        ),
        (
            "Councillors agreed that spending should be reviewed.",
            [],
        ),
        (
            "The trust set aside £3.2m to pay for extra officers in the city centre.",
            [("announcement", "realis", "set aside £3.2m")],
        ),
    ],
)
def test_money_put_in_or_agreed_is_found_and_fines_are_not(text, expected):
    assert found(text) == expected
