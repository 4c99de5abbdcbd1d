"""English spellings whose sound a Korean loanword may write two ways.

Why this exists: :mod:`tools.rag.loanwords` reduces an English word to the consonants
Hangul writes for it, one spelling rule per letter group. A few letter groups are
pronounced two ways, and the loanword follows the sound, not the letters:

- a g before e, i or y is soft at the end of a word and inside it ("package" 패키지,
  "message" 메시지, "manager" 매니저, "lounge" 라운지) but hard in others ("tiger" 타이거);
- a final s after a voiced sound is a z ("lens" 렌즈, "jeans" 진즈), after others an s
  ("bus" 버스);
- t or s before a vowel of "-ture", "-tion", "-sion" is ch, sh or zh ("picture" 픽처,
  "option" 옵션, "vision" 비전) where the letters say t or s.

With one key per word, each of those loanwords missed its English word, and a question
using one was declined as "not in the documents: 패키지" over a document that writes
"package". Each rule below gives the other reading as a second spelling; a key is only a
candidate either way (the dense model must still place the two words close, see
:func:`tools.rag.dense_bridge._loanword`).
"""

from __future__ import annotations

import re

__all__ = ["spelling_variants"]

# Each: a letter group and what it is written as in the other reading (the class letters of
# tools.rag.loanwords: "j" is read as the affricate ㅈ/ㅊ, "s" as ㅅ).
_SOUND_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])g(?=[eiy])"), "j"),  # package 패키지, manager 매니저
    (re.compile(r"(?<=[bdglmnrv])s(?=e?$)"), "j"),  # lens 렌즈, jeans 진즈
    (re.compile(r"t(?=u(?:re|ra))"), "j"),  # picture 픽처, natural 내추럴
    (re.compile(r"[st](?=i[oa])"), "s"),  # option 옵션, special 스페셜
    (re.compile(r"(?<=[aeiou])s(?=i[oa])"), "j"),  # vision 비전, casual 캐주얼
)


def spelling_variants(letters: str) -> set[str]:
    """``letters`` (lowercase a-z) and each spelling its other readings give.

    Every rule that matches is applied alone and together with the others, so a word with
    two such groups ("signature": a soft g is no reading there, the t of -ture is) yields
    each combination; a word with none yields itself only.
    """
    forms = {letters}
    for pattern, written in _SOUND_VARIANTS:
        forms |= {pattern.sub(written, form) for form in forms}
    return forms
