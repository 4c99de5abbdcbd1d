"""redteam26's detectors, each on inputs of our own.

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone.
"""

from __future__ import annotations

from core.privacy.apartment_pairs_ko import detect_apartment_pair_ko
from core.privacy.canadian_addresses import detect_canadian_address
from core.privacy.clause_name_labels_ko import detect_clause_name_labels_ko
from core.privacy.department_names_ko import detect_department_names_ko
from core.privacy.endearment_names_ko import detect_endearment_names_ko
from core.privacy.file_name_names import detect_file_name_names
from core.privacy.intro_names import detect_introduced_names
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.nickname_bracket_names import detect_nickname_bracket_names
from core.privacy.owned_number_phones import detect_owned_number_phone
from core.privacy.possessive_given_names import detect_possessive_given_names
from core.privacy.pronoun_tag_names import detect_pronoun_tag_names
from core.privacy.receipt_label_names import detect_receipt_label_names
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_endearment_names_ko, "은결이가 어제 넘어져서 깁스했대", "은결"),
    (detect_endearment_names_ko, "내일 소율이한테 숙제 물어봐야지", "소율"),
    (
        detect_clause_name_labels_ko,
        "서울 살고요 이름은 하지운 입니다 연락 주세요",
        "하지운",
    ),
    (detect_clause_name_labels_ko, "생일 지났어요. 성함은 오민재 이고요", "오민재"),
    (detect_possessive_given_names, "Ilse's mum said she can't make the party", "Ilse"),
    (detect_possessive_given_names, "put Caspian's EpiPen in the first-aid box", "Caspian"),
    (
        detect_nickname_bracket_names,
        "'Tiny' (Harold Ashgrove-Pike) from the loading bay is leaving",
        "Harold Ashgrove-Pike",
    ),
    (detect_nickname_bracket_names, 'Agnes "Aggie" Threlkeld-Ruiz is our new lead', "Agnes"),
    (detect_canadian_address, "ship it to 77 Maple Crescent, Halifax NS B3H 4R2", "NS B3H 4R2"),
    (
        detect_canadian_address,
        "my unit is 905-310 Bay Street, Toronto ON M5H 2Y4",
        "905-310 Bay Street",
    ),
    (detect_apartment_pair_ko, "자이아파트 103-1405 로 배송해 주세요", "103-1405"),
    (detect_apartment_pair_ko, "아랫집은 211-502 인데 소음 민원 넣었어", "211-502"),
    (
        detect_receipt_label_names,
        "AUTH 2291\nCARD HOLDER: MRS T  WHITTAKER-OSEI\nSIGNATURE",
        "WHITTAKER-OSEI",
    ),
    (detect_receipt_label_names, "예 금 주 : 곽 서 윤\n잔액 12,000원", "곽 서 윤"),
    (detect_department_names_ko, "화학공학과 2학년 표다온입니다, 과제 기한 문의드려요", "표다온"),
    (detect_department_names_ko, "미디어학부 권서진 이 발표합니다", "권서진"),
    (
        detect_file_name_names,
        "what should I rename CV_Eulalie_Marchetti (3).docx to?",
        "Marchetti",
    ),
    (
        detect_introduced_names,
        "Hi, I'm Ottilie Brandt-Okafor, new in flat 2",
        "Ottilie Brandt-Okafor",
    ),
    (detect_kinship_names, "친언니 도하린이 다음 주에 이사해", "도하린"),
    (detect_role_label_names_ko, "상주 문태호 / 발인 4일 오전", "문태호"),
    (detect_role_label_names_ko, "사원 여지안 근태 기록 정리해줘", "여지안"),
    (detect_owned_number_phone, "her new number is 6462817730, save it", "6462817730"),
    (detect_owned_number_phone, "reach us on +1 312 847 0392 after six", "+1 312 847 0392"),
    (
        detect_owned_number_phone,
        "my number is six four six two eight one seven seven three two",
        "six four six two eight one seven seven three two",
    ),
    (
        detect_pronoun_tag_names,
        "Regards,\nMarisela Quintanilla-Roe (they/them)\nOps",
        "Marisela Quintanilla-Roe",
    ),
    (detect_pronoun_tag_names, "Ops lead: Kit Marrable he/him", "Kit Marrable"),
]

test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # Nouns that end in 이 themselves, and ordinary particles after a noun.
        "고양이가 밥을 안 먹어",
        "호랑이가 나오는 동화 추천해줘",
        "영상이랑 사진 같이 보내줘",
        "정원이 넓은 집이 좋아",
        "동생이가 아니라 동생이 맞아",
        # A thing's name after 이름은; a two-syllable word after a clause end.
        "회사 이름은 미래산업이에요",
        "강아지 키우고요 이름은 초코예요",
        "그건 그렇고 이름은 중요하지 않아요",
        # Possessives of days, places, brands and longer proper names.
        "Monday's teacher training is cancelled",
        "England's GP contract changes in April",
        "St Mary's school fete is on Saturday",
        "Trader Joe's birthday cake is cheap",
        "is Ben & Jerry's Phish Food gluten free?",
        "Father's Day gifts for a new dad",
        # Quoted words that are no nickname of a person.
        "the 'Big Apple' (New York City) in winter",
        'press "Save" (Ctrl S) before you close',
        # A province code and a part number; a year and a serial; rooms.
        "the ON switch and part M5J are in the box",
        "2023-1847 영수증 다시 뽑아줘",
        "학번 형식은 2023-18475 처럼 써요",
        "302호 진료실로 오세요",
        # Slip words after a label; a name typed whole (the person label rule's).
        "CUSTOMER COPY - please retain",
        "NAME: COPY",
        # Departments with a noun after them.
        "경영학과 교수님께 메일 보내려고",
        "학과 사무실 몇 시에 닫아?",
        "경영학과 전공자 취업률",
        # Self-introductions that run on into a sentence; a double-barrelled brand.
        "this is New Year-End sale week",
        "It's Coca-Cola time",
        # Ten digits that are an order's; a short number after "my number".
        "my order number is 6462817730",
        "my number is 7 on the waiting list",
        # The generic pronouns of forms and manuals.
        "Each Student must sign he/she has read it",
        "the Applicant and his/her guardian",
        # Obituary and HR words with no name after them.
        "상주 인구가 늘었어",
        "사원 복지 제도 알려줘",
        "친구랑 친형 얘기 했어",
    ]
)
