"""The Korean refusal says in Korean why the local tier could not answer (issue 14 part 3)."""

from __future__ import annotations

import re

import pytest

from core.router import StepRequest, refusal_message
from core.types import Alternative, PrivacyClass

# Config keys, commands and model names stay as code spans; nothing else may be English.
_CODE_SPAN = re.compile(r"`[^`]*`")


@pytest.mark.parametrize(
    ("local_reason", "plain"),
    [
        ("llamacpp:smollm2-135m does not write Korean well", "한국어를 제대로 쓰지 못합니다"),
        (
            "local tier unavailable: Ollama not reachable at http://127.0.0.1:11434",
            "연결할 수 없습니다",
        ),
        ("local tier: no model configured", "설정되어 있지 않습니다"),
        ("ollama:qwen context 2048 < ~5000 tokens needed", "길이보다 깁니다"),
    ],
)
@pytest.mark.parametrize("privacy", ["public", "local_only"])
def test_the_korean_refusal_names_the_local_problem_in_korean(
    local_reason: str, plain: str, privacy: PrivacyClass
) -> None:
    step = StepRequest(text="요약해 줘", language="ko", privacy=privacy)
    rejected = [
        Alternative(tier="local", reason=local_reason),
        Alternative(tier="cloud", reason="cloud tier unavailable: OPENAI_API_KEY is not set"),
    ]
    message = refusal_message(step, rejected)
    assert plain in message
    prose = _CODE_SPAN.sub("", message)
    assert not re.search(r"[A-Za-z]{4,}", prose.replace("Ollama", "")), message
