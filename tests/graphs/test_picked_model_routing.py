"""A conversation's picked model is routed on its own capabilities, not the tier's configured
model's; a model nothing describes is judged as the configured one, and the step says so."""

from __future__ import annotations

from pathlib import Path

from core.models.fake import ScriptedChatModel
from graphs.runner import AskResult, Assistant
from graphs.services import Services
from graphs.state import Context
from tests.ui.harness import EASY, build
from ui.reasons import reason_in

WELCOME_KO = "새로 온 동료를 환영하는 문장을 한 줄 써 줘."
PICKED_REPLY = "새 동료님, 환영합니다!"


def _services(tmp_path: Path, configured_local: list[str]) -> Services:
    services, _ = build(
        tmp_path / "data",
        models={
            "test:local": {"languages": configured_local},
            "test:cloud": {"languages": ["en"]},
            "test:korean": {"languages": ["ko", "en"]},
            "test:english": {"languages": ["en"]},
        },
        router=EASY["router"],
    )
    return services


def _ask_on_local(services: Services, model: str) -> AskResult:
    picked = ScriptedChatModel(replies=[PICKED_REPLY], model_name=model)
    services.models.register_fake(model.removeprefix("test:"), picked)
    context = Context(forced_tier="local", forced_model=model)
    return Assistant(services).ask(WELCOME_KO, context=context)


def test_a_picked_model_that_writes_korean_answers_though_the_configured_one_does_not(
    tmp_path: Path,
) -> None:
    result = _ask_on_local(_services(tmp_path, ["en"]), "test:korean")
    assert result.answer == PICKED_REPLY
    (step,) = [s for s in result.steps if s.tier != "deterministic"]
    assert (step.tier, step.model) == ("local", "test:korean")
    assert "model test:korean picked by this conversation's model picker" in step.reasons
    assert not any(r.startswith("capabilities of") for r in step.reasons)


def test_a_picked_model_that_cannot_write_korean_is_not_given_a_korean_step(
    tmp_path: Path,
) -> None:
    result = _ask_on_local(_services(tmp_path, ["ko", "en"]), "test:english")
    assert PICKED_REPLY not in result.answer
    assert not any(s.model == "test:english" for s in result.steps)
    rejected = [a for s in result.steps for a in s.alternatives if a.tier == "local"]
    assert [a.reason for a in rejected] == ["test:english does not write Korean well"]


def test_an_undescribed_pick_is_judged_as_the_configured_model_and_says_so(
    tmp_path: Path,
) -> None:
    result = _ask_on_local(_services(tmp_path, ["ko", "en"]), "test:mystery")
    assert result.answer == PICKED_REPLY
    (step,) = [s for s in result.steps if s.tier != "deterministic"]
    assert step.model == "test:mystery"
    assert (
        "capabilities of test:mystery unknown — judged as the configured test:local" in step.reasons
    )
    for reason in step.reasons:  # the Korean pages read the new reasons too
        assert not reason_in(reason, "ko").startswith("기록 원문"), reason
