"""Which detectors the scanner runs, in three lists.

``GATED_DETECTORS`` need digits (each with the fewest digits, in one separator-joined run, any
of its matches holds, so prose without such a run skips it), ``TEXT_DETECTORS`` need a Hangul
syllable or a capital letter, ``OTHER_DETECTORS`` run on everything. :mod:`core.privacy.scanner`
reads the lists through its own names, so a test can switch one rule off by patching them there.
A new rule is registered here, beside the red-team round that found its case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from core.privacy.account_holder_names import detect_account_holder_names
from core.privacy.account_parts_ko import detect_account_parts_ko
from core.privacy.address import detect_address
from core.privacy.addressee_names_en import detect_addressee_names_en
from core.privacy.affiliation_names import detect_affiliated_names
from core.privacy.airline_name_fields import detect_airline_name_fields
from core.privacy.apartment_pairs_ko import detect_apartment_pair_ko
from core.privacy.apartment_units import detect_apartment_unit
from core.privacy.app_password_groups import detect_app_password_groups
from core.privacy.apposition_names_en import detect_apposition_names_en
from core.privacy.arabic_titled_names import detect_arabic_titled_names
from core.privacy.arrival_names_en import detect_arrival_names_en
from core.privacy.asia_pacific_national_ids import detect_asia_pacific_national_ids
from core.privacy.aside_names import detect_aside_names
from core.privacy.assigned_name_values import detect_assigned_name_values
from core.privacy.attendee_list_names import detect_attendee_list_names
from core.privacy.auth_headers import detect_auth_headers
from core.privacy.birth_abbreviation import detect_birth_abbreviation
from core.privacy.birth_date_owners import detect_birth_date_owners
from core.privacy.birth_dates import detect_birth_date
from core.privacy.birth_suffix_ko import detect_birth_suffix_ko
from core.privacy.birth_year_names_ko import detect_birth_year_names_ko
from core.privacy.booking_references import detect_booking_references
from core.privacy.booking_surnames import detect_booking_surnames
from core.privacy.brazil_cpf import detect_brazil_cpf
from core.privacy.calendar_common_names import detect_calendar_common_names
from core.privacy.canadian_addresses import detect_canadian_address
from core.privacy.caption_names import detect_caption_names
from core.privacy.card_label_names import detect_card_label_names
from core.privacy.casual_passports import detect_casual_passport
from core.privacy.certificate_names_en import detect_certificate_names_en
from core.privacy.chat_export_lines_more import detect_chat_export_lines_more
from core.privacy.chat_export_names import detect_chat_export_names
from core.privacy.chat_mention_names import detect_chat_mention_names
from core.privacy.chat_slang_names_ko import detect_chat_slang_names_ko
from core.privacy.cjk_home_addresses import detect_cjk_home_addresses
from core.privacy.cjk_script_names import detect_cjk_script_names
from core.privacy.clause_name_labels_ko import detect_clause_name_labels_ko
from core.privacy.cli_password_flags import detect_cli_password_flags
from core.privacy.code_call_passwords import detect_code_call_passwords
from core.privacy.comment_author_lines import detect_comment_author_lines
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.contact import (
    detect_card,
    detect_comma_card,
    detect_comma_phone,
    detect_email,
)
from core.privacy.contact_card_names import detect_contact_card_names
from core.privacy.contact_neighbour_names import detect_contact_neighbour_names
from core.privacy.continental_plates import detect_continental_plates
from core.privacy.continental_titled_names import detect_continental_titled_names
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.crypto_wallet_addresses import detect_crypto_wallet_addresses
from core.privacy.customer_honorific_names_ko import detect_customer_honorific_names_ko
from core.privacy.cyrillic_script_names import detect_cyrillic_script_names
from core.privacy.dedication_names import detect_dedication_names
from core.privacy.delimited_row_columns import detect_delimited_row_columns
from core.privacy.delivery_units import detect_delivery_unit
from core.privacy.department_health_names import detect_department_health_names
from core.privacy.department_names_ko import detect_department_names_ko
from core.privacy.depositor_names_ko import detect_depositor_names_ko
from core.privacy.described_intro_names import detect_described_intro_names
from core.privacy.device_imei_numbers import detect_device_imei_numbers
from core.privacy.device_owner_names import detect_device_owner_names
from core.privacy.door_codes_ko import detect_door_codes_ko
from core.privacy.double_barrelled_names import detect_double_barrelled_names
from core.privacy.dutch_spanish_ids import detect_dutch_spanish_ids
from core.privacy.email_local_parts import detect_email_local_part
from core.privacy.employee_id_names import detect_employee_id_names
from core.privacy.encoded_values import detect_encoded_values
from core.privacy.endearment_names_ko import detect_endearment_names_ko
from core.privacy.english_mode_names_ko import detect_english_mode_names_ko
from core.privacy.european_addresses import detect_european_address
from core.privacy.export_record_names import detect_export_record_names
from core.privacy.family_register_rows_ko import detect_family_register_rows_ko
from core.privacy.family_role_names import detect_family_role_names
from core.privacy.file_name_names import detect_file_name_names
from core.privacy.foreign_national_ids import detect_foreign_national_ids
from core.privacy.form_birth_dates import detect_form_birth_date
from core.privacy.form_name_fields import detect_form_name_fields
from core.privacy.front_matter_authors import detect_front_matter_authors
from core.privacy.git_blame_authors import detect_git_blame_authors
from core.privacy.git_config_names import detect_git_config_names
from core.privacy.greeting_intro_names import detect_greeting_intro_names
from core.privacy.group_member_names import detect_group_member_names
from core.privacy.guest_label_names import detect_guest_label_names
from core.privacy.han_name_labels import detect_han_name_labels
from core.privacy.hangul_keyboard_secrets import detect_hangul_keyboard_secrets
from core.privacy.hangul_names_in_english import detect_hangul_names_in_english
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.hanja_names_in_papers_ko import detect_hanja_names_in_papers_ko
from core.privacy.hanja_numeral_phones import detect_hanja_numeral_phones
from core.privacy.health_residence_cards import detect_health_residence_cards
from core.privacy.health_subject_names import detect_health_subject_names
from core.privacy.holiday_birth_dates import detect_holiday_birth_dates
from core.privacy.home_coordinates import detect_home_coordinates
from core.privacy.home_dir_user_names import detect_home_dir_user_names
from core.privacy.home_network_ids import detect_home_network_ids
from core.privacy.house_name_addresses import detect_house_name_addresses
from core.privacy.html_form_values import detect_html_form_values
from core.privacy.iban import detect_iban
from core.privacy.iban_parts import detect_iban_parts
from core.privacy.ids import detect_labelled_card, detect_mrn, detect_passport, detect_ssn
from core.privacy.in_law_relation_names import detect_in_law_relation_names
from core.privacy.intl_prefix_phones import detect_intl_prefix_phones
from core.privacy.intro_names import detect_introduced_names
from core.privacy.invite_names_en import detect_invite_names_en
from core.privacy.invited_names_ko import detect_invited_names_ko
from core.privacy.italian_tax_codes import detect_italian_tax_codes
from core.privacy.japanese_form_fields import detect_japanese_form_fields
from core.privacy.japanese_plates import detect_japanese_plates
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.kin_address_names_ko import detect_kin_address_names_ko
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.korean import (
    detect_bank_account,
    detect_brn,
    detect_driver_license,
    detect_registration,
)
from core.privacy.korean_name_cues import detect_korean_name_cues
from core.privacy.labelled_secrets import detect_labelled_secrets
from core.privacy.latex_author_names import detect_latex_author_names
from core.privacy.latin_surname_hangul_names import detect_latin_surname_hangul_names
from core.privacy.latin_titled_hangul_names import detect_latin_titled_hangul_names
from core.privacy.letter_names_more import detect_letter_names_more
from core.privacy.letter_spaced_names import detect_letter_spaced_names
from core.privacy.line_broken_phones import detect_line_broken_phones
from core.privacy.lock_combinations import detect_lock_combinations
from core.privacy.login_call_passwords import detect_login_call_passwords
from core.privacy.login_log_users import detect_login_log_users
from core.privacy.lowercase_korean_intros import detect_lowercase_korean_intros
from core.privacy.lowercase_names_en import detect_lowercase_names_en
from core.privacy.mail_header_names import detect_mail_header_names
from core.privacy.mail_id_labels import detect_mail_id_label
from core.privacy.mailbox_display_names import detect_mailbox_display_names
from core.privacy.main_lines import detect_personal_phone
from core.privacy.masked_registration_fronts import detect_masked_registration_fronts
from core.privacy.medicare_beneficiary_ids import detect_medicare_beneficiary_ids
from core.privacy.member_id_names import detect_member_id_names
from core.privacy.military_mail_ko import detect_military_mail_ko
from core.privacy.minutes_names import detect_minutes_names
from core.privacy.money_ledger_names_ko import detect_money_ledger_names_ko
from core.privacy.mrz_lines import detect_mrz_lines
from core.privacy.name_birth_digits_ko import detect_name_birth_digits_ko
from core.privacy.named_child_names_ko import detect_named_child_names_ko
from core.privacy.names import detect_english_names, detect_korean_names
from core.privacy.nickname_bracket_names import detect_nickname_bracket_names
from core.privacy.opening_names import detect_opening_names
from core.privacy.otpauth_accounts import detect_otpauth_accounts
from core.privacy.owned_number_phones import detect_owned_number_phone
from core.privacy.pan_nric_ids import detect_pan_nric_ids
from core.privacy.passing_names import detect_passing_names
from core.privacy.passport_caps_names import detect_passport_caps_names
from core.privacy.pharmacy_label_names import detect_pharmacy_label_names
from core.privacy.phone_halves import detect_phone_halves
from core.privacy.phone_openings import detect_phone_opening
from core.privacy.phonetic_alphabet_ids import detect_phonetic_alphabet_ids
from core.privacy.piped_stdin_passwords import detect_piped_stdin_passwords
from core.privacy.plaintext_securestrings import detect_plaintext_securestrings
from core.privacy.plus_codes import detect_plus_codes
from core.privacy.policy_numbers import detect_policy_numbers
from core.privacy.possessive_given_names import detect_possessive_given_names
from core.privacy.private_key_blocks import detect_private_key_blocks
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.pronoun_tag_names import detect_pronoun_tag_names
from core.privacy.putty_key_files import detect_putty_key_files
from core.privacy.quoted_file_names import detect_quoted_file_names
from core.privacy.quoted_person_values_en import detect_quoted_person_values_en
from core.privacy.receipt_label_names import detect_receipt_label_names
from core.privacy.record_name_labels_ko import detect_record_name_labels_ko
from core.privacy.recovery_code_lists import detect_recovery_code_lists
from core.privacy.recovery_keys import detect_recovery_keys
from core.privacy.registry_auth_values import detect_registry_auth_values
from core.privacy.relation_signature_names_ko import detect_relation_signature_names_ko
from core.privacy.relative_names_en import detect_english_relative_names
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.romanised_korean_names import detect_romanised_korean_names
from core.privacy.romanised_names_titled_ko import detect_romanised_names_titled_ko
from core.privacy.roster_rows import detect_roster_rows
from core.privacy.rrn_table_columns import detect_rrn_table_columns
from core.privacy.schedule_names import detect_schedule_names
from core.privacy.script_titled_names_more import detect_script_titled_names_more
from core.privacy.secret_parts import detect_secret_parts
from core.privacy.security_answers import detect_security_answers
from core.privacy.security_card_ko import detect_security_card_ko
from core.privacy.self_intro_names_more import detect_self_intro_names_more
from core.privacy.service_title_names_ko import detect_service_title_names_ko
from core.privacy.sex_age_names import detect_sex_age_names
from core.privacy.sign_on_names import detect_sign_on_names
from core.privacy.signature_names import detect_signature_names
from core.privacy.social_handles import detect_social_handles
from core.privacy.sort_code_accounts import detect_sort_code_accounts
from core.privacy.spaced_syllable_names_ko import detect_spaced_syllable_names_ko
from core.privacy.spelled_secrets_ko import detect_spelled_secrets_ko
from core.privacy.spelled_syllable_names_ko import detect_spelled_syllable_names_ko
from core.privacy.spoken_apartment_units_ko import detect_spoken_apartment_units_ko
from core.privacy.spoken_passports_ko import detect_spoken_passports_ko
from core.privacy.spoken_phone_en import detect_spoken_phone_en
from core.privacy.spoken_phone_groups import detect_spoken_phone_groups
from core.privacy.spoken_phone_thousands_ko import detect_spoken_phone_thousands_ko
from core.privacy.spoken_secret_codes import detect_spoken_secret_codes
from core.privacy.spoken_tens_en import detect_spoken_tens_en
from core.privacy.spreadsheet_formula_names import detect_spreadsheet_formula_names
from core.privacy.sql_person_values import detect_sql_person_values
from core.privacy.ssn_parts import detect_ssn_parts
from core.privacy.student_id_names import detect_student_id_names
from core.privacy.surname_initial_names import detect_surname_initial_names
from core.privacy.symbol_split_names_ko import detect_symbol_split_names_ko
from core.privacy.symbol_split_phones import detect_symbol_split_phone
from core.privacy.table_names import detect_table_names
from core.privacy.task_recipient_names import detect_task_recipient_names
from core.privacy.team_member_names import detect_team_member_names
from core.privacy.thai_titled_names import detect_thai_titled_names
from core.privacy.third_person_intro_names import detect_third_person_intro_names
from core.privacy.titled_names_ko import detect_titled_names_ko
from core.privacy.tool_password_args import detect_tool_password_args
from core.privacy.tracker_assignee_names import detect_tracker_assignee_names
from core.privacy.transcript_speaker_names import detect_transcript_speaker_names
from core.privacy.twilio_auth_tokens import detect_twilio_auth_tokens
from core.privacy.types import Hit
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
from core.privacy.vendor_auth_schemes import detect_vendor_auth_schemes
from core.privacy.verb_partner_names_ko import detect_verb_partner_names_ko
from core.privacy.veteran_cards_ko import detect_veteran_cards_ko
from core.privacy.vietnamese_names_ko import detect_vietnamese_names_ko
from core.privacy.vietnamese_titled_names import detect_vietnamese_titled_names
from core.privacy.vocative_given_names_ko import detect_vocative_given_names_ko
from core.privacy.webhook_urls import detect_webhook_urls
from core.privacy.webmail_handles import detect_webmail_handle
from core.privacy.wedding_card_names_ko import detect_wedding_card_names_ko
from core.privacy.what3words_addresses import detect_what3words_addresses
from core.privacy.whatsapp_link_phones import detect_whatsapp_link_phones
from core.privacy.wifi_credentials import detect_wifi_credentials

Detector = Callable[[str], Iterator[Hit]]

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
    (detect_birth_date, 4),  # 4: the year
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
)
NUMERIC_DETECTORS: tuple[Detector, ...] = tuple(d for d, _ in GATED_DETECTORS)
TEXT_DETECTORS: tuple[Detector, ...] = (
    detect_korean_names,
    detect_english_names,
    detect_introduced_names,
    # "저는 302호 사는 이수민이에요": words describing the writer between topic and name.
    detect_described_intro_names,
    detect_opening_names,
    # A name with its team or its relation ("this is Priya from accounts", "엄마 성함은 …").
    detect_affiliated_names,
    # A sign-on without a lead ("Priya here.") and a relative's role ("저 정하윤 엄마예요").
    detect_sign_on_names,
    # A name given in passing ("It's Mateo, btw.", "It's Omar, Leo's dad").
    detect_aside_names,
    # A child's name in a relative's sign-on ("I'm Ezra's dad", "저 하린이 외할머니인데요").
    detect_family_role_names,
    # The writer's name in a pasted letter's signature ("- 오세린 올림", "Thanks, Rosa Delgado").
    detect_signature_names,
    # A relative's name after its label ("my daughter's name is Isla").
    detect_english_relative_names,
    # Others named in passing ("ask Jaewon from accounting", "my neighbour Ptolemy Vance"),
    # at work ("이주임", "최 부장님(최동욱)", "@태윤 님"), in a table's name column, and a
    # phone group in number words ("중간은 육육팔삼").
    detect_passing_names,
    detect_titled_names_ko,
    detect_table_names,
    detect_spoken_phone_groups,
    # redteam21: "도현우 군", a name opening a quote, "성은 제갈"/"이름은 서하"; romanised
    # Korean names ("to Seoyeon Choi"); a name with the writer's club ("from my choir").
    detect_korean_name_cues,
    detect_romanised_korean_names,
    detect_group_member_names,
    # redteam22: a relative's name ("외삼촌 도재광이", "Grandpa Alfie", "our son, Rafe Quill,")
    # and a card's "To. 나은이에게 / From. 태오가".
    detect_kinship_names,
    detect_card_label_names,
    # redteam23: a name a task is for ("a thank-you card for Caoimhe Mac Giolla Phádraig"),
    # in Han characters with a title ("王晓燕 과장님"), Vietnamese in Hangul ("쩐 반 흥"),
    # two names before 불러/초대 ("민도하랑 구슬아 불러서").
    detect_task_recipient_names,
    detect_cjk_script_names,
    detect_vietnamese_names_ko,
    detect_invited_names_ko,
    # redteam24: "예약자 모하진", "탄원인 봉지우 (인)"; minutes' owners ("- 윤슬: 발표자료");
    # "Quist, R."; names in a CV's file name; "under Castellanos-Whitby" in a booking;
    # "my brother-in-law Fergus …"; "팀원 엄세린", "Hollis Verbeek on my team".
    detect_role_label_names_ko,
    detect_minutes_names,
    detect_surname_initial_names,
    detect_file_name_names,
    detect_booking_surnames,
    detect_in_law_relation_names,
    detect_team_member_names,
    # redteam25: "Dr. 윤재희", "옆집 브래들리 오코너 씨", "HWANG JIWOO", CSV columns, routines.
    detect_latin_titled_hangul_names,
    detect_hangul_spelled_foreign_names,
    detect_passport_caps_names,
    detect_delimited_row_columns,
    detect_schedule_names,
    detect_third_person_intro_names,
    # redteam26: "다솔이가", "…이에요 이름은 모예준 …", "Anouk's parents", "'Big Mo' (Maurice …)".
    detect_endearment_names_ko,
    detect_clause_name_labels_ko,
    detect_possessive_given_names,
    detect_nickname_bracket_names,
    # redteam26: "CARDHOLDER: MR R  ABERCROMBIE-NWOSU", "회 원 명 : 엄 하 린", "경영학과 빈서호",
    # "Eulalia Brightwater-Oyede (she/her)".
    detect_receipt_label_names,
    detect_department_names_ko,
    detect_pronoun_tag_names,
    # redteam27: "93년 닭띠 맹서후,", "축의금 … 변하람 10만 / 석도윤 5만", "막내 조카 편수아 올림",
    # "공일공 구천팔백십이 에 …", "여권번호 엠 이칠삼 에이 …", "Priyanka in accounts starts chemo".
    detect_birth_year_names_ko,
    detect_money_ledger_names_ko,
    detect_relation_signature_names_ko,
    detect_spoken_phone_thousands_ko,
    detect_spoken_passports_ko,
    detect_department_health_names,
    # redteam28: "my Korean name is 석지안", "환자성명: 인서하", "백삼동 천이백사호", a pharmacy
    # label's "FOR: OYELOWO-BRANDT, TAMSIN".
    detect_hangul_names_in_english,
    detect_record_name_labels_ko,
    detect_spoken_apartment_units_ko,
    detect_pharmacy_label_names,
    # redteam29: "…, Leeds. Saoirse Dunleavy-Achebe, but …" (a double-barrelled family name).
    detect_double_barrelled_names,
    # redteam30: "제 이름은 봉, 하, 람", '=VLOOKUP("남궁예린",…)', "Herr Wendelin Brückner".
    detect_spelled_syllable_names_ko,
    detect_spreadsheet_formula_names,
    detect_continental_titled_names,
    # redteam30: "포천우체국 사서함 1301-12호, 일병 오태린" (a unit's box, a rank before a name).
    detect_military_mail_ko,
    # redteam31: "<@U04QX7Z2K|first.last>", "@Zofia Wróblewska (she/her)"; "새로 들어온 석 다 인
    # 입니다" (a name spaced syllable by syllable).
    detect_chat_mention_names,
    detect_spaced_syllable_names_ko,
    # redteam31: "Jörg Hinterberger <…@web.de>" (a mailbox's display name: reply headers, git
    # trailers, manifests); ORGANIZER;CN="Bexley, Imogen"; a vCard's N:/FN: and MECARD's N:;
    # "Surname: MAC AODHA  Forename(s): …", "성: 탁 / 이름: 서율"; a passport's MRZ lines.
    detect_mailbox_display_names,
    detect_calendar_common_names,
    detect_contact_card_names,
    detect_form_name_fields,
    detect_mrz_lines,
    # redteam31: "account …, holder Jang Ye-rin", "620-219874-31207 (Kwak Minho)"; the authors
    # in a LaTeX \author{… \and …}.
    detect_account_holder_names,
    detect_latex_author_names,
    # masked30: parts a masked copy still showed in held turns: "On …, Barnaby Okwuosa
    # wrote:" and "From: Name [mailto:…]" (a name beside "<address>" the mailbox rule above
    # reads too), "user=모서하" and "SMS_ADMIN_NAME=옥다빈", "Honeysuckle Barn, Back Lane".
    detect_mail_header_names,
    detect_assigned_name_values,
    detect_house_name_addresses,
    # redteam32: OCR's letter-spaced "L e o p o l d i n e   W a r r e n d e r"; "hi all, I'm
    # Tindra, new in town"; a name before a health matter ("… Adeyemi-Clarke starts chemo",
    # "곽도희 ADHD 약"); a romanised family name with a Hangul given name ("예약자 pyo 지안").
    detect_letter_spaced_names,
    detect_greeting_intro_names,
    detect_health_subject_names,
    detect_latin_surname_hangul_names,
    # redteam32: a boarding pass's "OKONKWO-BAIRD/CHIDINMA MS".
    detect_airline_name_fields,
    # redteam33: a name before the kin word it is called by ("윗집 최덕배 아저씨", "예슬언니",
    # "재훈이형").
    detect_kin_address_names_ko,
    # redteam33: "Birdie Vanterpool joins the support team"; "Invitation: Sync with
    # Bartholomew Quince @ Tue …"; "guest Ingeborg Delacroix-Mbeki" on a booking.
    detect_arrival_names_en,
    detect_invite_names_en,
    detect_guest_label_names,
    # redteam34: a name glued to a recipient's or partner's particle before a verb ("편채원한테
    # 보내줘", "변소율씨랑 통화했는데"); before a driver's, nurse's or elder's title ("육정호
    # 기사님"); alone in a chat message with ㅋㅋ/ㅠㅠ or emoji ("진짜 도하윤 또 지각함ㅠㅠ");
    # after ATTN, c/o or a cheque's "Pay to the order of".
    detect_verb_partner_names_ko,
    detect_service_title_names_ko,
    detect_chat_slang_names_ko,
    detect_addressee_names_en,
    # redteam35: a 청첩장's couple and parents ("용병철 · 김말순 의 장남 용태오", "신부 견소라 양");
    # a name broken up by symbols ("여-은-채 님"); a romanised name before a Korean title
    # ("Dahye Seok 님"); a name quoted after its record in a stack trace or log line
    # ("for customer 'Margarethe Vollstedt-Oyelaran'").
    detect_wedding_card_names_ko,
    detect_symbol_split_names_ko,
    detect_romanised_names_titled_ko,
    detect_quoted_person_values_en,
    # redteam36: a transcript's speakers ("화자 2 (남궁슬기)", "염도현: …" lines); a post's front
    # matter ("author: Wilhelmina Rautenbach").
    detect_transcript_speaker_names,
    detect_front_matter_authors,
    # redteam36: a minutes' attendance line ("참석자: 탁윤서, 함지오, 국태민", "Apologies: R. …").
    detect_attendee_list_names,
    # redteam36: "'Scan - Teodora Lindqvist.pdf'" (a quoted file name's spaced full name).
    detect_quoted_file_names,
    # redteam36: a bare Hanja name in a record ("계약서 매도인 란에 鞠珉載", "족보에 裵炯錫").
    detect_hanja_names_in_papers_ko,
    # redteam37: an owner's name in a device's ("Przemek Wiśniewski's iPhone", "탁서진의 Galaxy
    # Buds2"); a tracker's "Assignee changed from … to Kateryna Hrytsenko"; "입금자명을
    # '하윤서0312' 로"; a wish's vocative ("하람아 열 살 축하해"); an engraving's "'For
    # Annelise Vandermeer - …'".
    detect_device_owner_names,
    detect_tracker_assignee_names,
    detect_depositor_names_ko,
    detect_vocative_given_names_ko,
    detect_dedication_names,
    # redteam38: "Dervla, my flatmate, told me" (a name before its relation); git config
    # user.name "…"; "chị Nguyễn Thị Thu Hương" (a Vietnamese title and spelling); "my
    # mother's maiden name, which is Ravensworth" (a security question's answer).
    detect_apposition_names_en,
    detect_git_config_names,
    detect_vietnamese_titled_names,
    detect_security_answers,
    # redteam39: "This is to certify that Rosalind …"; a caption's "L–R: …" and "(왼쪽부터)
    # 석지후, 봉예린, 나"; "아기 이름을 '도해솔'로 지었어요"; "[한진택배] 탁서이 고객님".
    detect_certificate_names_en,
    detect_caption_names,
    detect_named_child_names_ko,
    detect_customer_honorific_names_ko,
    detect_spelled_secrets_ko,
)
# Keyword-gated rules that need neither a digit nor a capital ("my email starts jiwoo.han",
# "?first=imogen&last=…" in a link, '"name": "배수아"' in JSON).
OTHER_DETECTORS: tuple[Detector, ...] = (
    detect_email_local_part,
    detect_keyed_values,
    # redteam21, lower case too: "oh seven nine oh two, triple five, ...", "my colleague
    # tobias renner", "rowan_whitlock at hotmail".
    detect_spoken_phone_en,
    detect_lowercase_names_en,
    detect_webmail_handle,
    # redteam22: "지메일 쓰고요 아이디는 yun.hae_21 이에요".
    detect_mail_id_label,
    # redteam24: the handle of a profile address ("linkedin.com/in/…").
    detect_profile_url_handles,
    # redteam27: secrets after their label ("door code is 3308#", "비번은 #1357*"), and keys,
    # tokens and URL passwords in pasted code ("sk-proj-…", "AWS_SECRET_ACCESS_KEY=…").
    detect_labelled_secrets,
    detect_credential_tokens,
    # redteam28: secrets by their shape or their place: a private key block, a JWT or an
    # Authorization/Cookie value, a webhook URL, a BitLocker key or recovery phrase, a
    # lock's combination, a 보안카드 table, a password's parts ("앞부분은 …", "뒤에 … 붙어").
    detect_private_key_blocks,
    detect_auth_headers,
    detect_webhook_urls,
    detect_recovery_keys,
    detect_lock_combinations,
    detect_security_card_ko,
    detect_secret_parts,
    # redteam28: a home's what3words address ("///lamps.fetch.brass").
    detect_what3words_addresses,
    # redteam29: "mysql -u root -pS3cret", "sshpass -p '…'", a Wi-Fi QR string's "P:…;" and
    # "psk=", a value spelt in the phonetic alphabet ("Lima Mike six eight").
    detect_cli_password_flags,
    detect_wifi_credentials,
    detect_phonetic_alphabet_ids,
    # redteam30: "WHERE name = '…' AND dob = '…'" in a pasted query; a password typed as
    # Hangul in English mode ("ekfqlcwjddnjs" for 달빛정원).
    detect_sql_person_values,
    detect_hangul_keyboard_secrets,
    # redteam30: a ~/.pgpass line's password, "storePassword 'Marrow&Oak19'" in Gradle.
    detect_config_password_fields,
    # redteam30, lower case: "its seo yuna from the 3rd floor" (a romanised sign-on).
    detect_lowercase_korean_intros,
    # redteam31, lower case: "C:\\Users\\aoife.mcgillycuddy\\…", "/Users/byunseohyeon/…" (a home
    # folder's account name); "the alarm code is nine eight one four", "비밀번호는 칠오공이".
    detect_home_dir_user_names,
    detect_spoken_secret_codes,
    # redteam31: a PuTTY .ppk file's private lines and MAC; GitHub's "7f3a9-c21e8" recovery
    # codes under a word of recovery.
    detect_putty_key_files,
    detect_recovery_code_lists,
    # masked30, lower case: "account number's forty-one, seventy-two, …" (a number read in
    # tens); "server.login('…@gmail.com', 'qwzt hmxk pvlr bnye')" (a login call's password).
    detect_spoken_tens_en,
    detect_login_call_passwords,
    # redteam32: "姓名：林晓彤" (Han script: neither Hangul nor a capital); "@sunhee_bae92" with
    # an app named, "카톡 아이디 yoonseo_park0412".
    detect_han_name_labels,
    detect_social_handles,
    # redteam33: a name or phone as JSON "\\uXXXX" escapes, URL-encoded ("%EB%B4%89…") or in a
    # base64 JSON cookie ("user_info=eyJzdWIi…"): decoded where it stands and scanned again.
    detect_encoded_values,
    # redteam33: "booking ref QF7Z9P", "예약번호 …" (a booking's code opens it with the surname).
    detect_booking_references,
    # redteam33, lower case: "Failed password for minseo.ahn from 211.…" (a person's login
    # and its address), "otpauth://totp/Gitea:jisoo.baek?…", '<input name="fullname"
    # value="…">'.
    detect_login_log_users,
    detect_otpauth_accounts,
    detect_html_form_values,
    # redteam34: a Docker config.json's "auth" value (base64 of user:password).
    detect_registry_auth_values,
    # redteam34: "send it back to my wallet 0x30de…" (the writer's own wallet address).
    detect_crypto_wallet_addresses,
    # redteam35: "echo '…' | sudo -S …", "| docker login --password-stdin", "| chpasswd".
    detect_piped_stdin_passwords,
    # redteam36, lower case: "구글 앱 비밀번호 … qwvt mzkd hrpl xeob" (four groups of four).
    detect_app_password_groups,
    # redteam37: a Twilio auth token after its "AC…" SID in Client(…); names in Cyrillic
    # ("Батбаяр Ганзориг 씨") and in Thai after a title ("คุณณัฐวุฒิ ศรีสวัสดิ์"), neither with
    # a Latin capital.
    detect_twilio_auth_tokens,
    detect_cyrillic_script_names,
    detect_thai_titled_names,
    # redteam38: ConvertTo-SecureString "…" -AsPlainText (a password in PowerShell); an
    # Authorization header under a vendor's scheme ("KakaoAK 7e3b…"); a name in Arabic
    # script after a title ("السيد خالد العتيبي").
    detect_plaintext_securestrings,
    detect_vendor_auth_schemes,
    detect_arabic_titled_names,
    # redteam39: "〇一〇-五八三二-七一四六" (a phone in Han numerals); 'quswodbs' (변재윤 typed in
    # English mode, where the text says so); "ミヤザキ リョウタ 様", "श्री राजेश मल्होत्रा",
    # "Με εκτίμηση, Ελένη Παπαδάκη"; define('DB_PASSWORD', …), net use's and keytool's.
    detect_hanja_numeral_phones,
    detect_english_mode_names_ko,
    detect_script_titled_names_more,
    detect_code_call_passwords,
    # redteam40: "Меня зовут …", "我叫…", "…이라 캅니다"; "I have known … for", "… 배상",
    # "… 어린이가", "… 선임이"; a Discord copy's "Name — Today at …", pdftk's FieldValue,
    # "ZELLE TO SURNAME GIVEN"; a plus code; a codice fiscale; フリガナ and 生年月日;
    # openssl pass:, ansible_become_pass=, htpasswd -b, docker login -p, VBA Password:="…".
    detect_self_intro_names_more,
    detect_letter_names_more,
    detect_export_record_names,
    detect_plus_codes,
    detect_italian_tax_codes,
    detect_japanese_form_fields,
    detect_tool_password_args,
)
ALL_DETECTORS: tuple[Detector, ...] = NUMERIC_DETECTORS + TEXT_DETECTORS + OTHER_DETECTORS
