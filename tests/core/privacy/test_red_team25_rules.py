"""redteam25's detectors, each on inputs of our own.

Every positive here fails with its rule taken out of the scanner's lists; the negatives
pin the words each rule must leave alone.
"""

from __future__ import annotations

from core.privacy.delimited_row_columns import detect_delimited_row_columns
from core.privacy.form_birth_dates import detect_form_birth_date
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.home_coordinates import detect_home_coordinates
from core.privacy.home_network_ids import detect_home_network_ids
from core.privacy.latin_titled_hangul_names import detect_latin_titled_hangul_names
from core.privacy.passport_caps_names import detect_passport_caps_names
from core.privacy.phone_openings import detect_phone_opening
from core.privacy.schedule_names import detect_schedule_names
from core.privacy.third_person_intro_names import detect_third_person_intro_names
from core.privacy.uk_landlines import detect_uk_landline
from core.privacy.vehicle_vins import detect_vehicle_vin, vin_check_digit_holds
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

# (rule, text, the part that must be found) — each found only with its rule on.
POSITIVES: list[Positive] = [
    (detect_latin_titled_hangul_names, "Prof. 변서하 wants the draft by Monday", "변서하"),
    (detect_latin_titled_hangul_names, "tell Mr. 탁 the meeting moved", "탁"),
    (
        detect_hangul_spelled_foreign_names,
        "이웃 에밀리 하그리브스 씨한테 화분 고맙다고 문자 써줘",
        "에밀리 하그리브스",
    ),
    (detect_hangul_spelled_foreign_names, "원어민 케빈 오설리번 쌤이 숙제를 냈어", "케빈 오설리번"),
    (detect_hangul_spelled_foreign_names, "우리 팀 레이첼 정이 오늘 휴가야", "레이첼 정"),
    (detect_passport_caps_names, "passenger name on the ticket: SEOYEON MAENG", "SEOYEON MAENG"),
    (detect_passport_caps_names, "the visa is for NAMGOONG HARIN, age 9", "NAMGOONG HARIN"),
    (
        detect_delimited_row_columns,
        "sort by age:\nfull name,age\nBarnaby Quill,41\nOdile Ferrante,37",
        "Odile Ferrante",
    ),
    (detect_delimited_row_columns, "정렬해줘\n성명;생일\n길다온;2001-04-09", "2001-04-09"),
    (detect_delimited_row_columns, "정렬해줘\n성명;생일\n길다온;2001-04-09", "길다온"),
    (
        detect_schedule_names,
        "Oliver Pennywhistle has judo every Tuesday at 6pm and Sat 9am",
        "Oliver Pennywhistle",
    ),
    (
        detect_third_person_intro_names,
        "her name is Philippa Moncrieff-Dunn",
        "Philippa Moncrieff-Dunn",
    ),
    (
        detect_third_person_intro_names,
        "he's Marcus Holloway-Finch, the new tenant",
        "Marcus Holloway-Finch",
    ),
    (detect_vehicle_vin, "chassis no: WVWZZZ1JZXW000001 for the import", "WVWZZZ1JZXW000001"),
    (detect_vehicle_vin, "차대번호 KNAGM4AD8E5012345 보험 조회", "KNAGM4AD8E5012345"),
    (detect_vehicle_vin, "the title lists 1HGCM82633A004352 as the car", "1HGCM82633A004352"),
    (detect_home_network_ids, "my home NAS is behind 94.12.200.61 now", "94.12.200.61"),
    (detect_home_network_ids, "내 노트북 MAC 주소 a4-83-e7-2c-19-f0 등록해줘", "a4-83-e7-2c-19-f0"),
    (detect_form_birth_date, "referral for Pt Hollins, DOB 03/11/1979, seen today", "03/11/1979"),
    (detect_form_birth_date, "date of birth: 7 June 1984 - please update", "7 June 1984"),
    (detect_form_birth_date, "출생일 1999.12.30 으로 고쳐 주세요", "1999.12.30"),
    (detect_uk_landline, "ring me on 0113 496 0555 tonight", "0113 496 0555"),
    (detect_uk_landline, "his landline is 01632 960441 if the mobile's off", "01632 960441"),
    (detect_phone_opening, "my aunt's landline, it begins with 01632 then more", "01632"),
    (detect_phone_opening, "here's my number bit by bit, it starts 0207", "0207"),
    (detect_home_coordinates, "we live at 53.80113, -1.54912, the blue door", "53.80113, -1.54912"),
    (
        detect_home_coordinates,
        "친정 좌표 35.16021, 129.16337 로 대리 불러줘",
        "35.16021, 129.16337",
    ),
]


test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)


test_public_text_stays_public = public_tests(
    [
        # An English title before a Korean word.
        "Dr. 이번에는 안 와요?",
        # Famous people spelled in Hangul with neither a title nor a near word.
        "제니퍼 로페즈 신곡 어때?",
        "해리 포터 몇 권까지 있어?",
        "톰 크루즈 영화 추천해줘",
        # Capitals that are places, foods and characters, not names.
        "PARK HOTEL SEOUL breakfast hours?",
        "HAN RIVER picnic spots",
        "is HAN SOLO in the new film?",
        # CSV of things, not people; a CSV without a header.
        "name,version\nnumpy,1.26\nPandas,2.1",
        "setting,value\nTimeout,30\nRetries,3",
        "product;price\nApple;1.20\nPear;0.90",
        "Seoul,Busan,Daegu\nIncheon,Gwangju,Ulsan",
        # Routines of shops and teams; a plain timetable.
        "Tesco has a sale Mon 9am",
        "The gym has classes on Monday at 7pm",
        "Everyone has lunch Fri 12:30",
        # A nationality, a faith, a role after "she's".
        "She's British and he's Irish",
        "He's Head Chef now",
        "She's Vice President of sales",
        "He's Roman Catholic",
        # Seventeen characters that are no VIN: a hash, a serial, a part number.
        "commit 1a2b3c4d5e6f7a8b9 broke the build",
        "serial 39822554870870123 on the box",
        "part ABCDEFGHJKLMNPRST in stock?",
        # Addresses with no home: a resolver, the LAN, a version, a server, a manual's MAC.
        "set my DNS to 8.8.8.8",
        "my router is at 192.168.0.1",
        "my app is on version 7.19.84.2",
        "ping 81.174.233.19 from the build server",
        "the manual's example MAC is 00:1A:2B:3C:4D:5E",
        # A birth-date label with no date; a council's and a surgery's landlines.
        "what format does the DOB field take?",
        "DOB format is DD/MM/YYYY",
        "생년월일 칸은 어디에 있어?",
        "the council is on 0161 234 5000",
        "call the surgery on 020 7946 0000 for a slot",
        # Numbers that start somewhere and are no one's phone.
        "my order number starts with 4471",
        "UK mobiles start with 07",
        "the bus number starts 12",
        # Coordinates of a landmark, a meeting point, or with no home word.
        "the Eiffel Tower is at 48.8584, 2.2945",
        "meet at 37.5665, 126.9780 near city hall",
        "how far is home from 48.8584, 2.2945 by train",
    ]
)


def test_the_vin_check_digit_is_the_north_american_one() -> None:
    assert vin_check_digit_holds("1HGCM82633A004352")
    assert not vin_check_digit_holds("1HGCM82643A004352")
