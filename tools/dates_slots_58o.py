"""Clock + duration, D-N from a stated day and '백일 뒤', read by their slots (set 50).

Set 50 asked everyday forms whose set-49 wordings had just been closed, in new words:
"오후 2시 40분 시작하는 영화 러닝타임 2시간25분이면 언제 끝나", "meeting starts 10:45am and
runs 95 minutes, when does it end", "수능이 2030년 11월 14일인데 2030년 9월 1일 기준으로
D-몇이야", "오늘 2030년 6월 3일이면 백일 뒤는 며칠". Each reader here finds the figures by
their role (one clock time, one duration, an end asked; a target date, a base date with
기준, a D-몇 asked) and restates the question in the form ``tools.dates`` already answers.
The guard that makes reading by slots safe: every digit in the message must belong to a
slot, and words that change the sum without a figure of their own (늦게, 전, late, break …)
make the reader decline; a decline routes on, a wrong clock time would not.
"""

from __future__ import annotations

import re

from tools.dates_spelled_clock_61e import (
    bracketed_year_dropped,
    end_asked_as_noun,
    spelled_clock_as_digits,
)

__all__ = ["slots_restated"]

# --- clock time + duration, the end asked ------------------------------------------------
_KO_CLOCK = re.compile(
    r"(?:(?:오전|오후|아침|저녁|밤|낮)\s*)?\d{1,2}\s*시(?!간)(?:\s*\d{1,2}\s*분|\s*반)?"
)
_KO_SPAN = re.compile(r"\d+(?:\.\d+)?\s*시간(?:\s*\d{1,2}\s*분|\s*반)?|\d+\s*분")
# The end asked at the close of the message ("언제 끝나", "몇시에 끝남?", "몇 시쯤 마쳐").
_KO_END_ASKED = re.compile(
    r"(?:언제|몇\s*시(?:\s*몇\s*분)?\s*(?:에|쯤|쯤에)?)\s*(?:끝나|끝남|끝날|끝이|마치|마쳐|나와|도착|끝)"
    r"[가-힣]*\s*[?？.!]*\s*$"
)
# The clock said as the start ("시작", "출발", "부터", "상영", "입장", "에 들어가").
_KO_START = re.compile(r"시작|출발|부터|상영|입장|들어가")
# Words that move the sum without a figure of their own, or make the clock the end.
_KO_SPOILERS = re.compile(
    r"늦게|일찍|먼저|(?<!오)전(?:에|부터)|빼고|빼면|휴식|쉬는|포함|끝나|끝난|도착|까지|더"
)

_EN_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)|\b(?P<h2>\d{1,2}):(?P<m2>\d{2})\b"
)
_EN_SPAN = re.compile(
    r"\b(?P<h>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s*)?(?P<hm>\d{1,2})\s*(?:minutes?|mins?|m)\b)?"
    r"|\b(?P<m>\d+)\s*(?:minutes?|mins?)\b"
)
_EN_END_ASKED = re.compile(
    r"(?:when|what\s+time)\s+(?:does|will|do|would|should|is)\s+(?:it|we|i|they|you|that|the\s+\w+)"
    r"\s+(?:end|finish|be\s+over|be\s+done|wrap\s+up|get\s+out|let\s+out|over|done)\s*[?.!]*\s*$"
)
_EN_START = re.compile(r"\b(?:starts?|starting|begins?|beginning|kicks?\s+off|at|from)\b")
_EN_SPOILERS = re.compile(
    r"\b(?:late|later|early|earlier|before|ago|break|delay(?:ed)?|until|till|til|ends?|ending"
    r"|minus|less|plus|extra|more|each|every|per|twice|days?"
    r"|arriv\w*|lands?|landing|due)\b"
)


def _all_digits_in(text: str, spans: list[tuple[int, int]]) -> bool:
    """True when every digit of ``text`` lies inside one of ``spans`` (the slots)."""
    return all(any(a <= i < b for a, b in spans) for i, ch in enumerate(text) if ch.isdigit())


def _clock_span_ko(s: str) -> str | None:
    asked = _KO_END_ASKED.search(s)
    if asked is None:
        return None
    body = s[: asked.start()]
    clocks = list(_KO_CLOCK.finditer(body))
    spans = [m for m in _KO_SPAN.finditer(body) if not any(_overlaps(m, c) for c in clocks)]
    if len(clocks) != 1 or len(spans) != 1:
        return None
    if not _KO_START.search(body) or _KO_SPOILERS.search(body):
        return None
    if not _all_digits_in(s, [clocks[0].span(), spans[0].span()]):
        return None
    span = re.sub(r"\s+", "", spans[0].group(0))
    return f"{clocks[0].group(0)}에서 {span} 뒤는 몇시"


