"""redteam34's detectors and predicates, each on inputs of our own (not the blind set's
sentences).

Every positive here fails with its rule taken out of the scanner's lists; the negatives pin
what each rule must leave alone, and each public-text test fails with its predicate switched
off.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.intro_names
import core.privacy.korean
from core.privacy import classify, scan
from core.privacy.addressee_names_en import detect_addressee_names_en
from core.privacy.assigned_name_values import detect_assigned_name_values
from core.privacy.chat_slang_names_ko import detect_chat_slang_names_ko
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.crypto_wallet_addresses import detect_crypto_wallet_addresses
from core.privacy.line_broken_phones import detect_line_broken_phones
from core.privacy.names import detect_english_names, detect_korean_names
from core.privacy.registry_auth_values import detect_registry_auth_values
from core.privacy.service_title_names_ko import detect_service_title_names_ko
from core.privacy.vanity_phone_numbers import detect_vanity_phone_numbers
from core.privacy.verb_partner_names_ko import detect_verb_partner_names_ko
from tests.core.privacy.scanner_switch import (
    LookAlike,
    Positive,
    form_tests,
    look_alike_tests,
    predicate_off,
    public_tests,
)

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_verb_partner_names_ko, "견적서 나은서한테 전달 좀 해줘", "나은서"),
    (detect_verb_partner_names_ko, "어제 하서준씨랑 통화했는데 일정 바뀐대", "하서준"),
    (detect_verb_partner_names_ko, "모지훈에게 내일까지 자료 보내달라고 문자 써줘", "모지훈"),
    (detect_service_title_names_ko, "옥재민 기사님 내일 오전에 와주실 수 있나요", "옥재민"),
    (detect_service_title_names_ko, "우리 교회 석영철 장로님 팔순 축하 카드", "석영철"),
    (detect_service_title_names_ko, "담당 변호사 탁수민 말고 편도윤 변호사님께 연락", "편도윤"),
    (detect_chat_slang_names_ko, "ㅋㅋㅋ 마서준 오늘 또 졸았어", "마서준"),
    (detect_chat_slang_names_ko, "헐 나은비 결혼한대 😭😭 축하 문자 뭐라고 하지", "나은비"),
    (
        detect_addressee_names_en,
        "print the label: Attn: Oluwadamilare Fitzwilliam, Goods In, Bay 4",
        "Oluwadamilare Fitzwilliam",
    ),
    (
        detect_addressee_names_en,
        "how do I write the cheque? payable to Marisol Quenby-Adair",
        "Marisol Quenby-Adair",
    ),
    (
        detect_addressee_names_en,
        "send the keys to Idris Pemberton-Hale c/o the porter's lodge",
        "Idris Pemberton-Hale",
    ),
    (
        detect_credential_tokens,
        "login() fails with token 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, why?",
        "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",
    ),
    (
        detect_registry_auth_values,
        # base64 of "deploy-bot:Tangerine#Owl42"
        'podman auth.json has {"auths": {"ghcr.io": '
        '{"auth": "ZGVwbG95LWJvdDpUYW5nZXJpbmUjT3dsNDI="}}}',
        "ZGVwbG95LWJvdDpUYW5nZXJpbmUjT3dsNDI=",
    ),
    (
        detect_crypto_wallet_addresses,
        "pay my share to my wallet 0x9b1e44c07d2a6f3385e0b7c1d94a2f6e08c3b5d7 please",
        "0x9b1e44c07d2a6f3385e0b7c1d94a2f6e08c3b5d7",
    ),
    (
        detect_crypto_wallet_addresses,
        "제 지갑 주소 bc1qk7x3m9z2w4r8t6y0u5p3s7d9f2g4h6j8l0c3v5 로 보내주세요",
        "bc1qk7x3m9z2w4r8t6y0u5p3s7d9f2g4h6j8l0c3v5",
    ),
    (detect_vanity_phone_numbers, "for sax lessons text me on 773-SAX-TUNE", "773-SAX-TUNE"),
    (detect_vanity_phone_numbers, "put my number on the card: (617) GET-MATH", "(617) GET-MATH"),
    (detect_assigned_name_values, "[household]\nguardian = 봉다인\ntel = none", "봉다인"),
    (detect_korean_names, "거래처 목록 정리: 담당 표시우 / 내선 3021", "표시우"),
    (detect_english_names, "Patient: Aoife Ní Bhraonain, bed 4", "Aoife Ní Bhraonain"),
    (detect_line_broken_phones, "연락처 칸이 잘렸어:\n석하늘 011-\n482-7719", "011-\n482-7719"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # A particle after a relation, a pronoun or a noun, not a full name.
        "친구한테 보내줘",
        "동생한테 문자 보내야 하는데",
        "김치랑 같이 보내줘",
        "누구랑 통화했어?",
        # A public figure with a title before the particle; a work's character.
        "봉준호 감독한테 팬레터 보내고 싶어",
        "더 글로리에서 문동은이 박연진한테 복수하는 장면 몇 화야?",
        # A driver, an article, an exam: no name before the title.
        "택시 기사님이 친절했어",
        "전기기사 시험 일정 알려줘",
        "이번 기사 요약해줘",
        # Chat marks with only common words.
        "ㅋㅋ 조금만 기다려 하지만 오늘은 안돼ㅠㅠ",
        "ㅎㅎ 이번주 주말에 시간 돼? 영화 보자 😊",
        # Addressee words before a team or a firm.
        "ATTN: Accounts Payable",
        "Attention: Customer Service Team",
        "what does c/o mean on an envelope?",
        # A placeholder token; a JSON auth flag.
        "set HF_TOKEN to hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the docs",
        '{"auth": "oauth2", "scopes": ["read"]}',
        # A famous address asked about; a contract in a writer-free question.
        "what is 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and who owns it?",
        "is 0xdAC17F958D2ee523a2206206994597C13D831ec7 the official USDT contract?",
        # A table whose column ends a line with a code, not a mobile prefix.
        "code\n010\n2025-0001",
        # A business's toll-free line in letters, even in the writer's sentence.
        "I ordered my lenses from 1-800-CONTACTS, is that legit?",
        # 담당 before a title, a team or a word, not a name.
        "담당 선생님께 여쭤보고 담당 부서 연락처도 알려줘",
        # A config's contact that is a team or a mailbox name.
        "[support]\ncontact = 홍보팀\nassignee = support",
    ]
)


_PUBLIC: list[LookAlike] = [
    (
        "is Jerome Powell still Chair of the Federal Reserve, and when does his term end?",
        predicate_off(core.privacy.intro_names, "asks_about_a_public_office_holder"),
    ),
    (
        "영수증에 '이디야 강남역점 사업자번호 201-81-21515' 찍힌 거 법인 경비 돼?",
        predicate_off(core.privacy.korean, "is_a_named_corporations_number"),
    ),
    (
        "국회 주소 서울 영등포구 의사당대로 1 맞나요? 견학 신청은 어떻게 해요?",
        predicate_off(core.privacy.address, "is_korean_landmark_address"),
    ),
]


test_public_look_alikes_are_public, test_those_need_their_predicates = look_alike_tests(_PUBLIC)


@pytest.mark.parametrize(
    "text",
    [
        # The same office word, but the writer's own boss, or no question.
        "my boss Jerome Powell is still Chair of the Federal Reserve Club?",
        "Jerome Powell, Chair of the Federal Reserve, emailed me his number 07911 482306",
        # A sole trader's number (middle code under 80) on a receipt stays personal.
        "영수증에 '하늘꽃집 역삼점 사업자번호 214-12-34567' 찍혀 있어",
        # Home at a landmark's road, another number; the writer's own address.
        "서울 종로구 청와대로 13 으로 택배 보내주세요",
        "우리 집 주소 서울 영등포구 의사당대로 1 로 이사했어",
    ],
)
def test_the_same_values_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)
