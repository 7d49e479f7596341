"""The container image runs the Python the project is checked and tested on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_image_runs_the_python_the_project_is_checked_on() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    checked = project["tool"]["mypy"]["python_version"]
    assert project["tool"]["ruff"]["target-version"] == "py" + checked.replace(".", "")
    assert project["project"]["requires-python"] == f">={checked}"
    stages = re.findall(r"^FROM python:(\d+\.\d+)-", (ROOT / "Dockerfile").read_text(), re.M)
    assert stages and set(stages) == {checked}, stages
