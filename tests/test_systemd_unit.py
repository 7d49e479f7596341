"""The systemd unit shipped in deploy/ is the one docs/deploy.md installs: it starts as
written (its state directory made for it), keeps the SQLite file to its user, and is
hardened; ``systemd-analyze`` checks it where it is installed."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.edge.cli import GRACE

ROOT = Path(__file__).parent.parent
UNIT = ROOT / "deploy" / "safeguarding-bot.service"
DEPLOY = ROOT / "docs" / "deploy.md"


def service() -> configparser.SectionProxy:
    """The unit's ``[Service]`` section (a repeated key, such as ``SystemCallFilter``, keeps
    its last value)."""
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read_string(UNIT.read_text())
    return unit["Service"]


def test_the_unit_makes_its_state_directory_and_keeps_the_database_private() -> None:
    settings = service()
    state = settings["StateDirectory"]
    assert state == "safeguarding-bot"
    assert settings["StateDirectoryMode"] == "0700"
    assert settings["UMask"] == "0077"
    assert settings["Environment"] == f"DATABASE_URL=sqlite:////var/lib/{state}/safeguarding.db"
    assert settings["EnvironmentFile"] == "/etc/safeguarding-bot.env"
    assert "ReadWritePaths" not in settings


def test_the_unit_restarts_on_a_crash_not_on_a_bad_setting_and_waits_for_the_stop() -> None:
    settings = service()
    assert settings["Restart"] == "on-failure"
    assert settings["RestartPreventExitStatus"] == "2"
    assert float(settings["TimeoutStopSec"]) >= GRACE + 5
    command = shlex.split(settings["ExecStart"])
    assert command[:2] == ["/opt/safeguarding-bot/.venv/bin/safeguarding-bot", "run"]


def test_the_unit_is_hardened() -> None:
    settings = service()
    for key in (
        "NoNewPrivileges",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "ProtectKernelTunables",
        "ProtectControlGroups",
        "RestrictNamespaces",
        "RestrictSUIDSGID",
    ):
        assert settings[key] == "true", key
    assert settings["ProtectSystem"] == "strict"
    assert settings["CapabilityBoundingSet"] == ""


def test_the_docs_install_the_shipped_unit_rather_than_a_copy() -> None:
    text = DEPLOY.read_text()
    assert "sudo install -m 0644 deploy/safeguarding-bot.service /etc/systemd/system/" in text
    assert "ExecStart=" not in text and "ProtectSystem=" not in text  # no copy to drift


@pytest.fixture
def system_root(tmp_path: Path) -> Path:
    """A file-system root holding this machine's units, the unit, and its command."""
    analyze = shutil.which("systemd-analyze")
    units = Path("/usr/lib/systemd/system")
    if analyze is None or not units.is_dir():
        pytest.skip("systemd-analyze is not installed")
    shutil.copytree(units, tmp_path / "usr/lib/systemd/system", symlinks=True)
    (tmp_path / "etc/systemd/system").mkdir(parents=True)
    shutil.copy(UNIT, tmp_path / "etc/systemd/system" / UNIT.name)
    command = tmp_path / shlex.split(service()["ExecStart"])[0].lstrip("/")
    command.parent.mkdir(parents=True)
    command.write_text("#!/bin/sh\n")
    command.chmod(0o755)
    return tmp_path


def test_systemd_analyze_finds_nothing_to_say_about_the_unit(system_root: Path) -> None:
    # verify exits 0 on an unknown key or a bad value: anything it prints is a fault.
    verified = subprocess.run(
        ["systemd-analyze", "verify", f"--root={system_root}", UNIT.name],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (verified.returncode, verified.stdout + verified.stderr) == (0, "")
    # Exposure on its 0-100 scale (printed as 0.0-10.0): 20 is "OK" and well below 8.5.
    review = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--threshold=20", str(UNIT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert review.returncode == 0, review.stdout.splitlines()[-1:]
