"""Personal data in this round's forms never reaches the cloud recorder (round 45,
redteam45).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder on
127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read). Each
conversation carries one form the scanner learnt in this round and nothing else it reads:
Hungarian, Mongolian, Amharic, Japanese and Chinese introductions; a household "…네", a
third party's "이름이 …이야", a door plate's two names, "우리 아가 …의"; a voicemail greeting,
"Congratulations to … on", a contract's "(the Tenant)", useradd -c, "my landlord is …"; French
and German phones in words, 쩜 between digit words, 언더바 in a spoken e-mail, "M as in Mike";
a 주민번호 with ㅡ, a Japanese account's katakana holder, "앞자리는 010-73", Brazilian, Indian
and 번지 addresses; a single-quoted password with $, "… login -p", netsh's "Key Content", a
Postman key/value pair.

With the defence on none of them reaches the recorder, while public look-alikes do: a
textbook's Hungarian model sentence, a TV show's household, a company as the landlord. The
control switches only this round's five detectors off: the values then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["reply to 'Szia, a nevem Lakatos-Fehér Kinga, új vagyok'"], ["Lakatos-Fehér"]),
    (["'Намайг Оюунчимэг Дашдорж гэдэг' гэж бичсэн, 답장 써줘"], ["Дашдорж"]),
    (["what does 'ስሜ መሠረት ኃይሌ ነው' mean?"], ["መሠረት ኃይሌ"]),
    (["返信を書いて: 'はじめまして、水谷 紗季です'"], ["水谷 紗季"]),
    (["translate '大家好，我是诸葛晓雯，请多关照'"], ["诸葛晓雯"]),
    (["토요일에 편도윤네 집들이 선물 추천해줘"], ["편도윤"]),
    (["팀에 새로 온 분 이름이 엄채원이래, 환영 인사 써줘"], ["엄채원"]),
    (["현관 문패에 '국지환 · 예서린' 새기려는데 괜찮아?"], ["국지환", "예서린"]),
    (["돌 초대장: '우리 아가 봉시아의 첫 생일에 초대합니다'"], ["봉시아"]),
    (["warmer please: 'you've reached Cordelia Ashworth-Nnamdi's voicemail'"], ["Ashworth-Nnamdi"]),
    (["newsletter: Congratulations to Thaddeus Okafor-Lindqvist on his MSc"], ["Okafor-Lindqvist"]),
    (["clause: 'Marguerite Owusu-Blake (the Tenant) shall pay monthly'"], ["Owusu-Blake"]),
    (['useradd -m -c "Barnabas Quennell-Oduya" bquen fails'], ["Quennell-Oduya"]),
    (["my landlord is Evander Pryce-Mwangi and he wants rent early"], ["Pryce-Mwangi"]),
    (["write as digits: 'zéro six, quarante et un, douze, trente, zéro huit'"], ["quarante et un"]),
    (["Nummer 'null eins sieben zwei, fünf fünf drei, acht null vier eins'?"], ["fünf fünf drei"]),
    (["번호 '공일공 쩜 사팔이칠 쩜 일일오삼' 숫자로"], ["사팔이칠 쩜 일일오삼"]),
    (["메일 'yuna 언더바 seo 사사 골뱅이 지메일 점 컴' 적어줘"], ["yuna 언더바 seo"]),
    (["ID read back as 'R as in Romeo, 3, 9, 1, 5, 0, 7, 2, 8'"], ["3, 9, 1, 5, 0, 7, 2, 8"]),
    (["phone field: 010ㅡ7731ㅡ2048 rejected, why?"], ["7731ㅡ2048"]),
    (["振込先: 楽天銀行 普通 8364102 口座名義 オオノ ハルカ"], ["8364102", "オオノ ハルカ"]),
    (["형 번호 앞자리는 010-92 까지만 들었어"], ["010-92"]),
    (["endereço: Travessa do Carmo, 12, casa 3, Olinda"], ["Travessa do Carmo, 12"]),
    (["parcel for Flat 9, Lotus Heights, 6th Cross"], ["Flat 9, Lotus Heights"]),
    (["우리 집이 성산동 57-12번지 3층인데 통반도 적어?"], ["57-12번지"]),
    (["wget --password='Fern$Wick47' https://x fails"], ["Fern$Wick47"]),
    (["az login -u deploybot -p 'Kestrel#Dune8' MFA error"], ["Kestrel#Dune8"]),
    (["netsh output:\n    Key Content            : Osprey!Lane5\nexport it?"], ["Osprey!Lane5"]),
    (['{"key": "password", "value": "Quartz#Hollow3"} share safely?'], ["Quartz#Hollow3"]),
    # The second batch: Finnish and Greek introductions, "signed for by", a Spanish phone in
    # words, an Italian flat, sqlplus user/password@db, requirepass.
    (["reply to 'Moi, nimeni on Sanni Lehtinen-Rask'"], ["Lehtinen-Rask"]),
    (["translate 'Με λένε Δανάη Ξενάκη'"], ["Δανάη Ξενάκη"]),
    (["complaint: 'signed for by Horatio Mbeki-Larsen' but not me"], ["Mbeki-Larsen"]),
    (["digits: 'siete uno cuatro, veinte, ochenta y uno, cero tres'"], ["ochenta y uno"]),
    (["label: 'Via Cavour 9, scala A, int. 4, Roma'"], ["Via Cavour 9, scala A"]),
    (["sqlplus app/Thrush#41@DB gives ORA-01017"], ["Thrush#41"]),
    (["requirepass Gannet!Cove8 then NOAUTH?"], ["Gannet!Cove8"]),
]
PUBLIC = [
    "헝가리어 교재 예문 'A nevem Kiss Péter' 발음 알려줘",
    "예능에서 김숙네 집 구경하는 편 인테리어 스타일 뭐야?",
    "is 'Harbour Lettings Ltd (the Landlord)' a valid party name?",
]

ROUND = Round(
    CONVERSATIONS,
    PUBLIC,
    ["Kiss Péter", "김숙네", "Harbour Lettings Ltd"],
    leaks_without_rules=31,
)


_THIS_ROUNDS_RULES = {
    "detect_self_intros_53p",
    "detect_frame_names_53p",
    "detect_spoken_numbers_53p",
    "detect_numeric_forms_53p",
    "detect_command_secrets_53p",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
