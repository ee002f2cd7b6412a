"""Running Alembic from the app (the app itself never calls create_all)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from app.config import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the engine's database to the revision (head by default)."""
    with engine.begin() as connection:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def check(engine: Engine) -> None:
    """Raise if the models and the migrations disagree (alembic check)."""
    with engine.connect() as connection:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.check(config)


def is_empty(engine: Engine) -> bool:
    """True when no article has been stored yet (or the schema is not there)."""
    from sqlalchemy import text

    if not inspect(engine).has_table("source"):
        return True
    with engine.connect() as connection:
        return connection.execute(text("SELECT COUNT(*) FROM source")).scalar_one() == 0
