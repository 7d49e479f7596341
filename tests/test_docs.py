"""The documents a partnership's staff read are inside the repository and keep up with the
rules the bot ships."""

from __future__ import annotations

import re
from pathlib import Path

from bot.rules import load_timetable

ROOT = Path(__file__).parent.parent
PROCESS = ROOT / "docs" / "statutory-process.md"


def test_the_readme_points_inside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "(docs/statutory-process.md)" in readme
    assert not re.search(r"\.\./shared|DOMAIN\.md", readme)
    for link in re.findall(r"\]\(((?!https?:|#)[^)]+)\)", readme):
        assert (ROOT / link.split("#")[0]).exists(), link


def test_every_shipped_step_is_explained_with_its_timescale() -> None:
    text = PROCESS.read_text()
    rows = {
        found[1]: found[0]
        for found in re.finditer(r"^\|.*\(`([a-z_]+)`\).*$", text, flags=re.MULTILINE)
    }
    steps = {step.step_key: step for step in load_timetable(None).steps}
    assert set(rows) == set(steps)
    for step_id, row in rows.items():
        assert f"| {steps[step_id].basis} (" in row, step_id  # the rule's own must/should
    for variable in ("SAFEGUARDING_RULES", "SAFEGUARDING_CHECKLIST", "SAFEGUARDING_REMINDERS"):
        assert variable in text
