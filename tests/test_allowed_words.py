"""A partnership's allowed words (chosen pseudonyms such as "Willow"), kept as data in its
rules: the shipped default allows none, SAFEGUARDING_ALLOWED_WORDS names its own file, and a
bad file is a one-line error naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.rules import RulesError, load_allowed_words, load_rules


def test_the_shipped_rules_allow_no_words() -> None:
    assert load_allowed_words() == frozenset()
    assert load_rules().allowed_words == frozenset()


def test_a_partnerships_file_lists_its_words_in_any_case(tmp_path: Path) -> None:
    path = tmp_path / "allowed_words.toml"
    path.write_text('words = ["Willow", "  Sparrow ", "O\'Neill-Rose"]\n')
    assert load_allowed_words(path) == {"willow", "sparrow", "o'neill-rose"}
    assert load_rules(allowed_words=path).allowed_words == {"willow", "sparrow", "o'neill-rose"}


def test_settings_load_the_file_the_setting_names(tmp_path: Path) -> None:
    path = tmp_path / "allowed_words.toml"
    path.write_text('words = ["Willow"]\n')
    settings = Settings(_env_file=None, safeguarding_allowed_words=path)
    assert settings.rules().allowed_words == {"willow"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('words = "Willow"', '"words" must be a list of words'),
        ("words = [3]", '"words" must be a list of words'),
        ('words = ["Willow Walsh"]', "'Willow Walsh' is not one word of letters"),
        ('words = [""]', "is not one word of letters"),
        ("words = [", "allowed_words.toml: "),
    ],
)
def test_a_bad_file_is_a_one_line_error_naming_the_setting(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "allowed_words.toml"
    path.write_text(content)
    with pytest.raises(RulesError, match=r"allowed_words\.toml: "):
        load_allowed_words(path)
    with pytest.raises(ConfigError) as raised:
        Settings(_env_file=None, safeguarding_allowed_words=path).rules()
    assert str(raised.value).startswith("SAFEGUARDING_ALLOWED_WORDS: ")
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"SAFEGUARDING_ALLOWED_WORDS: .*: no such file"):
        Settings(_env_file=None, safeguarding_allowed_words=tmp_path / "nope.toml").rules()
