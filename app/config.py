"""Settings, read from the environment (and a .env file) with defaults that work locally."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{PROJECT_ROOT / 'data' / 'timeline.db'}",
        description="SQLAlchemy URL of the database: sqlite:///path or postgresql+psycopg://...",
    )
    seeds_dir: Path = Field(
        default=PROJECT_ROOT / "seeds",
        description="Folder of articles loaded into an empty database at start-up.",
    )
    host: str = Field(default="127.0.0.1", description="Address `timeline serve` binds to.")
    port: int = Field(default=8000, description="Port `timeline serve` listens on.")
    gazetteer_extra: Path | None = Field(
        default=None,
        description="A TOML/YAML file of extra agencies and places merged into the gazetteer.",
    )
    corrections_file: Path = Field(
        default=PROJECT_ROOT / "corrections.toml",
        description="Curator corrections applied on every ingest (kept under version control).",
    )
    max_file_bytes: int = Field(
        default=50 * 1024 * 1024,
        description="Largest article file ingest accepts; larger files are refused with an error.",
    )
    fetch_timeout: float = Field(default=20.0, description="Seconds to wait for an article URL.")
    load_seeds: bool = Field(
        default=True, description="Ingest seeds_dir at start-up when the database is empty."
    )
    log_level: str = Field(
        default="INFO",
        description="Level of the app's JSON log lines on stderr: DEBUG, INFO, WARNING or ERROR.",
    )
    request_timeout: float = Field(
        default=10.0,
        description="Seconds a request may run before the client gets a 503 page (0: no limit).",
    )
    max_body_bytes: int = Field(
        default=16 * 1024,
        description="Largest request body accepted (413 above it); the site itself reads none.",
    )

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level


@lru_cache
def get_settings() -> Settings:
    return Settings()
