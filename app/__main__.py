from app.cli import cli

cli(prog_name="timeline")
