"""The scanner's detectors of names (and a few secrets in prose), run when the text holds a
Hangul syllable or a capital letter.

See :mod:`core.privacy.detector_lists`, which gathers the scanner's three lists. A new rule is
registered beside the red-team round that found its case.
"""

from __future__ import annotations

from core.privacy.account_holder_names import detect_account_holder_names
from core.privacy.addressee_names_en import detect_addressee_names_en
from core.privacy.affiliation_names import detect_affiliated_names
from core.privacy.airline_name_fields import detect_airline_name_fields
from core.privacy.apposition_names_en import detect_apposition_names_en
from core.privacy.arrival_names_en import detect_arrival_names_en
from core.privacy.aside_names import detect_aside_names
from core.privacy.assigned_name_values import detect_assigned_name_values
from core.privacy.attendee_list_names import detect_attendee_list_names
from core.privacy.birth_year_names_ko import detect_birth_year_names_ko
from core.privacy.booking_surnames import detect_booking_surnames
from core.privacy.calendar_common_names import detect_calendar_common_names
from core.privacy.caption_names import detect_caption_names
from core.privacy.card_label_names import detect_card_label_names
from core.privacy.celebration_banner_names_ko import detect_celebration_banner_names_ko
from core.privacy.celebration_hashtags import detect_celebration_hashtags
from core.privacy.certificate_names_en import detect_certificate_names_en
from core.privacy.chat_mention_names import detect_chat_mention_names
from core.privacy.chat_slang_names_ko import detect_chat_slang_names_ko
from core.privacy.child_named_parents_ko import detect_child_named_parents_ko
from core.privacy.cjk_script_names import detect_cjk_script_names
from core.privacy.clause_name_labels_ko import detect_clause_name_labels_ko
from core.privacy.code_output_names import detect_code_output_names
from core.privacy.commit_log_authors import detect_commit_log_authors
from core.privacy.contact_card_names import detect_contact_card_names
from core.privacy.continental_titled_names import detect_continental_titled_names
from core.privacy.customer_honorific_names_ko import detect_customer_honorific_names_ko
from core.privacy.dedication_names import detect_dedication_names
from core.privacy.delimited_row_columns import detect_delimited_row_columns
from core.privacy.department_health_names import detect_department_health_names
from core.privacy.department_names_ko import detect_department_names_ko
from core.privacy.depositor_names_ko import detect_depositor_names_ko
from core.privacy.described_intro_names import detect_described_intro_names
from core.privacy.device_owner_names import detect_device_owner_names
from core.privacy.double_barrelled_names import detect_double_barrelled_names
from core.privacy.elder_honorific_names_ko import detect_elder_honorific_names_ko
from core.privacy.endearment_names_ko import detect_endearment_names_ko
from core.privacy.family_role_names import detect_family_role_names
from core.privacy.file_name_names import detect_file_name_names
from core.privacy.form_name_fields import detect_form_name_fields
from core.privacy.formal_frame_names_en import detect_formal_frame_names_en
from core.privacy.frame_names_53p import detect_frame_names_53p
from core.privacy.frame_names_54p import detect_frame_names_54p
from core.privacy.framed_names_ko import detect_framed_names_ko
from core.privacy.front_matter_authors import detect_front_matter_authors
from core.privacy.gedcom_names import detect_gedcom_names
from core.privacy.git_config_names import detect_git_config_names
from core.privacy.greeting_intro_names import detect_greeting_intro_names
from core.privacy.group_member_names import detect_group_member_names
from core.privacy.guest_label_names import detect_guest_label_names
from core.privacy.hangul_names_in_english import detect_hangul_names_in_english
from core.privacy.hangul_spelled_foreign_names import detect_hangul_spelled_foreign_names
from core.privacy.hanja_names_in_papers_ko import detect_hanja_names_in_papers_ko
from core.privacy.health_subject_names import detect_health_subject_names
from core.privacy.hl7_patient_segments import detect_hl7_patient_segments
from core.privacy.house_name_addresses import detect_house_name_addresses
from core.privacy.in_law_relation_names import detect_in_law_relation_names
from core.privacy.intro_names import detect_introduced_names
from core.privacy.invite_names_en import detect_invite_names_en
from core.privacy.invited_names_ko import detect_invited_names_ko
from core.privacy.kin_address_names_ko import detect_kin_address_names_ko
from core.privacy.kin_bracket_names_ko import detect_kin_bracket_names_ko
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.korean_name_cues import detect_korean_name_cues
from core.privacy.latex_author_names import detect_latex_author_names
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.latin_surname_hangul_names import detect_latin_surname_hangul_names
from core.privacy.latin_titled_hangul_names import detect_latin_titled_hangul_names
from core.privacy.letter_spaced_names import detect_letter_spaced_names
from core.privacy.mail_header_names import detect_mail_header_names
from core.privacy.mailbox_display_names import detect_mailbox_display_names
from core.privacy.meeting_chat_senders import detect_meeting_chat_senders
from core.privacy.military_mail_ko import detect_military_mail_ko
from core.privacy.minutes_names import detect_minutes_names
from core.privacy.money_ledger_names_ko import detect_money_ledger_names_ko
from core.privacy.mrz_lines import detect_mrz_lines
from core.privacy.named_child_names_ko import detect_named_child_names_ko
from core.privacy.names import detect_english_names, detect_korean_names
from core.privacy.nickname_bracket_names import detect_nickname_bracket_names
from core.privacy.notice_names_ko import detect_notice_names_ko
from core.privacy.numeric_forms_55p import detect_spoken_mobile_front
from core.privacy.opening_names import detect_opening_names
from core.privacy.passing_names import detect_passing_names
from core.privacy.passport_caps_names import detect_passport_caps_names
from core.privacy.pharmacy_label_names import detect_pharmacy_label_names
from core.privacy.possessive_given_names import detect_possessive_given_names
from core.privacy.pronoun_tag_names import detect_pronoun_tag_names
from core.privacy.quoted_file_names import detect_quoted_file_names
from core.privacy.quoted_person_values_en import detect_quoted_person_values_en
from core.privacy.receipt_label_names import detect_receipt_label_names
from core.privacy.record_name_labels_ko import detect_record_name_labels_ko
from core.privacy.relation_signature_names_ko import detect_relation_signature_names_ko
from core.privacy.relative_names_en import detect_english_relative_names
from core.privacy.role_label_names_ko import detect_role_label_names_ko
from core.privacy.romanised_korean_names import detect_romanised_korean_names
from core.privacy.romanised_names_titled_ko import detect_romanised_names_titled_ko
from core.privacy.schedule_names import detect_schedule_names
from core.privacy.security_answers import detect_security_answers
from core.privacy.service_title_names_ko import detect_service_title_names_ko
from core.privacy.share_notice_names_en import detect_share_notice_names_en
from core.privacy.sign_on_names import detect_sign_on_names
from core.privacy.signature_names import detect_signature_names
from core.privacy.spaced_syllable_names_ko import detect_spaced_syllable_names_ko
from core.privacy.spelled_names_en import detect_spelled_names_en
from core.privacy.spelled_secrets_ko import detect_spelled_secrets_ko
from core.privacy.spelled_syllable_names_ko import detect_spelled_syllable_names_ko
from core.privacy.spoken_apartment_units_ko import detect_spoken_apartment_units_ko
from core.privacy.spoken_passports_ko import detect_spoken_passports_ko
from core.privacy.spoken_phone_groups import detect_spoken_phone_groups
from core.privacy.spoken_phone_thousands_ko import detect_spoken_phone_thousands_ko
from core.privacy.spreadsheet_formula_names import detect_spreadsheet_formula_names
from core.privacy.surname_initial_names import detect_surname_initial_names
from core.privacy.symbol_split_names_ko import detect_symbol_split_names_ko
from core.privacy.table_names import detect_table_names
from core.privacy.task_recipient_names import detect_task_recipient_names
from core.privacy.team_member_names import detect_team_member_names
from core.privacy.third_person_intro_names import detect_third_person_intro_names
from core.privacy.titled_names_ko import detect_titled_names_ko
from core.privacy.tracker_assignee_names import detect_tracker_assignee_names
from core.privacy.transcript_speaker_names import detect_transcript_speaker_names
from core.privacy.types import Detector
from core.privacy.verb_partner_names_ko import detect_verb_partner_names_ko
from core.privacy.vietnamese_names_ko import detect_vietnamese_names_ko
from core.privacy.vietnamese_titled_names import detect_vietnamese_titled_names
from core.privacy.vocative_given_names_ko import detect_vocative_given_names_ko
from core.privacy.wedding_card_names_ko import detect_wedding_card_names_ko

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
    # blind57p: an owned mobile's bare front in words ("제 번호 … 앞은 공일공이고요").
    detect_spoken_mobile_front,
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
    # redteam41: a printed DataFrame's name column and a repr's name='…'; a Zoom chat's
    # "From  … to  Everyone:"; "#윤슬아생일축하해" (a name glued to a wish); "탁말순 어르신";
    # "tôi tên là …", "nama saya …", "ako si …", "benim adım …".
    detect_code_output_names,
    detect_meeting_chat_senders,
    detect_celebration_hashtags,
    detect_elder_honorific_names_ko,
    detect_latin_self_intros,
    # redteam42: "본인 추다온은 …", "금보늬님이 선물과 메시지를 보냈습니다", "환자 서옥분(78)",
    # "예금주는 변가윤이야"; a `git log --format='%h %an %s'` listing's authors; a surname spelled
    # "K-W-A-S-N-I-E-W-S-K-A" and "first name Halina".
    detect_notice_names_ko,
    detect_commit_log_authors,
    detect_spelled_names_en,
    # redteam43: "/s/ NAME", "I, NAME, take you, NAME," and "NAME, 84, of …"; a chat's
    # "나 … 맹서진임"; an HL7 PID/NK1 segment's patient and next of kin.
    detect_formal_frame_names_en,
    detect_framed_names_ko,
    detect_hl7_patient_segments,
    # redteam43, second batch: "NAME shared a document with you" (and "…반 NAME 학부모님께", in
    # detect_framed_names_ko above).
    detect_share_notice_names_en,
    # redteam44: "아버지(석만호) 투석" (a relative's name in brackets after the kin word); a
    # parent named by the child ("채아맘이에요", "도윤이 엄마입니다").
    detect_kin_bracket_names_ko,
    detect_child_named_parents_ko,
    # redteam44: a GEDCOM record's "1 NAME Given /Surname/" line.
    detect_gedcom_names,
    # redteam44, second batch: a 현수막's "축 합격 NAME".
    detect_celebration_banner_names_ko,
    # redteam45: "나은결네 집들이", "이름이 옥서진이야", a door plate's "맹준호 · 도하린",
    # "우리 아가 …의"; "you've reached NAME's voicemail", "Congratulations to NAME on",
    # "NAME (the Tenant)", useradd -c "NAME", "my landlord is NAME".
    detect_frame_names_53p,
    # redteam46: "on behalf of NAME, who", "'NAME' 명의로", "NAME 위 사람은", "Table 4 — …",
    # name: "…" in a JS object, a transcript's speaker line, "mi suegra NAME", "성이 옹씨래".
    detect_frame_names_54p,
)
