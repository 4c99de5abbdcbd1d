"""The scanner's detectors of numbers: ids, phones, cards, accounts, dates and addresses.

Each runs only when the text holds a run of at least as many digits (joined by separators)
as any of its matches needs, so prose without such a run skips them (see
:mod:`core.privacy.detector_lists`, which gathers the scanner's three lists). A new rule is
registered beside the red-team round that found its case.
"""

from __future__ import annotations

from core.privacy.account_parts_ko import detect_account_parts_ko
from core.privacy.address import detect_address
from core.privacy.apartment_pairs_ko import detect_apartment_pair_ko
from core.privacy.apartment_units import detect_apartment_unit
from core.privacy.asia_pacific_national_ids import detect_asia_pacific_national_ids
from core.privacy.birth_abbreviation import detect_birth_abbreviation
from core.privacy.birth_date_owners import detect_birth_date_owners
from core.privacy.birth_dates import detect_birth_date
from core.privacy.birth_suffix_ko import detect_birth_suffix_ko
from core.privacy.brazil_cpf import detect_brazil_cpf
from core.privacy.canadian_addresses import detect_canadian_address
from core.privacy.casual_passports import detect_casual_passport
from core.privacy.chat_export_lines_more import detect_chat_export_lines_more
from core.privacy.chat_export_names import detect_chat_export_names
from core.privacy.cjk_home_addresses import detect_cjk_home_addresses
from core.privacy.comment_author_lines import detect_comment_author_lines
from core.privacy.contact import (
    detect_card,
    detect_comma_card,
    detect_comma_phone,
    detect_email,
)
from core.privacy.contact_neighbour_names import detect_contact_neighbour_names
from core.privacy.continental_plates import detect_continental_plates
from core.privacy.cued_national_ids import detect_cued_national_ids
from core.privacy.delivery_units import detect_delivery_unit
from core.privacy.device_imei_numbers import detect_device_imei_numbers
from core.privacy.door_codes_ko import detect_door_codes_ko
from core.privacy.dutch_spanish_ids import detect_dutch_spanish_ids
from core.privacy.employee_id_names import detect_employee_id_names
from core.privacy.european_addresses import detect_european_address
from core.privacy.european_national_ids import detect_european_national_ids
from core.privacy.family_register_rows_ko import detect_family_register_rows_ko
from core.privacy.foreign_national_ids import detect_foreign_national_ids
from core.privacy.form_birth_dates import detect_form_birth_date
from core.privacy.git_blame_authors import detect_git_blame_authors
from core.privacy.health_residence_cards import detect_health_residence_cards
from core.privacy.holiday_birth_dates import detect_holiday_birth_dates
from core.privacy.home_coordinates import detect_home_coordinates
from core.privacy.home_network_ids import detect_home_network_ids
from core.privacy.iban import detect_iban
from core.privacy.iban_parts import detect_iban_parts
from core.privacy.ids import detect_labelled_card, detect_mrn, detect_passport, detect_ssn
from core.privacy.indonesian_nik import detect_indonesian_nik
from core.privacy.intl_prefix_phones import detect_intl_prefix_phones
from core.privacy.japanese_plates import detect_japanese_plates
from core.privacy.korean import (
    detect_bank_account,
    detect_brn,
    detect_driver_license,
    detect_registration,
)
from core.privacy.line_broken_phones import detect_line_broken_phones
from core.privacy.main_lines import detect_personal_phone
from core.privacy.masked_registration_fronts import detect_masked_registration_fronts
from core.privacy.medicare_beneficiary_ids import detect_medicare_beneficiary_ids
from core.privacy.member_id_names import detect_member_id_names
from core.privacy.mexican_curp import detect_mexican_curp
from core.privacy.military_service_numbers_ko import detect_military_service_numbers_ko
from core.privacy.name_birth_digits_ko import detect_name_birth_digits_ko
from core.privacy.numeric_forms_53p import detect_numeric_forms_53p
from core.privacy.numeric_forms_54p import detect_numeric_forms_54p
from core.privacy.numeric_forms_55p import detect_numeric_forms_55p
from core.privacy.owned_number_phones import detect_owned_number_phone
from core.privacy.pan_nric_ids import detect_pan_nric_ids
from core.privacy.philippine_lot_addresses import detect_philippine_lot_addresses
from core.privacy.phone_halves import detect_phone_halves
from core.privacy.phone_openings import detect_phone_opening
from core.privacy.policy_numbers import detect_policy_numbers
from core.privacy.romaji_home_addresses import detect_romaji_home_addresses
from core.privacy.roster_rows import detect_roster_rows
from core.privacy.rrn_table_columns import detect_rrn_table_columns
from core.privacy.russian_flat_addresses import detect_russian_flat_addresses
from core.privacy.sex_age_names import detect_sex_age_names
from core.privacy.sort_code_accounts import detect_sort_code_accounts
from core.privacy.ssn_parts import detect_ssn_parts
from core.privacy.stripped_zero_phones import detect_stripped_zero_phones
from core.privacy.student_id_names import detect_student_id_names
from core.privacy.symbol_split_phones import detect_symbol_split_phone
from core.privacy.trunk_zero_phones import detect_trunk_zero_phones
from core.privacy.types import Detector
from core.privacy.uk_account_numbers import detect_uk_account_numbers
from core.privacy.uk_addresses import detect_uk_address
from core.privacy.uk_identifiers import detect_uk_driving_licence
from core.privacy.uk_landlines import detect_uk_landline
from core.privacy.uk_mobile_numbers import detect_uk_mobile
from core.privacy.uk_national_insurance import detect_uk_national_insurance
from core.privacy.upi_ids import detect_upi_ids
from core.privacy.us_driver_licences import detect_us_driver_licences
from core.privacy.us_mail_addresses import detect_us_mail_address
from core.privacy.vanity_phone_numbers import detect_vanity_phone_numbers
from core.privacy.vehicle_plates import detect_vehicle_plate
from core.privacy.vehicle_vins import detect_vehicle_vin
from core.privacy.veteran_cards_ko import detect_veteran_cards_ko
from core.privacy.vietnamese_home_addresses import detect_vietnamese_home_addresses
from core.privacy.whatsapp_link_phones import detect_whatsapp_link_phones

