"""``switchyard privacy screen``: the wire screen from the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ui.cli.privacy import privacy_app


def test_screen_json_lists_findings_with_offsets() -> None:
    text = "내 번호 공일공 일이삼사 오육칠팔"
    result = CliRunner().invoke(privacy_app, ["screen", text, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["blocked"] is True
    kinds = {f["kind"] for f in out["findings"]}
    assert {"phone", "digits"} <= kinds
    phone = next(f for f in out["findings"] if f["kind"] == "phone")
    assert text[phone["start"] : phone["end"]] == "공일공 일이삼사 오육칠팔"


def test_screen_plain_output_for_public_text() -> None:
    result = CliRunner().invoke(privacy_app, ["screen", "What is the capital of France?"])
    assert result.exit_code == 0
    assert "would pass" in result.output
