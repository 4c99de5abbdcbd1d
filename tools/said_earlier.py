"""A question about what the user said earlier, answered by quoting their own message.

"my son is Felix Moreau, he's seven" … then "what did I say my son's name was?": the
answer is in the conversation, not in any document or model. The rag had looked the
question up in the documents and declined. Here the user's earlier message that names
the question's subject ("son", "딸") is quoted back word for word, so the reply can
never misstate what was said, and it is made by code: the message often holds personal
data, which must not leave the machine.

Only a question that is wholly a recall of the user's own words counts ("what did I say
my X was?", "did I tell you …?", "… 뭐라고 했죠?", "아까 제가 말한 X가 뭐였죠?"); one
that uses an earlier fact to ask something new ("given what I told you about my budget,
which laptop …?") is not. Only one earlier statement (never an earlier question) sharing
more content words with it than any other is quoted; with none, or a tie, the turn is
left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.handlers import HandlerResult

__all__ = ["quote_said_earlier"]

# The recall frame must BE the whole question: one that only USES an earlier fact to ask
# something new ("given what I told you about my budget, which laptop should I buy?") is
# not a recall question, and quoting the budget back would not answer it.
_OPENER_EN = r"^\s*(?:(?:so|and|ok|okay|sorry|hey|wait)\b,?\s*)?"
# A tail that asks something new ("… which laptop should I buy?"): a modal, a clause.
_NEW_ASK_EN = r"(?![^?]*\b(?:should|would|could|can|will|must|cost|buy|recommend)\b)"
_RECALL_EN = LazyPattern(
    _OPENER_EN + _NEW_ASK_EN + r"(?:"
    r"(?:what|which|who|how\s+(?:much|many|old))\b[^.!?,;]{0,40}?\bdid\s+i\s+"
    r"(?:say|tell\s+you|mention|give\s+you|write)\b"
    r"|remind\s+me\s+(?:what|who|which)\b[^.!?,;]*?\bi\s+(?:said|told\s+you|mentioned)\b"
    r"|did\s+i\s+(?:tell\s+you|mention|say)\b"
    r"|do\s+you\s+remember\s+what\s+i\s+(?:said|told\s+you)\b"
    r")[^.!?,;]*\?*\s*$",
    re.IGNORECASE,
)
# Korean: the frame closes the question ("… 이름 뭐라고 했죠?", "제가 말한 … 뭐였죠?").
_RECALL_KO = LazyPattern(
    r"(?:뭐라고|뭐라|무엇이라고)\s*"
    r"(?:했|말했|말씀드렸|말씀\s*드렸|얘기했|이야기했|적었|썼)"
    r"(?:죠|지|어요|나요|던가요|더라|었죠|었지|었나요|었어요)?\s*[?？]*\s*$"
    r"|(?:제가|내가)\s*(?:말한|말했던|얘기한|얘기했던|알려\s*드린|알려준|말씀드린)\s*[^?？.,]*?"
    r"(?:뭐|무엇|누구|몇\s*[가-힣]*)\s*(?:였|이었)"
    r"(?:죠|지|어요|나요|던가요|더라|나)?\s*[?？]*\s*$"
)
# An earlier message that is itself a question holds no fact of the user's to quote.
_QUESTION_EN = LazyPattern(
    r"^\s*(?:what|which|who|whom|whose|where|when|why|how|is|are|can|could|do|does|should"
    r"|would|will)\b",
    re.IGNORECASE,
)
# The frame of a recall question, never its subject.
_FRAME_WORDS = frozenset(
    {
        "what",
        "which",
        "who",
        "how",
        "much",
        "many",
        "old",
        "did",
        "do",
        "does",
        "i",
        "me",
        "my",
        "you",
        "your",
        "say",
        "said",
        "tell",
        "told",
        "mention",
        "mentioned",
        "give",
        "gave",
        "remind",
        "remember",
        "again",
        "earlier",
        "before",
        "was",
        "is",
        "were",
        "are",
        "the",
        "a",
        "an",
        "of",
        "to",
        "that",
        "it",
        "about",
    }
)
# A Korean word of the frame: it opens with one of these ("했죠", "말씀드렸나요", "뭐였지").
_FRAME_KO = LazyPattern(
    r"^(?:(?:제|내|저)$|아까|전에|앞에서|처음에|방금|제가|내가|저는|뭐|무엇|했|말했|말한|말씀|얘기|이야기"
    r"|알려|적었|썼)"
)
_KO_WORD = LazyPattern(r"[가-힣]+")
_EN_WORD = LazyPattern(r"[a-z]+", re.IGNORECASE)
# Particles a Korean subject word carries in the question ("딸의", "이름이", "아들은").
_PARTICLE = LazyPattern(r"(?:의|이|가|은|는|을|를|이랑|랑|하고|도)$")


def _subject_words(question: str) -> list[str]:
    """The content words of a recall question: what it asks about ("son", "name", "딸")."""
    words = [w.lower() for w in _EN_WORD.findall(re.sub(r"'s\b", "", question)) if len(w) > 1]
    english = [w for w in words if w not in _FRAME_WORDS]
    korean = []
    for word in _KO_WORD.findall(question):
        if _FRAME_KO.match(word):
            continue
        stem = _PARTICLE.sub("", word) if len(word) > 1 else word
        # One syllable is too little to match on: "살" (to buy) is in "7살" (aged seven).
        if len(stem) > 1:
            korean.append(stem)
    return english + korean


def _mentions(message: str, word: str) -> bool:
    if word.isascii():
        # The word whole, or its plural ("son" in "sons", never in "sonata").
        found = re.search(rf"\b{re.escape(word)}(?:s|es)?\b", message, re.IGNORECASE)
        return found is not None
    return word in message


def quote_said_earlier(question: str, earlier: Sequence[str]) -> HandlerResult | None:
    """The user's earlier message(s) on the question's subject, quoted, for a recall question.

    Args:
        question: This turn ("what did I say my son's name was?").
        earlier: The user's earlier messages, oldest first.

    Returns:
        A ``conversation`` result quoting the one earlier statement that shares the most
        content words with the question (at least one), or ``None`` when the question
        recalls nothing the user said, no earlier statement is on its subject, or two
        fit equally.
    """
    english = _RECALL_EN.search(question) is not None
    if not earlier or not (english or _RECALL_KO.search(question)):
        return None
    subject = _subject_words(question)
    candidates = [m for m in earlier if not _is_question(m)]
    scored = [(sum(_mentions(m, w) for w in subject), m) for m in candidates]
    best = max((score for score, _ in scored), default=0)
    if best == 0:
        return None
    quoted = [m.strip() for score, m in scored if score == best]
    if len(quoted) > 1:
        # Two messages fit equally: which one the user means is a guess, so decline.
        return None
    lines = " / ".join(f'"{m}"' for m in quoted)
    answer = f"You said: {lines}" if english else f"앞서 이렇게 말씀하셨어요: {lines}"
    return HandlerResult(
        handler="conversation",
        answer=answer,
        value=None,
        detail=f"quoted from {len(quoted)} earlier message(s) of this conversation",
    )


def _is_question(message: str) -> bool:
    return message.rstrip().endswith(("?", "？")) or _QUESTION_EN.search(message) is not None
