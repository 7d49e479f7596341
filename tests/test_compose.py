"""compose.yaml publishes each replica's HTTP port, as HTTP mode needs (the project has no
YAML parser: the few lines that matter are read as text, as tests/test_manifest.py does)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_each_replica_publishes_the_port_the_image_listens_on() -> None:
    text = (ROOT / "compose.yaml").read_text()
    bot = text[text.index("\n  bot:\n") : text.index("\nvolumes:")]
    ports = re.findall(r'^\s+- "127\.0\.0\.1:(\d+)-(\d+):(\d+)"$', bot, re.MULTILINE)
    replicas = re.search(r"^\s+replicas: (\d+)$", bot, re.MULTILINE)
    assert len(ports) == 1 and replicas, bot
    first, last, inside = map(int, ports[0])
    assert last - first + 1 == int(replicas[1])  # one host port each, or a replica fails
    image = (ROOT / "Dockerfile").read_text()
    assert f"EXPOSE {inside}\n" in image and f'"--port", "{inside}"]' in image


def test_the_docs_say_where_the_ports_are_and_when_they_are_not_needed() -> None:
    deploy = (ROOT / "docs" / "deploy.md").read_text()
    section = deploy[deploy.index("## Containers") : deploy.index("## Without containers")]
    assert "`127.0.0.1:3000`" in section and "`127.0.0.1:3001`" in section
    assert "Socket Mode" in section and "leave `ports:` out" in section
