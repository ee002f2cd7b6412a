import shutil
import subprocess
import sys

from app.config import PROJECT_ROOT


def test_the_code_passes_ruff():
    ruff = shutil.which("ruff") or str(PROJECT_ROOT / ".venv" / "bin" / "ruff")
    done = subprocess.run([ruff, "check", "app", "tests", "bench", "migrations"], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_python_is_311():
    assert sys.version_info[:2] == (3, 11)
