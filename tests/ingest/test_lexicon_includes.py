"""A lexicon file may include further trigger files that share its macros."""

from app.ingest.events.lexicon import LEXICON_FILE, load_lexicon, read_lexicon


def test_included_files_add_their_triggers_after_the_main_ones_and_use_its_macros(
    tmp_path,
):
    (tmp_path / "main.toml").write_text(
        'include = ["extra.toml"]\n'
        "[macros]\n"
        'OFFICERS = "(?:officers|wardens)"\n'
        "[[trigger]]\n"
        'type = "enforcement"\n'
        'pattern = "\\\\barrested\\\\b"\n',
        encoding="utf-8",
    )
    (tmp_path / "extra.toml").write_text(
        "[[trigger]]\ntype = \"team_launch\"\npattern = '''\\bnew @OFFICERS\\b'''\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(tmp_path / "main.toml")
    assert [(t.type, t.regex.pattern) for t in lexicon] == [
        ("enforcement", r"\barrested\b"),
        ("team_launch", r"\bnew (?:officers|wardens)\b"),
    ]


def test_the_project_lexicon_includes_every_trigger_class_file():
    included = read_lexicon(LEXICON_FILE)["include"]
    on_disk = sorted(p.name for p in LEXICON_FILE.parent.glob("triggers_*.toml"))
    assert sorted(included) == on_disk
