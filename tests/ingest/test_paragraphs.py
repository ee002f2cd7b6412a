import pytest

from app.ingest.paragraphs import classify, split_blocks, split_paragraphs
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    "name,count",
    [
        ("000_68f85b36c601844d.txt", 30),
        ("001_7707c438e8081df2.txt", 14),
        ("002_8847ddc95d16ff56.txt", 16),
        ("003_b55fad0100abc301.txt", 17),
        ("004_b70c8c2c48ac1558.txt", 22),
    ],
)
def test_seed_paragraphs_are_numbered_as_annotation_says(name, count):
    paragraphs = split_paragraphs((SEEDS / name).read_text(encoding="utf-8"))
    assert [p.number for p in paragraphs] == list(range(1, count + 1))


def test_blank_lines_separate_paragraphs_and_single_newlines_join_lines():
    assert split_blocks("One line\ncontinues.\n\nSecond.\n \nThird.") == ["One line continues.", "Second.", "Third."]


def test_a_text_without_blank_lines_has_one_paragraph_per_line():
    assert split_blocks("First.\nSecond.\r\nThird.\n") == ["First.", "Second.", "Third."]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ilford Recorder: Police search a well-known lane in Ilford. Picture: Ellena Cruse (Image: Archant)", ("caption", "image credit")),
        ("Officers on patrol in Romford town centre. Picture: John Smith", ("caption", "photo credit")),
        ("Pictured: the new team outside Romford police station", ("caption", "photo caption")),
        ("To take the survey click here. Email the team at snt@met.police.uk.", ("boilerplate", "call to action")),
        ("Comments: Our rules", ("boilerplate", "comment rules")),
        ("Read the rules here", ("boilerplate", "comment rules")),
        ("Sign up to our free newsletter for the latest news", ("boilerplate", "subscription appeal")),
        ("Support local journalism by subscribing today.", ("boilerplate", "subscription appeal")),
        ("PUBLISHED: 16:00 30 December 2019 | UPDATED: 16:05 30 December 2019", ("boilerplate", "dateline")),
        ("Get the latest Essex news straight to your inbox", ("boilerplate", "subscription appeal")),
        ("Join our Bristol Live WhatsApp community for breaking news", ("boilerplate", "site navigation")),
        ("Follow us on Facebook and X for more stories", ("boilerplate", "site navigation")),
        ("Most Read", ("boilerplate", "site navigation")),
        ("Don\u2019t miss: Man charged after Ilford stabbing", ("boilerplate", "site navigation")),
        ("Story continues below", ("boilerplate", "advertisement")),
        ("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code", ("boilerplate", "site notice")),
        ("Get tough on kerb crawlers, residents told the latest ward panel.", ("body", None)),
        ("Follow-up patrols will run in Romford market, officers said.", ("body", None)),
        ("“So people can email us, follow us on Twitter or subscribe for updates.”", ("body", None)),
        ("Police launched a crackdown on kerb crawlers in Ilford Lane on Tuesday.", ("body", None)),
        ("The council said the picture was complicated: figures show a rise.", ("body", None)),
    ],
)
def test_captions_and_boilerplate_are_told_from_body_text(text, expected):
    assert classify(text) == expected


def test_seed_captions_and_boilerplate_are_marked_with_their_reason():
    kinds = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for p in split_paragraphs(path.read_text(encoding="utf-8")):
            if p.kind != "body":
                kinds.setdefault(path.name[:3], []).append((p.number, p.kind))
    assert kinds == {
        "000": [(30, "boilerplate")],
        "002": [(13, "boilerplate"), (14, "boilerplate"), (15, "boilerplate"), (16, "boilerplate")],
        "003": [(9, "caption")],
        "004": [(2, "caption"), (7, "caption")],
    }