def _overlaps(a: re.Match[str], b: re.Match[str]) -> bool:
    return a.start() < b.end() and b.start() < a.end()


def _clock_span_en(s: str) -> str | None:
    asked = _EN_END_ASKED.search(s)
    if asked is None:
        return None
    body = s[: asked.start()]
    clocks = list(_EN_CLOCK.finditer(body))
    spans = [m for m in _EN_SPAN.finditer(body) if not any(_overlaps(m, c) for c in clocks)]
    if len(clocks) != 1 or len(spans) != 1:
        return None
    if not _EN_START.search(body) or _EN_SPOILERS.search(body):
        return None
    if not _all_digits_in(s, [clocks[0].span(), spans[0].span()]):
        return None
    c, p = clocks[0], spans[0]
    hour, minute = (c["h"], c["m"] or "00") if c["h"] else (c["h2"], c["m2"])
    half = f" {c['ap'].replace('.', '')}" if c["ap"] else ""
    if p["m"]:
        span = f"{p['m']} minutes"
    else:
        span = f"{p['h']} hours" + (f" {p['hm']} minutes" if p["hm"] else "")
    return f"{int(hour)}:{minute}{half} plus {span}"


# --- D-몇 counted from a stated base day --------------------------------------------------
_KO_DATE = r"(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
_D_ASKED = (
    r"(?:d\s*-\s*(?:몇|day\s*(?:몇|며칠))|디데이\s*(?:몇|며칠)?|며칠\s*남)[가-힣]*\s*[?？.!]*\s*$"
)
_D_MINUS = re.compile(
    # "수능이 2030년 11월 14일인데 2030년 9월 1일 기준으로 D-몇이야": the target, then the base.
    # ("2031년 3월2일 개강인데 …", set 51: the event named after its date, 에 or not.)
    rf"^(?:[가-힣]+\s*(?:이|가|은|는)?\s*)?(?P<t>{_KO_DATE})\s*(?:에\s*)?(?:[가-힣]{{1,6}}?\s*)?"
    r"(?:인데|는데|이고|이야|이니까|이면|이라서|라서|임)\s*,?\s*"
    rf"(?P<b>{_KO_DATE})\s*기준(?:으로|이면|으로는)?\s*,?\s*{_D_ASKED}"
    # "2030년 9월 1일 기준으로 수능(2030년 11월 14일) D-몇": the base, then the target.
    rf"|^(?P<b2>{_KO_DATE})\s*기준(?:으로|이면|으로는)?\s*,?\s*(?:[가-힣]+\s*(?:이|가|은|는)?\s*)?"
    rf"(?P<t2>{_KO_DATE})\s*(?:까지|은|는|이|가)?\s*,?\s*{_D_ASKED}"
)
_DATE_PARTS = re.compile(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")


def _d_minus(s: str) -> str | None:
    found = _D_MINUS.match(s)
    if found is None:
        return None
    target, base = (found["t"], found["b"]) if found["t"] else (found["t2"], found["b2"])
    t, b = _DATE_PARTS.match(target), _DATE_PARTS.match(base)
    if t is None or b is None or bool(t["y"]) != bool(b["y"]):
        return None  # one year said and not the other: which year is not ours to guess
    key_t = (int(t["y"] or 0), int(t["m"]), int(t["d"]))
    key_b = (int(b["y"] or 0), int(b["m"]), int(b["d"]))
    if key_t <= key_b:
        return None  # D-day passed (D+N) or today: not a D-minus count
    return f"{base} 기준으로 {target}까지 며칠"


# --- a count of days in Korean words before 뒤/후 ("백일 뒤") -----------------------------
_WORD_DAYS = {"백": "100", "이백": "200", "삼백": "300", "오백": "500", "천": "1000"}
_DAYS_IN_WORDS = re.compile(r"(?<![가-힣])(?P<w>이백|삼백|오백|백|천)\s*일\s*(?=뒤|후|지나|째|전)")


def _days_in_words(s: str) -> str:
    return _DAYS_IN_WORDS.sub(lambda m: f"{_WORD_DAYS[m['w']]}일 ", s)


def slots_restated(s: str) -> str:
    """``s`` (NFKC, lower case) said in a form ``tools.dates`` reads, or unchanged."""
    s = _days_in_words(end_asked_as_noun(bracketed_year_dropped(spelled_clock_as_digits(s))))
    return _d_minus(s) or _clock_span_ko(s) or _clock_span_en(s) or s