# Numeric detectors with the fewest digits (in one separator-joined run) any
# of their matches holds; email needs only an '@'.
GATED_DETECTORS: tuple[tuple[Detector, int], ...] = (
    (detect_registration, 6),  # 6: the "앞자리 ... 뒷자리 ..." split form
    (detect_card, 14),
    (detect_comma_card, 4),  # 4: one group; commas do not join digit runs
    (detect_comma_phone, 4),  # 4: the last group ("010,123,4567")
    (detect_labelled_card, 4),  # 4: one group of a card number typed in halves
    (detect_ssn, 9),
    (detect_brn, 10),
    (detect_email, 0),
    (detect_driver_license, 10),
    (detect_passport, 3),
    # A phone, an organisation's labelled main line left out ("대표전화 02-…").
    (detect_personal_phone, 7),
    (detect_phone_halves, 4),  # 4: the last four digits, typed after their label
    (detect_mrn, 5),
    (detect_bank_account, 10),
    (detect_iban, 4),  # 4: one group of four digits (letters may split the rest)
    (detect_address, 1),
    (detect_birth_date, 1),  # 1: the day of a date whose year a stated age gives
    (detect_vehicle_plate, 2),  # 2: a British plate's two digits
    (detect_uk_driving_licence, 6),  # 6: the birth-date digits
    (detect_uk_address, 1),  # 1: a postcode's digit ("LS6 2QT")
    (detect_apartment_unit, 3),  # 3: a building or unit number ("107동", "1203호")
    # 2: a sort code's pair ("04 00 04" joins to 6; its pairs typed with commas).
    (detect_uk_account_numbers, 2),
    # redteam21: a unit number where a parcel is left ("1507호 문 앞에"), part of an SSN
    # after "my social starts", a whole date with 생 ("92년 10월 3일생").
    (detect_delivery_unit, 3),
    (detect_ssn_parts, 3),
    (detect_birth_suffix_ko, 1),
    # redteam22: a labelled Aadhaar number or SIN; a P.O. Box or "Boise, ID 83702".
    (detect_foreign_national_ids, 9),
    (detect_us_mail_address, 1),
    # redteam23: "Anselm Harcourt-Ng, b. 14/02/1988"; "사번 A20193 공태린".
    (detect_birth_abbreviation, 4),
    (detect_employee_id_names, 3),
    # redteam24: "010 🌸 6629 🌸 1307" (symbols between a phone's groups), "pp no PX4829173".
    (detect_symbol_split_phone, 4),
    (detect_casual_passport, 7),
    # "07911 482 306" (a British mobile at home); "학번 2021104377 변하율".
    (detect_uk_mobile, 11),
    (detect_student_id_names, 5),
    # redteam25: a VIN; a home's public IP or device MAC; a home's GPS coordinates; "(DOB
    # 14/02/1987)"; "call me on 0161 496 2283"; "my cousin's number … starts 0161".
    (detect_vehicle_vin, 1),
    (detect_home_network_ids, 1),
    (detect_home_coordinates, 1),
    (detect_form_birth_date, 4),
    (detect_uk_landline, 4),
    (detect_phone_opening, 2),
    # redteam26: "Toronto ON M5J 0C3" and its street line; "608-1102" (동-호) by a home word;
    # "my number is 9172483316", "+1 917 248 3316".
    (detect_canadian_address, 1),
    (detect_apartment_pair_ko, 3),
    (detect_owned_number_phone, 10),
    # redteam28: "my PAN is BNZPK4821Q", "NRIC S8734219J"; "born on Christmas Eve 1979".
    (detect_pan_nric_ids, 4),  # 4: a PAN's digits
    (detect_holiday_birth_dates, 2),  # 2: a year written '79
    # "Key (ni_number)=(JT 48 21 93 C)"; "by transfer to 40-22-87 23918044".
    (detect_uk_national_insurance, 2),  # 2: one pair of the six digits
    (detect_sort_code_accounts, 8),
    # redteam29: "the first half of my IBAN is NL91 ABNA 0417"; "회원번호 GYM-20931 남궁서율";
    # "14 rue des Glycines", "Lindenstraße 12".
    (detect_iban_parts, 2),  # 2: the check digits
    (detect_member_id_names, 3),
    (detect_european_address, 1),
    # "my OHIP number is 4821-…", "Medicare card 2953 …", "BRP number ZT…", "재류카드 번호가 …".
    (detect_health_residence_cards, 4),
    # "학번 순으로 정렬해줘:\n2024131207 여하윤 …": a roster's rows under a key its text names.
    (detect_roster_rows, 5),
    # redteam30: "친구 금다은 생일이 1997년 …", "Eudora Pennick, DOB: 3-Sep-91"; a German or
    # French plate by a word of cars ("plate HH-JT 582", "GK-418-TZ").
    (detect_birth_date_owners, 2),  # 2: a two-digit year
    (detect_continental_plates, 1),  # 1: a German plate's one digit
    # "my UPI ravi.k@okicici"; "my Florida driver license is S530-…" (a state's own shape).
    (detect_upi_ids, 0),  # 0: a handle may be letters alone
    (detect_us_driver_licences, 2),  # 2: digit groups may be short ("482 193 7750")
    # redteam31: "練馬 500 ね 47-19" (a Japanese plate); "漕溪北路88号3栋1202室 收件人：…" and
    # "芝田2-7-18 サンハイツ305号 …様" (a home in Chinese or Japanese script); a registration
    # number's halves in two table cells ("| 881205 | 2658213 |").
    (detect_japanese_plates, 3),  # 3: the serial's digits ("4-19" has 3)
    (detect_cjk_home_addresses, 2),
    (detect_rrn_table_columns, 6),
    # masked30: "국가유공자 유족증 번호가 21-0438-1175"; an account typed in parts ("계좌
    # 앞부분은 391-910", then "뒷부분은 084217"); the name after a phone or a handle
    # ("555-0143 - Desmond Kilbride", "ravi.k@okicici (Ravindra Kulkarni)").
    (detect_veteran_cards_ko, 6),
    (detect_account_parts_ko, 5),
    (detect_contact_neighbour_names, 0),  # 0: a handle needs only its "@"
    # redteam32: the speaker of an exported chat line ("[변주하] [오후 3:12] …", "12/03/26,
    # 14:02 - Rosalind Featherstonehaugh: …").
    (detect_chat_export_names, 2),  # 2: the time's minutes
    # redteam32: "マイナンバー 4829 …", "身份证号：…", "TFN 865 …" (check digits); "0082-10-…",
    # "+44 (0) 7911 …" (an international prefix or a bracketed trunk zero).
    (detect_asia_pacific_national_ids, 8),  # 8: a TFN's digits
    (detect_intl_prefix_phones, 6),
    # redteam33: "policy number HX-4471-902835", "증권번호 …" (an insurance policy by its label).
    (detect_policy_numbers, 5),
    # redteam34: "010-" ending a line and "5529-8814" opening the next (a wrapped cell).
    (detect_line_broken_phones, 4),
    # redteam34: "text my cell 503-DOG-WALK" (a geographic number in keypad letters).
    (detect_vanity_phone_numbers, 3),  # 3: the area code
    # redteam35: "IMEI 35 209811 742913 2" (Luhn); "880214-2******" (a masked registration
    # number's shown part); "추은별 940312" (a name and its YYMMDD); a git blame line's author.
    (detect_device_imei_numbers, 15),
    (detect_masked_registration_fronts, 7),
    (detect_name_birth_digits_ko, 6),
    (detect_git_blame_authors, 4),  # 4: the commit date's year
    # redteam36: a 가족관계증명서's rows ("배우자 도은솔 1984년 02월 27일 여").
    (detect_family_register_rows_ko, 2),  # 2: a two-digit year
    # redteam36: "Medicare card says MBI 5KD7-WN2-RT48" (its digit runs are short).
    (detect_medicare_beneficiary_ids, 1),
    # redteam37: a wristband's "길수아 F/67 0078123" (a name before a sex/age tag, the hospital
    # number after); "wa.me/821047291836" (a chat link's number).
    (detect_sex_age_names, 1),
    (detect_whatsapp_link_phones, 8),
    # redteam37: a comment bubble's "Hartley, Beatrix    11/28/2026 3:14 PM" (its author).
    (detect_comment_author_lines, 2),  # 2: a time's minutes
    # redteam38: "공동현관 #3917*, 집 도어락은 0426" (a door's code after the door); a Brazilian
    # CPF ("318.472.605-35", check digits); Telegram's "Name, [03.12.26 21:14]" and LINE's
    # "21:14<TAB>하시온<TAB>…" export lines.
    (detect_door_codes_ko, 3),
    (detect_brazil_cpf, 3),  # 3: one group of the formatted number
    (detect_chat_export_lines_more, 2),  # 2: the time's minutes
    # redteam39: "con DNI 48392716A" (its check letter), "burgerservicenummer 274518934"
    # (the 11-test).
    (detect_dutch_spanish_ids, 7),  # 7: an NIE's digits
    # redteam41: "personnummer 870614-3925", "PESEL 92071408342", "HETU 131052-308T", a
    # fødselsnummer, a CPR number (each after its label, each with its check).
    (detect_european_national_ids, 6),  # 6: the birth date before the dash
    # redteam41, second batch: a Mexican CURP ("VELM900514MJCLPR09", its check digit).
    (detect_mexican_curp, 6),  # 6: the birth date
    # redteam42: a Taiwanese 身分證字號, an NRIC named after it, a French NIR (each in a text
    # naming it, each with its check); another country's domestic phone after a phone word.
    (detect_cued_national_ids, 2),  # 2: a spaced NIR's groups
    (detect_trunk_zero_phones, 2),  # 2: the shortest group
    # redteam43: a 군번 after its label; a mobile whose leading zero a spreadsheet dropped; a
    # Vietnamese street address a lane, a room or its owner makes a home's.
    (detect_military_service_numbers_ko, 9),  # 9: two digits and seven
    (detect_stripped_zero_phones, 9),  # 9: a British mobile without its 0
    (detect_vietnamese_home_addresses, 1),  # 1: the house number
    # redteam43, second batch: an Indonesian NIK named as such; a romaji Japanese block address
    # with its flat or its owner.
    (detect_indonesian_nik, 16),  # 16: the whole number
    (detect_romaji_home_addresses, 1),  # 1: the block number
    # redteam44: a Philippine subdivision's "Blk 7 Lot 22 Phase 3".
    (detect_philippine_lot_addresses, 1),  # 1: the block number
    # redteam44: a Russian flat address ("ул. …, д. 14, кв. 87").
    (detect_russian_flat_addresses, 1),  # 1: the flat number
    # redteam45: a 주민번호 or mobile with ㅡ for its dash, a Japanese account and its katakana
    # holder, "번호 앞부분은 010-73", a Brazilian flat, an Indian flat, a 번지 home address.
    (detect_numeric_forms_53p, 1),  # 1: a house number
    # redteam46: a Hong Kong ID K382917(0), a Chilean RUT, a Shanghai 弄/号/室 address, a
    # Turkish "No: … Daire: …", a Hangul-lettered block "비동 1502호".
    (detect_numeric_forms_54p, 1),  # 1: a flat number
    # redteam47: "기사님 번호 … 앞은 010" (a dictated mobile's bare front); a German street
    # whose street word stands apart ("Grünberger Str. 58, Hinterhaus, 3. OG links").
    (detect_numeric_forms_55p, 1),  # 1: a house number
)
