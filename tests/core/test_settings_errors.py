"""Configuration errors name the key and the fix, in process (the CLI runs are in tests/ui)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from core.errors import ConfigError
from core.settings import CONFIG_ENV_VAR, ensure_data_dir, load_settings
from ui.cli.common import handle_errors


def test_an_unknown_time_zone_is_refused_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"timezone: unknown time zone 'Mars/Olympus'.*UTC"):
        load_settings(data_dir=tmp_path, timezone="Mars/Olympus")
    assert load_settings(data_dir=tmp_path, timezone="Europe/Berlin").timezone == "Europe/Berlin"


def test_malformed_toml_names_the_line_and_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "switchyard.toml"
    config.write_text("[rag]\ndense = true\n\n[budget]\nmax_cost_per_turn_usd = 0.5.0\n")
    monkeypatch.setenv(CONFIG_ENV_VAR, str(config))
    with pytest.raises(ConfigError) as caught:
        load_settings(data_dir=tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert f"{config} is not valid TOML: line 5 (key budget.max_cost_per_turn_usd)" in message


def test_a_data_dir_that_cannot_be_written_names_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings = load_settings(data_dir=blocker / "data")
    with pytest.raises(ConfigError, match=r"^data_dir: cannot write to .*SWITCHYARD_DATA_DIR"):
        ensure_data_dir(settings)
    good = load_settings(data_dir=tmp_path / "new" / "data")
    assert ensure_data_dir(good).is_dir() and list(good.data_dir.iterdir()) == []


def test_the_cli_prints_brackets_in_an_error_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    @handle_errors
    def command() -> None:
        raise ConfigError(
            "privacy.x: bad — see the [privacy] block in switchyard.toml " + "y" * 200
        )

    with pytest.raises(typer.Exit):
        command()
    err = capsys.readouterr().err
    assert "see the [privacy] block" in err
    assert len(err.strip().splitlines()) == 1
