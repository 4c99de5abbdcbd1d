"""What a document question asks: its content terms and the type of answer it wants.

The extractive tier may only quote a sentence that (a) mentions the question's
content terms and (b) holds the kind of thing the question asks for. Question
words (며칠, 어디, when), verb endings, particles and light predicates (걸리다,
있다, 되다) are how a question is phrased, not what the document must contain;
a name the user introduces themselves with (제 이름은 홍길동입니다) is context,
not a topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from tools.rag.segmentation import rejoin_known_words
from tools.rag.textutil import _KIWI_CALL_LOCK, detect_script, english_tokens, get_kiwi

AnswerType = Literal["duration", "datetime", "amount", "count", "place", "person"]

# Nouns, proper nouns, verb/adjective roots, roots and foreign words carry topic.
_CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL", "SH"})
# How a Korean question is phrased rather than what it is about.
_KO_FUNCTION_WORDS = frozenset(
    {
        "것",
        "수",
        "등",
        "때",
        "중",
        "및",
        "하",
        "되",
        "있",
        "없",
        "않",
        "이",
        "그",
        "저",
        "뭐",
        "언제",
        "얼마",
        "얼마나",
        "어떻",
        "어떠",
        "무슨",
        "어느",
        "누구",
        # "어떤 사람이": the person asked about, the answer type, not a topic.
        "사람",
        # "휴가 관련해서": phrasing, like 대하/관하.
        "관련",
        "무엇",
        "어디",
        "왜",
        "쯤",
        "며칠",
        "몇",
        "걸리",
        "알",
        "주",
        "싶",
        "말",
        "궁금",
        "가능",
        "방법",
        "경우",
        "이름",
        # Task words of a synthesis request ("요약해 줘", "비교해 줘"), not its topic.
        *("설명", "요약", "비교", "정리", "차이", "차이점", "목록", "나열", "추천", "분석"),
        *("평가", "작성", "번역", "초안", "계획", "이유", "원인", "장단점", "내용", "정보"),
        "대하",
        "관하",
        "좋",
        "받",
        "해야",
        "정도",
        "혹시",
        "제",
        "나",
        "우리",
        # A bound asks for a number, it is not a topic ("식비 한도" = "up to 30,000 won").
        *("한도", "상한", "최대", "최고"),
    }
)
# English words that only phrase the question ("how long does it take").
_EN_FUNCTION_WORDS = frozenset(
    {
        "long",
        # "how often" asks for an interval (the duration type), like "how long".
        "often",
        "frequently",
        "take",
        "get",
        "need",
        "know",
        "tell",
        "please",
        "name",
        "possible",
        "way",
        "ask",
        "want",
        "like",
        "kind",
        "sort",
        "thing",
        "happen",
        "mine",
        *("explain", "summarize", "summary", "compare", "difference", "list", "recommend"),
        *("describe", "information", "detail", "detailed"),
        # Prepositions of place and rate phrase the question ("outside Seoul" is answered
        # by "elsewhere", "per night" by "a night").
        *("outside", "inside", "within", "per", "via", "around", "beyond"),
        # Words naming a bound ask for a number (see the "count" type below), they are
        # not a topic: "the hotel limit" is answered by "up to 120,000 won".
        *("limit", "limits", "maximum", "max", "cap", "ceiling"),
    }
)
# Compared with index tokens, which are stemmed ("outside" -> its stem).
_EN_FUNCTION_WORDS = _EN_FUNCTION_WORDS | {t for w in _EN_FUNCTION_WORDS for t in english_tokens(w)}
_SELF_INTRO = re.compile(
    # A greeting before the question is filler, like a name ("Hi, I'm Jenny. ...").
    r"^\s*(?i:hi|hello|hey|good (?:morning|afternoon|evening))\b[,!.]?|"
    r"^\s*안녕하(?:세요|십니까)[~!.,\s]*|"
    # A negated auxiliary ("haven't", "doesn't") phrases the question; its stem is no topic.
    r"\b[A-Za-z]+n't\b|"
    r"(?:제\s*이름은|저는)\s*\S+?(?:입니다|이에요|예요|인데요|이고요?|라고\s*합니다)[.,]?|"
    r"\b[Mm]y name is\s+[\w-]+(?:\s+[A-Z][\w-]+)?[.,]?|\b(?:I'm|I am|[Tt]his is)\s+[A-Z][a-z]+[.,]"
)

# (answer type, question pattern). Order matters: "몇 시간" is a duration before
# "몇 시" is a time, "how long" before "how".
_TYPE_PATTERNS: tuple[tuple[AnswerType, str], ...] = (
    (
        "duration",
        r"며칠|몇\s*일|몇\s*시간|몇\s*분|몇\s*주|몇\s*개월|몇\s*달|몇\s*년|"
        r"얼마\s*(?:나|동안)\s*(?:걸|기다|소요|유효)|얼마\s*동안|"
        # "얼마나 일찍 와야", "how early": how much time before or after, not an amount.
        r"얼마\s*나\s*(?:일찍|미리|빨리|먼저|늦게|오래)|\bhow (?:early|soon|far in advance)\b|"
        r"\bhow long\b|\bhow many (?:days|hours|minutes|weeks|months|years)\b|"
        # How often something recurs is answered by its interval ("every 90 days").
        r"\bhow (?:often|frequently)\b|얼마\s*나\s*자주|몇\s*\S*\s*마다",
    ),
    (
        "datetime",
        r"언제|몇\s*시|무슨\s*요일|어느\s*요일|날짜|\bwhen\b|\bwhat time\b|\bwhat year\b|"
        # "…연 해는?", "휴관일은?": a year or a day named as the thing asked for.
        r"(?:해|연도|날|요일|[가-힣]+일)(?:은|는)\s*[?？]?\s*$|"
        # "연락 돼야 하는 시간이 있나요?": whether a time is set is answered by the time.
        r"(?<!몇)(?<!몇 )시간(?:이|대가?)\s*(?:있|정해)|"
        r"\bwhich days?\b|\bwhat days?\b|\bwhat date\b|\bwhat hours\b|\bopening hours\b",
    ),
    (
        "amount",
        r"얼마|비용|가격|요금|금액|복용량|\bhow much\b|\bcost\b|\bprice\b|\bfee\b|"
        r"\bdose\b|\bdosage\b",
    ),
    ("count", r"몇|\bhow many\b|\bnumber of\b|한도|상한|\blimits?\b|\bmaximum\b|\bcap\b"),
    ("place", r"어디|위치|몇\s*층|\bwhere\b|\bwhich floor\b|\baddress\b|\blocated\b"),
    # "어떤 사람이 먹으면 안 돼요?": which people, answered by "임신 후기인 분", "성인".
    ("person", r"누구|누가|사람은\s*[?？]?\s*$|어떤\s*(?:사람|분)|\bwho\b|\bwhom\b"),
)
_TYPE_RULES = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in _TYPE_PATTERNS)

_UNIT_KO = r"(?:일|시간|분|주일?|개월|달|년|초)"
_UNIT_EN = r"(?:days?|hours?|minutes?|mins?|weeks?|months?|years?|seconds?)"
_NUMBER = r"\d+(?:[.,]\d+)?"
_KO_MAGNITUDE = r"(?:[십백천만억]\s*)*"
_RANGE = rf"{_NUMBER}(?:\s*(?:~|–|-|to|or)\s*{_NUMBER})?"
_EVIDENCE: dict[AnswerType, re.Pattern[str]] = {
    "duration": re.compile(
        # "a 2-year warranty": an English unit may be hyphenated to its number.
        rf"{_RANGE}\s*{_UNIT_KO}|{_RANGE}(?:\s*|-){_UNIT_EN}\b|하루|이틀|사흘|일주일|당일|같은\s*날|"
        # A number in words, perhaps qualified: "every four years", "three working days".
        r"\bsame day\b|\b(?:one|two|three|four|five|six|seven|ten|a few|an?)\s+"
        r"(?:(?:working|business|calendar|full)\s+)?"
        r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b",
        re.IGNORECASE,
    ),
    "datetime": re.compile(
        r"\d{1,2}:\d{2}|(?:오전|오후)\s*\d+\s*시|\d+\s*시(?!간)|[월화수목금토일]요일|평일|주말|"
        r"공휴일|전날|당일|\d{3,4}\s*년|\d+\s*월|\d+\s*일(?!간)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)\b|"
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays?\b|\bweekends?\b|"
        r"\bholidays?\b|\bday before\b|\bmornings?\b|\bafternoons?\b|\bsame day\b|"
        r"\b(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)\b|\b1[89]\d\d\b|\b20\d\d\b|"
        # "When are results ready?" - "in 2 to 3 days", "within a week".
        rf"\b(?:in|within|after)\s+(?:{_RANGE}|a|one|two|three)\s*{_UNIT_EN}\b|"
        # When something recurring happens: "with the next monthly salary", "다음 달 급여일".
        r"\bnext (?:week|month|monthly|year|payday|pay day|salary|business day)\b|"
        r"\bmonthly salary\b|다음\s*달|급여일|월급날|"
        # A time named by a daily event: "식사 후에 복용", "take it with food", "before bed".
        r"(?:식사|밥|운동|수업|취침|잠자기|자기)\s*(?:전|후|중|직후|직전)|식전|식후|"
        r"\b(?:before|after|with|during)\s+(?:a\s+)?(?:meals?|food|eating|breakfast|lunch|"
        r"dinner|bed(?:time)?|sleep)\b",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        rf"{_NUMBER}\s*{_KO_MAGNITUDE}\s*(?:원|달러|%|정|알|캡슐|킬로미터|미터|센티미터|"
        r"킬로그램|그램|리터|잔|배)|"
        rf"{_NUMBER}\s*(?:won|dollars?|%|mg|g|kg|ml|l|km|m|cm|tablets?|miles?|meters?|"
        r"kilometers?|percent)(?![A-Za-z])|[$₩€£]\s*\d|무료|\bfree\b|\bco-?payment\b|\bno charge\b",
        re.IGNORECASE,
    ),
    "count": re.compile(
        rf"{_NUMBER}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|once|twice)\b|"
        r"(?:한|두|세|네|다섯|여섯)\s*(?:번|개|명|대|곳|가지|알|층)",
        re.IGNORECASE,
    ),
    "place": re.compile(
        r"\d+\s*층|지하|출구|역|주소|건물|입구|창구|로\s*\d+|옆|근처|맞은편|곳|하류|상류|"
        r"[가-힣]{2,}에서|\bfloor\b|"
        r"\bbasement\b|\bstreet\b|-ro\b|\bstation\b|\bexit\b|\bbuilding\b|\bdesk\b|\bgarage\b|"
        r"\broom\b|\bentrance\b|\bnext to\b|\bnear\b|\bground floor\b|"
        # Where things are in a building or on its grounds ("at the north gate").
        r"정문|후문|주차장|로비|\bgates?\b|\blobby\b|\bcounter\b|\bwing\b|\bdoors?\b|"
        r"\bhall\b|\boffice\b|\bcorner\b|\bopposite\b|\bacross from\b|\bbehind\b|"
        r"\b(?:north|south|east|west)(?:ern)? (?:side|gate|entrance|wing|exit)\b",
        re.IGNORECASE,
    ),
    "person": re.compile(
        r"의사|약사|간호사|직원|보호자|담당자|접수|주민|시민|학생|어린이|노인|성인|환자|고객|\d+\s*세|\bdoctors?\b|\bpharmacists?\b|\bnurses?\b|"
        r"\bstaff\b|\breception\b|\bsomeone\b|\bpatients?\b|\bpeople\b|\badults?\b|"
        r"\bchild(?:ren)?\b|\bresidents?\b|\banyone\b|\beveryone\b|\bover \d+\b|"
        # Whom to tell or ask at work: "팀장에게 전화로 알리고", "a department head".
        r"팀장|부장|과장|실장|원장|부서장|상사|관리자|책임자|매니저|\bmanagers?\b|\bsupervisors?\b|"
        r"\b(?:department|team) heads?\b|\bdirectors?\b|"
        # A role noun before a Korean name: "지휘자 한서윤이", "창업자 윤도현은".
        r"[가-힣]*(?:자|가|사|장|원|인)\s[가-힣]{2,4}(?:은|는|이|가|의|씨|님)?(?=\s|[,.]|$)|"
        r"[가-힣]{2,4}\s*(?:씨|님|선생)",
        re.IGNORECASE,
    ),
}
# Counters that answer one another: "몇 번 다운로드" is answered by "500만 건".
_COUNTER_ALIASES = {"번": "번|회|건|차례", "회": "회|번|건", "건": "건|번|회", "명": "명|분|사람"}
# In English text a capitalised name (not sentence-initial) can be a person or a place.
_PROPER_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'.-]+")


@dataclass(frozen=True)
class QuestionAnalysis:
    """Content terms (index-token space) and the expected answer type of a question."""

    terms: tuple[str, ...]
    answer_type: AnswerType | None
    # Nouns among the terms (every term for English): what a passage must mention
    # at all. A verb the documents phrase differently (가져가다/챙기다) is not a topic.
    topic_terms: tuple[str, ...] = ()
    # The counter a Korean count question asks about ("몇 명" -> "명").
    counter: str = ""
    # "How often", "며칠마다": the answer is an interval ("every 90 days"), not any duration.
    recurring: bool = False


# A question asking how often something recurs, and what states a recurrence.
_RECURRING_QUESTION = re.compile(r"\bhow (?:often|frequently)\b|자주|마다", re.IGNORECASE)
_RECURRENCE = re.compile(
    r"\bevery\b|\beach\b|\bper\b|\btimes? an?\b|\bonce\b|\btwice\b|"
    r"\b(?:hourly|daily|weekly|monthly|yearly|annually)\b|마다|매\s*(?:일|주|월|년|시간|달)|"
    r"\d+\s*회|주기",
    re.IGNORECASE,
)


def answer_type(question: str) -> AnswerType | None:
    """The kind of thing the question asks for (``None`` for what/how/yes-no questions)."""
    for kind, pattern in _TYPE_RULES:
        if pattern.search(question):
            return kind
    return None


def has_answer_type(
    sentence: str,
    kind: AnswerType | None,
    counter: str = "",
    *,
    recurring: bool = False,
    question: str = "",
) -> bool:
    """True when ``sentence`` holds something of the expected answer type (always for ``None``).

    Args:
        sentence: The candidate answer sentence.
        kind: The question's answer type.
        counter: For a Korean count question, the counter asked about (명, 대, 번):
            "약사는 몇 명" is not answered by "1층".
        recurring: The question asks how often: "How often should I replace the
            battery?" is not answered by "the battery lasts up to 8 hours".
        question: The question itself: a word it uses is not evidence ("How much is the
            co-payment?" is not answered by "pay only their co-payment").
    """
    if kind is None:
        return True
    if recurring and not _RECURRENCE.search(sentence):
        return False
    if kind == "count" and counter:
        counters = _COUNTER_ALIASES.get(counter, re.escape(counter))
        number = rf"(?:{_NUMBER}\s*{_KO_MAGNITUDE}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|수)"
        return bool(re.search(rf"{number}\s*(?:{counters})", sentence))
    if kind in ("person", "place") and _PROPER_NAME.search(sentence):
        return True
    asked = question.lower()
    return any(
        not asked or m.group(0).lower() not in asked for m in _EVIDENCE[kind].finditer(sentence)
    )


def _question_part(text: str) -> str:
    # A statement the user adds around the question ("제 이름은 홍길동입니다.")
    # gives context, not topic: keep the question sentences when there are any.
    text = _SELF_INTRO.sub(" ", text)
    parts = [p.strip() for p in re.split(r"(?<=[.?!？。])\s+", text) if p.strip()]
    asked = [p for p in parts if p.endswith(("?", "？"))]
    return " ".join(asked) if asked and len(parts) > 1 else " ".join(parts)


def _korean_terms(text: str) -> tuple[list[str], list[str], str]:
    with _KIWI_CALL_LOCK:
        tokens: list[Any] = list(get_kiwi().tokenize(text))
    out: list[str] = []
    nouns: list[str] = []
    counter = ""
    after_how_many = False
    for tok in tokens:
        tag = str(tok.tag).split("-", 1)[0]
        form = str(tok.form).strip()
        # The counter after 몇 ("몇 시간", "몇 층") is part of the question word.
        skip = after_how_many and tag in ("NNG", "NNB")
        if skip:
            counter = counter or form
        after_how_many = form == "몇"
        if skip or tag not in _CONTENT_TAGS or not form:
            continue
        if tag in ("SL", "SH"):
            words = [t for t in english_tokens(form) if t not in _EN_FUNCTION_WORDS]
            out.extend(words)
            nouns.extend(words)
        elif form not in _KO_FUNCTION_WORDS:
            out.append(form.replace(" ", "_"))
            if tag in ("NNG", "NNP"):
                nouns.append(out[-1])
    return out, nouns, counter


# English verbs found without a tagger: the word after a modal or "to" (and a pronoun).
# The last word of a do-question is not taken: "Does the clinic offer physiotherapy?"
# ends in the very noun the documents must mention.
_EN_VERB_AFTER_MODAL = re.compile(
    r"\b(?:can|could|should|must|will|would|may|might|shall|to)\s+"
    r"(?:(?:i|you|we|they|he|she|it|someone|anyone)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# A question opening with a modal and a noun subject: "Can children get a check-up?"
# puts the subject (children, a topic) where a pronoun would be, and the verb after it.
_EN_INVERTED_SUBJECT = re.compile(
    r"^\s*(?:can|could|should|must|will|would|may|might|shall)\s+(?P<subject>[a-z]+)\s+[a-z]+",
    re.IGNORECASE,
)
_EN_PRONOUNS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "someone", "anyone", "my", "your", "the", "a"}
)
# "What is loratadine used for?", "Is damage covered by …": a passive participle after
# the subject of an inverted be-question.
_EN_PASSIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:[a-z-]+\s+){1,2}?(?P<verb>[a-z]+ed)\b(?=\s+(?:for|by|to|in|at|on)\b|\s*[?？]?\s*$)",
    re.IGNORECASE,
)
# "How do I submit a claim?": a verb after do-support with a pronoun subject.
_EN_VERB_AFTER_DO = re.compile(
    r"\b(?:do|does|did)\s+(?:i|you|we|they|he|she|it)\s+(?P<verb>[a-z]+)\b", re.IGNORECASE
)
# "What languages does the reception staff speak?": in a wh-question with do-support the
# object was fronted, so a clause with no preposition ends in its verb. ("Does the
# clinic offer physiotherapy?" is not a wh-question; "...do I need for a claim?" has one.)
_EN_FINAL_VERB = re.compile(
    r"^\s*(?:what|which|where|when|how|who|whom|whose)\b[^?]*?\b(?:do|does|did)\s+"
    r"(?P<clause>(?:[a-z'-]+\s+)*?)(?P<verb>[a-z]+)\s*[?？]?\s*$",
    re.IGNORECASE,
)
_EN_PREPOSITIONS = frozenset(
    {"for", "on", "in", "at", "to", "from", "with", "about", "of", "by", "after", "before"}
)


def inverted_subject(question: str) -> str:
    """The noun subject of a question opening with a modal ("Can children get …" -> children).

    The subject is what such a question is about: a document that never names it does
    not answer it, however well the rest matches. Empty for a pronoun subject.
    """
    found = _EN_INVERTED_SUBJECT.match(_question_part(question))
    if found is None or found["subject"].lower() in _EN_PRONOUNS:
        return ""
    tokens = english_tokens(found["subject"])
    return tokens[0] if tokens else ""


# "Is the pharmacy open on Sundays?", "Does the clinic offer X?": the subject of a
# yes/no question after its auxiliary and an article.
_EN_YES_NO_SUBJECT = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did)\s+(?:the|a|an|my|your|our|their|this)\s+"
    r"(?P<subject>[a-z]+)\b",
    re.IGNORECASE,
)


def yes_no_subject(question: str) -> str:
    """The noun subject of an English yes/no question ("Is the pharmacy open …" -> pharmacy).

    Empty when the question does not open that way (a pronoun, "there", a wh-word).
    """
    found = _EN_YES_NO_SUBJECT.match(_question_part(question))
    tokens = english_tokens(found["subject"]) if found is not None else []
    return tokens[0] if tokens else ""


def _english_verbs(asked: str) -> set[str]:
    """Index tokens of the question's verbs, found without a tagger (see the patterns)."""
    found = [m["verb"] for m in _EN_VERB_AFTER_MODAL.finditer(asked)]
    inverted = _EN_INVERTED_SUBJECT.match(asked)
    if inverted is not None and inverted["subject"].lower() not in _EN_PRONOUNS:
        found.remove(inverted["subject"])
    after_do = [m["verb"] for m in _EN_VERB_AFTER_DO.finditer(asked)]
    found += after_do
    found += [m["verb"] for m in _EN_PASSIVE.finditer(asked)]
    final = _EN_FINAL_VERB.match(asked)
    # A pronoun subject already named the verb ("How do I submit a claim?" ends in a noun).
    if final is not None and not after_do:
        clause = final["clause"].lower().split()
        if len(clause) <= 4 and not _EN_PREPOSITIONS & set(clause):
            found.append(final["verb"])
    return {t for verb in found for t in english_tokens(verb)}


def analyze_question(question: str, known: Callable[[str], bool] | None = None) -> QuestionAnalysis:
    """Split a question into the content terms a passage must cover and its answer type.

    Args:
        question: The user's question, possibly with a sentence of context.
        known: Whether the collection holds a token: a Korean word it knows whole is
            one term, not the pieces Kiwi cut it into.

    Returns:
        Content terms in the index's token space (Kiwi morphemes for Korean,
        stemmed lowercase words for English), first occurrence order.
    """
    asked = _question_part(question)
    counter = ""
    if detect_script(asked) == "en":
        terms = [t for t in english_tokens(asked) if t not in _EN_FUNCTION_WORDS]
        # Verbs are not topics: "should I fast" is answered by "do not eat", "who must
        # approve" by "need the approval of".
        verbs = _english_verbs(asked)
        nouns = [t for t in terms if t not in verbs]
    else:
        terms, nouns, counter = _korean_terms(asked)
        if known is not None:
            rejoined = rejoin_known_words(asked, terms, known)
            nouns = [t for t in rejoined if t in nouns or t not in terms]
            terms = rejoined
    kept = tuple(dict.fromkeys(t for t in terms if not _is_number(t)))
    topics = tuple(dict.fromkeys(t for t in nouns if not _is_number(t)))
    recurring = bool(_RECURRING_QUESTION.search(asked))
    return QuestionAnalysis(kept, answer_type(asked), topics, counter, recurring)


def _is_number(token: str) -> bool:
    return token.replace(".", "").replace(",", "").isdigit()


# Words for an organisation's own rules: what it pays, grants or requires of its people.
# A model cannot know one company's tablet allowance or remote-work days; only the
# workspace's documents can, so when they do not say, the honest answer is that.
_ORGANISATION_RULE_TERMS = frozenset(
    {
        *("지원금", "수당", "복지", "복리후생", "재택", "재택근무", "근무", "휴가", "연차", "병가"),
        *("경조사", "출장", "경비", "정산", "규정", "사규", "사내", "급여", "상여", "상여금"),
        *("보너스", "퇴직금", "입사", "퇴사", "승진", "결재", "야근", "초과근무", "식대", "법인"),
        *("교육비", "출퇴근", "유연근무", "육아휴직", "휴직", "직원", "임직원"),
    }
)
_ORGANISATION_RULE_EN = re.compile(
    r"\b(?:allowances?|stipends?|subsid(?:y|ies)|reimburse(?:d|ment)?|per diem|"
    r"(?:company|office|hr|expense|travel|leave|remote[- ]work|work[- ]from[- ]home) "
    r"polic(?:y|ies)|(?:annual|sick|parental|maternity|paternity|bereavement) leave|"
    r"vacation days|pto|remote work|work from home|overtime pay|bonus(?:es)?|payroll|"
    r"our (?:company|office|team|employees|staff)|"
    # A question put to the organisation itself: "Do you offer dental cleaning?"
    r"(?:do|does|can|will|would) you (?:offer|have|provide|accept|treat|sell|open|"
    r"close|allow|charge|cover|support)|are you open|your (?:clinic|office|company|pharmacy|"
    r"hospital|shop|store|staff|policy))\b",
    re.IGNORECASE,
)
# Korean: the place or organisation named as where the rule applies ("여기서", "저희 회사").
_ORGANISATION_HERE_KO = re.compile(r"여기|이곳|이 병원|이 의원|이 회사|저희 회사|우리 회사|사내")


def asks_about_organisation_rule(question: str) -> bool:
    """Whether a question asks for an organisation's own rule (allowance, leave, expenses).

    Such a question can only be answered from the workspace's documents: when they do not
    answer it, a general model's reply would be an invented policy.

    Args:
        question: The user's question.

    Returns:
        True for "태블릿 지원금은 얼마예요?", "재택근무는 주 며칠까지 되나요?",
        "What is the per diem for Busan?", "Do you offer dental cleaning?"; False for a
        general question.
    """
    asked = _question_part(question)
    if _ORGANISATION_RULE_EN.search(asked):
        return True
    if detect_script(asked) == "en":
        return False
    if _ORGANISATION_HERE_KO.search(asked):
        return True
    terms, _nouns, _counter = _korean_terms(asked)
    return any(t in _ORGANISATION_RULE_TERMS or t.endswith("수당") for t in terms)
