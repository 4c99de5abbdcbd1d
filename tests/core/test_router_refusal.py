"""The Korean refusal says in Korean why the local tier could not answer (issue 14 part 3)."""

from __future__ import annotations

import re

import pytest

from core.rejections import rejection
from core.router import StepRequest, refusal_message
from core.types import PrivacyClass, RejectionKind
from tests.core.test_router_rejection_kinds import sample_rejection

# Config keys, commands and model names stay as code spans; nothing else may be English.
_CODE_SPAN = re.compile(r"`[^`]*`")


@pytest.mark.parametrize(
    ("local_kind", "plain"),
    [
        ("language", "한국어를 제대로 쓰지 못합니다"),
        ("unavailable", "연결할 수 없습니다"),
        ("not_configured", "설정되어 있지 않습니다"),
        ("context", "길이보다 깁니다"),
    ],
)
@pytest.mark.parametrize("privacy", ["public", "local_only"])
def test_the_korean_refusal_names_the_local_problem_in_korean(
    local_kind: RejectionKind, plain: str, privacy: PrivacyClass
) -> None:
    step = StepRequest(text="요약해 줘", language="ko", privacy=privacy)
    rejected = [
        sample_rejection(local_kind),
        rejection("cloud", "unavailable", unavailable_reason="OPENAI_API_KEY is not set"),
    ]
    message = refusal_message(step, rejected)
    assert plain in message
    prose = _CODE_SPAN.sub("", message)
    assert not re.search(r"[A-Za-z]{4,}", prose.replace("Ollama", "")), message
