"""Shared fixtures: real databases (SQLite and PostgreSQL), a real server, a real browser.

Nothing is mocked and nothing is skipped: when PostgreSQL or Chromium is missing the tests that
need them fail with a message saying how to install them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.config import PROJECT_ROOT, Settings
from app.db.migrate import upgrade
from app.db.session import make_engine

# Tests never read the curators' corrections.toml nor write the default database by accident.
os.environ.setdefault("CORRECTIONS_FILE", str(Path(tempfile.mkdtemp(prefix="timeline-tests-")) / "corrections.toml"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp(prefix='timeline-tests-'))}/unused.db")

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- PostgreSQL -----------------------------------------------------------------------------


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A PostgreSQL server URL: TEST_POSTGRES_URL if set, else a private cluster started here."""
    if url := os.environ.get("TEST_POSTGRES_URL"):
        yield url
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.fail("PostgreSQL is not installed: run `apt-get install -y postgresql` (or set TEST_POSTGRES_URL)")
    # not under pytest's tmp folder: the postgres user must be able to reach it
    data = Path(tempfile.mkdtemp(prefix="timeline-pg-"))
    port = free_port()
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(data, "postgres", "postgres")
    _run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"])
    log = data / "server.log"
    _run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", f"-p {port} -k {data} -h 127.0.0.1", "start"])
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(data, ignore_errors=True)


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"{' '.join(cmd)} failed: {done.stderr or done.stdout}")


def _pg_admin(url: str, sql: str) -> None:
    engine = make_engine(url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(sql))
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_template(postgres_url) -> str:
    """Name of a migrated template database; each test copies it (much faster than migrating)."""
    name = f"tl_tmpl_{uuid.uuid4().hex[:8]}"
    _pg_admin(postgres_url, f"CREATE DATABASE {name}")
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    _pg_admin(postgres_url, f"DROP DATABASE IF EXISTS {name}")


# --- SQLite ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tmpl") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _sqlite_copy(template: Path, folder: Path) -> str:
    target = folder / "timeline.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


# --- engines --------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A fresh, migrated database of each kind: tests using it run on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield _sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    server = request.getfixturevalue("postgres_url")
    template = request.getfixturevalue("postgres_template")
    name = f"tl_{uuid.uuid4().hex[:10]}"
    _pg_admin(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    _pg_admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_template, tmp_path):
    """A fresh migrated SQLite database, for tests about SQLite itself or not about storage."""
    engine = make_engine(_sqlite_copy(sqlite_template, tmp_path))
    yield engine
    engine.dispose()


def ingest_seeds(engine, paths=None) -> list:
    from app.ingest.gazetteer_access import get_gazetteer
    from app.ingest.pipeline import ingest

    return ingest([str(p) for p in (paths or [SEEDS])], engine, gazetteer=get_gazetteer(), max_bytes=50 * 1024 * 1024)


@pytest.fixture(scope="session")
def seeded_sqlite_template(sqlite_template, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    url = _sqlite_copy(sqlite_template, folder)
    engine = make_engine(url)
    outcomes = ingest_seeds(engine)
    assert [o.status for o in outcomes] == ["new"] * 5, outcomes
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return folder / "timeline.db"


@pytest.fixture
def seeded_engine(seeded_sqlite_template, tmp_path):
    """A fresh SQLite database holding the five seeds (copied from one ingest per session)."""
    engine = make_engine(_sqlite_copy(seeded_sqlite_template, tmp_path))
    yield engine
    engine.dispose()


@pytest.fixture
def settings_for(tmp_path):
    def make(url: str, **overrides) -> Settings:
        return Settings(database_url=url, load_seeds=False, corrections_file=tmp_path / "corrections.toml", **overrides)

    return make


@pytest.fixture
def client(seeded_engine, settings_for):
    """A TestClient over a seeded SQLite database."""
    from fastapi.testclient import TestClient

    from app.main import create_app

    app = create_app(settings_for(seeded_engine.url.render_as_string(hide_password=False)))
    with TestClient(app) as c:
        yield c


# --- a real server and a real browser ------------------------------------------------------


def start_server(database_url: str, tmp_path: Path, **env_extra) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "LOAD_SEEDS": "false",
        "CORRECTIONS_FILE": str(tmp_path / "corrections.toml"),
        **env_extra,
    }
    log = open(tmp_path / f"server-{port}.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {(tmp_path / f'server-{port}.log').read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start within 30 s")


@pytest.fixture
def live_server(seeded_engine, tmp_path):
    """Base URL of uvicorn serving a seeded SQLite database on 127.0.0.1."""
    proc, url = start_server(seeded_engine.url.render_as_string(hide_password=False), tmp_path)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `apt-get install -y chromium` (or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    p = context.new_page()
    yield p
    context.close()


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core's source from the npm package (package.json), installed with `npm ci` if missing."""
    path = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        if shutil.which("npm") is None:
            pytest.fail("npm not found: install Node.js and npm (apt-get install -y nodejs npm), then `npm ci`")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PROJECT_ROOT, check=True, capture_output=True)
    return path.read_text(encoding="utf-8")
