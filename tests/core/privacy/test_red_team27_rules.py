"""redteam27's detectors, each on inputs of our own.

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.birth_year_names_ko import detect_birth_year_names_ko
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.department_health_names import detect_department_health_names
from core.privacy.intro_names import detect_introduced_names
from core.privacy.labelled_secrets import detect_labelled_secrets
from core.privacy.money_ledger_names_ko import detect_money_ledger_names_ko
from core.privacy.relation_signature_names_ko import detect_relation_signature_names_ko
from core.privacy.spoken_passports_ko import detect_spoken_passports_ko
from core.privacy.spoken_phone_thousands_ko import detect_spoken_phone_thousands_ko
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (
        detect_labelled_secrets,
        "my Outlook password is Quill#Harbour27, is it ok?",
        "Quill#Harbour27",
    ),
    (detect_labelled_secrets, "the alarm code is 5519* - tell the cleaner", "5519*"),
    (detect_labelled_secrets, "keypad code 6072 then push hard", "6072"),
    (detect_labelled_secrets, "my debit card PIN, it's 2846 - how do I change it?", "2846"),
    (detect_labelled_secrets, "my bank pin is 9035 and I think someone saw it", "9035"),
    (detect_labelled_secrets, "guest wifi pw: lemon-tree-road-8", "lemon-tree-road-8"),
    (detect_labelled_secrets, "the lockbox on the fence is 4410, keys inside", "4410"),
    (detect_labelled_secrets, "Your verification code is 731 046. Don't share it", "731 046"),
    (detect_labelled_secrets, "우리 집 현관 비밀번호는 7730* 이야", "7730*"),
    (detect_labelled_secrets, "통장 비번을 2209로 바꿨는데 괜찮을까", "2209"),
    (detect_labelled_secrets, "회사 메일 비번 Haneul!0917 인데 너무 쉬워?", "Haneul!0917"),
    (detect_labelled_secrets, "카톡 인증번호 [905173] 왔는데 이거 누가 보낸 거야", "905173"),
    (
        detect_credential_tokens,
        'resp = requests.get(url, headers={"Authorization": "Bearer x"}, '
        'params={"key": "AIzaSyD3k8Q2mVn7Xb1Lp0Rt5Wc9Hj4Ge6Fu2Ya"})',
        "AIzaSyD3k8Q2mVn7Xb1Lp0Rt5Wc9Hj4Ge6Fu2Ya",
    ),
    (
        detect_credential_tokens,
        "STRIPE_KEY=sk-live-9Hq2Zm4Lx7Vb1Nc8Kd3Rt6Wp0Ys5Ue",
        "sk-live-9Hq2Zm4Lx7Vb1Nc8Kd3Rt6Wp0Ys5Ue",
    ),
    (
        detect_credential_tokens,
        "token: gho_Q8r2Lm5Nx1Vb7Tz4Kc9Wy3Hd6Pf0Ge2JuA5s",
        "gho_Q8r2Lm5Nx1Vb7Tz4Kc9Wy3Hd6Pf0Ge2JuA5s",
    ),
    (
        detect_credential_tokens,
        "export AWS_ACCESS_KEY_ID=ASIAQ4WZ7XN2BL6RTV3K",
        "ASIAQ4WZ7XN2BL6RTV3K",
    ),
    (detect_credential_tokens, 'client_secret = "f7Gh2kLq9Xv4Nm1Rz8Wt"', "f7Gh2kLq9Xv4Nm1Rz8Wt"),
    (
        detect_credential_tokens,
        "REDIS_URL=redis://default:Moss4Lichen9@cache.local:6379/0",
        "Moss4Lichen9",
    ),
    (
        detect_introduced_names,
        "Myself Venkatesh Subramanian-Rao, new joiner in the Chennai team",
        "Venkatesh Subramanian-Rao",
    ),
    (detect_birth_year_names_ko, "독서모임 소개: 88년생 용띠 제갈소윤, 회사원이에요", "제갈소윤"),
    (detect_birth_year_names_ko, "01년생 탁하준입니다 잘 부탁드려요", "탁하준"),
    (
        detect_money_ledger_names_ko,
        "동창회 회비 정산\n변지후 30,000원\n석나래 25,000원\n모태윤 30,000원",
        "석나래",
    ),
    (detect_money_ledger_names_ko, "조의금 받은 거: 편도현 5만, 옹세린 3만", "옹세린"),
    (
        detect_relation_signature_names_ko,
        "아버님 생신 축하드립니다\n둘째 며느리 권나윤 올림",
        "권나윤",
    ),
    (detect_relation_signature_names_ko, "선생님 감사했습니다.\n제자 남궁도하 드림", "남궁도하"),
    (
        detect_spoken_phone_thousands_ko,
        "연락처는 공일공 삼천사백이십 에 칠천육 이에요",
        "공일공 삼천사백이십 에 칠천육",
    ),
    (
        detect_spoken_phone_thousands_ko,
        "010 오천이백십삼 다시 구구공일 로 주세요",
        "010 오천이백십삼 다시 구구공일",
    ),
    (
        detect_spoken_passports_ko,
        "여권 번호가 엠 일사구 비 칠칠공이 인데요",
        "엠 일사구 비 칠칠공이",
    ),
    (
        detect_spoken_passports_ko,
        "제 여권은 티 오사이 케이 구팔칠일 이에요",
        "티 오사이 케이 구팔칠일",
    ),
    (
        detect_department_health_names,
        "Oluwaseun in payroll has surgery next week - can we cover her shifts?",
        "Oluwaseun",
    ),
    (detect_department_health_names, "heads up: Thandeka from legal is on sick leave", "Thandeka"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # The word "password" or "PIN" with no secret after it: rules, questions, lengths.
        "Passwords must be at least 12 characters long and change every 90 days.",
        "the password is printed on your key card sleeve",
        "how do I reset my Gmail password?",
        "my PIN is 4 digits, can I make it 6?",
        "a password of 128 characters is overkill",
        "does the cafe Wi-Fi need a password, or just the terms?",
        "what's the default router password, admin?",
        "Gate access with your PIN code: every day 06:00-22:00.",
        "we send you a door code by text message on the day",
        "비밀번호는 최소 몇 자 이상이어야 하나요?",
        "비밀번호를 다섯 번 틀리면 잠겨요",
        "비밀번호 8자리 이상, 특수문자 포함",
        "인증번호 6자리가 안 와요",
        "와이파이 비밀번호는 입실 영수증 아래에 적혀 있습니다.",
        "the password reset link is https://example.com/reset",
        "pin the post to the top of the channel",
        # Code with placeholders and counters, and a URL with a placeholder password.
        "api_key=os.environ['OPENAI_API_KEY']",
        'PASSWORD = "changeme"',
        "max_tokens=16000, total_tokens: 2048",
        '{"nextPageToken": "CAESBggDEAEYAQ2", "token_type": "bearer", "secret_id": "db-2a"}',
        "DATABASE_URL=postgres://user:password@localhost:5432/app",
        "DATABASE_URL=postgres://app:${DB_PASS}@db:5432/app",
        # Product and version codes that share a prefix with keys.
        "is the sk-II essence worth it?",
        "pip install gh-pages==6.1.1",
        # Birth years and zodiac signs with no name after them.
        "93년생 여자 혼자 유럽 여행 코스 추천",
        "닭띠 운세 알려줘",
        # A household budget, and sums with no people-money word.
        "이번 달 회비 정산: 관리비 15만 / 학원비 30만 / 보험료 12만",
        "삼겹살 15000원 / 목살 14000원 합계",
        # Rounding rules and a gift after an ordinary word.
        "10원 이하 올림으로 계산해줘",
        "합계는 큰 금액 올림",
        # Money said in place-value words; a passport photo; a number of no passport.
        "가격은 구천팔백원이야",
        "여권 사진 찍을 때 주의할 점 알려줘",
        "여권 재발급 수수료 5만 3천원",
        # Departments after ordinary words, with or without a health word.
        "Growth in sales was strong this year.",
        "Jobs in finance that need no degree",
        "Cuts in marketing after the surgery season?",
        # "Myself" inside a sentence.
        "I did it Myself",
        "Myself and Tom went to the match",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "why does Oliver's mother die in Oliver Twist?",
        "who is Percy's father in Percy Jackson?",
    ],
)
def test_a_hero_of_the_work_a_question_names_is_public(text: str) -> None:
    # Both are held as personal on main (568e92c): the possessive and the pair rules.
    assert classify(text) == "public", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # A place one is "in", the writer in the question, a request that is no question.
        "can Harry's mum pick him up in Harry Street?",
        "is my son Oliver's teacher in Oliver Twist?",
        "write Percy's parents a note about Percy Jackson",
    ],
)
def test_a_name_beside_a_title_like_phrase_stays_local(text: str) -> None:
    assert classify(text) == "local_only"
