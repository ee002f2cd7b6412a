from datetime import date
from pathlib import Path

import pytest

from app.ingest.decoding import ArticleError
from app.ingest.loader import load_article, load_sources_meta
from tests.conftest import SEEDS


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_seed_metadata_comes_from_sources_toml():
    meta = load_sources_meta(SEEDS)
    article = load_article(SEEDS / "003_b55fad0100abc301.txt", meta=meta["003_b55fad0100abc301.txt"])
    assert (article.slug, article.title, article.publisher, article.published, len(article.paragraphs)) == (
        "003-b55fad0100abc301",
        "Ilford town centre police team launches",
        "Ilford Recorder",
        None,
        17,
    )
    assert article.url == "https://www.ilfordrecorder.co.uk/news/crime/ilford-town-centre-police-team-launches-8692246"


def test_markdown_front_matter_gives_metadata_and_the_body_starts_after_it(tmp_path):
    path = write(
        tmp_path,
        "romford.md",
        "---\ntitle: Romford crackdown\nurl: https://example.org/romford\npublisher: Romford Recorder\n"
        "author: Jo Bloggs\npublished: 2019-03-04\n---\n# Romford crackdown\n\nPolice [arrested](https://x.y) **five** men.\n\nSecond paragraph.\n",
    )
    a = load_article(path)
    assert (a.title, a.url, a.publisher, a.author, a.published, a.published_method) == (
        "Romford crackdown",
        "https://example.org/romford",
        "Romford Recorder",
        "Jo Bloggs",
        date(2019, 3, 4),
        "metadata",
    )
    assert [p.text for p in a.paragraphs] == ["Police arrested five men.", "Second paragraph."]


def test_cp1252_text_is_decoded_not_rejected(tmp_path):
    text = "Residents said the \u201cfines\u201d of \u00a3100 were fair.\n\nThe council\u2019s plan was backed."
    a = load_article(write(tmp_path, "cp.txt", text.encode("cp1252")))
    assert [p.text for p in a.paragraphs] == [
        "Residents said the \u201cfines\u201d of \u00a3100 were fair.",
        "The council\u2019s plan was backed.",
    ]


@pytest.mark.parametrize(
    "name,data,problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \n", "file holds only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not an article"),
        ("nul.txt", b"abc\x00def\x00" * 10, "binary file (contains NUL bytes), not an article"),
        ("bad.md", "---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter (line 2): expected ',' or ']', but got '<stream end>'"),
        ("open.md", "---\ntitle: x\nBody without a closing fence.\n", "front matter starts with '---' but is never closed"),
        ("tag.md", "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody.\n", "malformed front matter (line 2): could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
        ("list.md", "---\n- a\n- b\n---\nBody.\n", "front matter must be a mapping of field: value"),
        ("date.md", "---\npublished: yesterday\n---\nBody.\n", "published date 'yesterday' is not YYYY-MM-DD"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type .docx: use .txt, .md or .html"),
    ],
)
def test_bad_files_get_an_error_naming_the_file_and_the_problem(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert (info.value.path, info.value.problem) == (str(path), problem)
    assert str(info.value) == f"{path}: {problem}"


def test_files_over_the_size_limit_are_refused(tmp_path):
    path = write(tmp_path, "big.txt", "word " * 300)
    with pytest.raises(ArticleError) as info:
        load_article(path, max_bytes=1000)
    assert info.value.problem == "file is 1,500 bytes, over the 1,000-byte limit"


def test_saved_html_pages_give_main_text_metadata_and_date(tmp_path):
    html = """<!doctype html><html><head><title>Crackdown in Romford | Romford Recorder</title>
    <meta property="og:title" content="Crackdown on anti-social behaviour in Romford">
    <meta property="og:site_name" content="Romford Recorder">
    <meta property="article:published_time" content="2019-03-04T10:00:00Z">
    <script>alert('x')</script></head><body><nav>Home | News</nav><article>
    <h1>Crackdown on anti-social behaviour in Romford</h1>
    <p>Police in Romford launched a week of action on Monday, March 4, targeting anti-social behaviour in the town centre and around South Street.</p>
    <p onclick="steal()">Officers from Havering's Safer Neighbourhoods Team issued eleven dispersal notices and made three arrests during the first two days of the operation.</p>
    <iframe src="https://evil.example/"></iframe>
    <p>Havering Council said the operation would continue until the end of the month, with extra patrols planned for the weekend.</p>
    </article><footer>Copyright Romford Recorder</footer></body></html>"""
    a = load_article(write(tmp_path, "romford.html", html))
    assert (a.title, a.publisher, a.published, a.published_method) == (
        "Crackdown on anti-social behaviour in Romford",
        "Romford Recorder",
        date(2019, 3, 4),
        "html",
    )
    assert [p.text[:30] for p in a.paragraphs] == ["Police in Romford launched a w", "Officers from Havering's Safer", "Havering Council said the oper"]
    assert "alert" not in a.text and "steal" not in a.text and "evil" not in a.text
