"""홍길동 on a form's filled-in example: ``작성 예시에 '성명: 홍길동' 이라고 써 있는데``
(redteam36).

Korean government and bank forms print their 작성 예시 (or 기재례, 견본) with 홍길동 in the
name field, as English forms print John Doe: the example's name is nobody's. The label rule
(:mod:`core.privacy.names`) reads ``성명: 홍길동`` as a person. The name is let through when
the text calls what it quotes an example (예시, 예제, 작성례, 기재례, 견본, 샘플, 보기,
양식, example, sample) and does not make it the writer's (``제 이름은 홍길동``, ``저 홍길동
인데요``): people named 홍길동 exist, and they do not call their name an example.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_placeholder_name_ko"]

_PLACEHOLDERS = frozenset({"홍길동", "홍길순"})
_EXAMPLE_WORDS = LazyPattern(
    r"예시|예제|작성[ \t]?례|기재[ \t]?례|작성[ \t]?예|기재[ \t]?예|견본|샘플|보기|양식|"
    r"(?i:example|sample|placeholder)"
)
# The writer giving the name as theirs ("제 이름은 홍길동", "저 홍길동인데요"); "내 이름을 써야
# 해?" beside the example asks about the writer's own name, not that one.
_WRITERS_NAME = LazyPattern(
    r"(?:제|내|저의|나의)[ \t]*(?:이름|성함|성명)(?:은|는|이|이요|:)?[ \t]*['\"]?홍길|"
    r"(?<![가-힣])저[ \t]*(?:는|도)?[ \t]+홍길"
)


def is_placeholder_name_ko(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 홍길동 quoted from a form's example (see the module)."""
    return (
        text[start:end] in _PLACEHOLDERS
        and _EXAMPLE_WORDS.search(text) is not None
        and _WRITERS_NAME.search(text) is None
    )
