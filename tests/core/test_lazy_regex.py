"""``LazyPattern`` compiles on first use and then answers exactly as ``re.compile``."""

from __future__ import annotations

import re

import pytest

from core.lazy_regex import LazyPattern
from tools.references import ELLIPSIS_RE, REFERENCE_RE


def test_nothing_is_compiled_until_first_use() -> None:
    broken = LazyPattern("(unclosed")  # re.compile would raise here
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("text")


@pytest.mark.parametrize(
    "text", ["그걸 3으로 나누면?", "divide it by 2", "3+4", "", "그 금액의 10%"]
)
def test_every_method_answers_as_the_compiled_pattern(text: str) -> None:
    lazy = LazyPattern(r"(?P<word>[가-힣]+|[a-z]+)|(\d+)", re.IGNORECASE)
    real = re.compile(lazy.pattern, re.IGNORECASE)
    assert lazy.flags == real.flags
    assert lazy.groupindex == real.groupindex
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(lazy, method)(text), getattr(real, method)(text)
        assert (got and got.group(0)) == (want and want.group(0))
    windowed, real_windowed = lazy.search(text, 1, 4), real.search(text, 1, 4)
    assert (windowed and windowed.span()) == (real_windowed and real_windowed.span())
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.split(text, 1) == real.split(text, 1)
    assert lazy.sub("<>", text) == real.sub("<>", text)
    assert lazy.subn(lambda m: m.group(0).upper(), text, 1) == real.subn(
        lambda m: m.group(0).upper(), text, 1
    )


def test_module_patterns_made_lazy_still_match() -> None:
    # The follow-up patterns (tools/references.py) after the mechanical change.
    assert REFERENCE_RE.search("그걸 3명이 나누면?") is not None
    assert ELLIPSIS_RE.search("그럼 4명이면?") is not None
    assert ELLIPSIS_RE.search("What is the capital of France?") is None
