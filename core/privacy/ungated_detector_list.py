"""The scanner's detectors that run on every text: keyword-gated rules for secrets, handles,
encoded values and lower-case names, which need neither a digit nor a capital.

See :mod:`core.privacy.detector_lists`, which gathers the scanner's three lists. A new rule is
registered beside the red-team round that found its case.
"""

from __future__ import annotations

from core.privacy.addresses_57p import detect_addresses_57p
from core.privacy.app_password_groups import detect_app_password_groups
from core.privacy.arabic_titled_names import detect_arabic_titled_names
from core.privacy.auth_headers import detect_auth_headers
from core.privacy.booking_references import detect_booking_references
from core.privacy.citation_names_60p import detect_citation_names_60p
from core.privacy.cli_password_flags import detect_cli_password_flags
from core.privacy.code_call_passwords import detect_code_call_passwords
from core.privacy.command_secret_args import detect_command_secret_args
from core.privacy.command_secrets_53p import detect_command_secrets_53p
from core.privacy.command_secrets_54p import detect_command_secrets_54p
from core.privacy.command_secrets_55p import detect_command_secrets_55p
from core.privacy.command_secrets_56p import detect_command_secrets_56p
from core.privacy.command_secrets_57p import detect_command_secrets_57p
from core.privacy.config_password_fields import detect_config_password_fields
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.crypto_wallet_addresses import detect_crypto_wallet_addresses
from core.privacy.cyrillic_script_names import detect_cyrillic_script_names
from core.privacy.email_local_parts import detect_email_local_part
from core.privacy.encoded_forms_56p import detect_encoded_forms_56p
from core.privacy.encoded_values import detect_encoded_values
from core.privacy.english_mode_names_ko import detect_english_mode_names_ko
from core.privacy.export_record_names import detect_export_record_names
from core.privacy.frame_names_55p import detect_frame_names_55p
from core.privacy.frame_names_56p import detect_frame_names_56p
from core.privacy.frame_names_57p import detect_frame_names_57p
from core.privacy.han_name_labels import detect_han_name_labels
from core.privacy.hangul_keyboard_secrets import detect_hangul_keyboard_secrets
from core.privacy.hanja_numeral_phones import detect_hanja_numeral_phones
from core.privacy.home_dir_user_names import detect_home_dir_user_names
from core.privacy.html_form_values import detect_html_form_values
from core.privacy.ids import detect_card_security_code
from core.privacy.italian_tax_codes import detect_italian_tax_codes
from core.privacy.japanese_form_fields import detect_japanese_form_fields
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.labelled_secrets import detect_labelled_secrets
from core.privacy.letter_names_more import detect_letter_names_more
from core.privacy.lock_combinations import detect_lock_combinations
from core.privacy.login_call_passwords import detect_login_call_passwords
from core.privacy.login_log_users import detect_login_log_users
from core.privacy.lowercase_korean_intros import detect_lowercase_korean_intros
from core.privacy.lowercase_names_en import detect_lowercase_names_en
from core.privacy.mail_id_labels import detect_mail_id_label
from core.privacy.map_link_addresses import detect_map_link_addresses
from core.privacy.numeric_forms_56p import detect_numeric_forms_56p
from core.privacy.numeric_forms_57p import detect_numeric_forms_57p
from core.privacy.otpauth_accounts import detect_otpauth_accounts
from core.privacy.phonetic_alphabet_ids import detect_phonetic_alphabet_ids
from core.privacy.piped_stdin_passwords import detect_piped_stdin_passwords
from core.privacy.plaintext_securestrings import detect_plaintext_securestrings
from core.privacy.plus_codes import detect_plus_codes
from core.privacy.private_key_blocks import detect_private_key_blocks
from core.privacy.profile_url_names import detect_profile_url_handles
from core.privacy.putty_key_files import detect_putty_key_files
from core.privacy.recovery_code_lists import detect_recovery_code_lists
from core.privacy.recovery_keys import detect_recovery_keys
from core.privacy.registry_auth_values import detect_registry_auth_values
from core.privacy.script_numbers_54p import detect_script_numbers_54p
from core.privacy.script_self_intros import detect_script_self_intros
from core.privacy.script_titled_names_more import detect_script_titled_names_more
from core.privacy.secret_parts import detect_secret_parts
from core.privacy.security_card_ko import detect_security_card_ko
from core.privacy.self_intro_names_more import detect_self_intro_names_more
from core.privacy.self_intros_53p import detect_self_intros_53p
from core.privacy.self_intros_54p import detect_self_intros_54p
from core.privacy.self_intros_55p import detect_self_intros_55p
from core.privacy.self_intros_56p import detect_self_intros_56p
from core.privacy.self_intros_57p import detect_self_intros_57p
from core.privacy.social_handles import detect_social_handles
from core.privacy.spoken_numbers_53p import detect_spoken_numbers_53p
from core.privacy.spoken_phone_en import detect_spoken_phone_en
from core.privacy.spoken_secret_codes import detect_spoken_secret_codes
from core.privacy.spoken_tens_en import detect_spoken_tens_en
from core.privacy.sql_person_values import detect_sql_person_values
from core.privacy.thai_titled_names import detect_thai_titled_names
from core.privacy.tool_password_args import detect_tool_password_args
from core.privacy.twilio_auth_tokens import detect_twilio_auth_tokens
from core.privacy.types import Detector
from core.privacy.vendor_auth_schemes import detect_vendor_auth_schemes
from core.privacy.webhook_urls import detect_webhook_urls
from core.privacy.webmail_handles import detect_webmail_handle
from core.privacy.what3words_addresses import detect_what3words_addresses
from core.privacy.wifi_credentials import detect_wifi_credentials
from core.privacy.xml_named_secrets import detect_xml_named_secrets

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
    # redteam41: SQL's IDENTIFIED BY '…' and WITH PASSWORD '…'; ssh-keygen -N; 7z -pSECRET and
    # zip -P; gpg --passphrase; cmdkey /pass:; jwt.encode(payload, '…').
    detect_command_secret_args,
    # redteam42: Japanese "…と申します", Arabic "اسمي …", Thai "ดิฉันชื่อ …", Hindi "मेरा नाम … है"
    # (scripts with neither Hangul nor capitals); an address in a map link's query.
    detect_script_self_intros,
    detect_map_link_addresses,
    # redteam44: a secret in an XML setting named for it (<string name="PreSharedKey">…).
    detect_xml_named_secrets,
    # redteam45: Hungarian, Mongolian, Amharic, Japanese はじめまして and Chinese 我是
    # introductions; French and German phones in words, 쩜 between digit-word
    # groups, 언더바 in a spoken e-mail, "M as in Mike, 7, 2, …"; a single-quoted
    # password holding $, "… login -p", netsh's "Key Content :", a Postman
    # {"key": "password", "value": …} pair.
    detect_self_intros_53p,
    detect_spoken_numbers_53p,
    detect_command_secrets_53p,
    # redteam46: Persian and Bengali introductions; a katakana-read phone, a 주민번호 in Han
    # numerals; rabbitmqctl add_user NAME PASSWORD.
    detect_self_intros_54p,
    detect_script_numbers_54p,
    detect_command_secrets_54p,
    # redteam47: ipmitool -P, snmp* -A/-X, openssl enc -k, wpa_passphrase SSID PASSPHRASE;
    # Tamil, Dutch, Czech, Romanian and Welsh introductions; a forwarded mail's sender in a
    # header block without an address (Von:/Gesendet:, 差出人:/送信日時:).
    detect_command_secrets_55p,
    detect_self_intros_55p,
    detect_frame_names_55p,
    # redteam48: Icelandic, Baltic, Estonian, Slovak, Kazakh, Bulgarian, Serbian, Belarusian and
    # Armenian introductions; a card face's CARDHOLDER name, "her real name, which is …"; base64
    # text and a link's ?guest= name; NAME_PASSPHRASE='…' before a command; a mobile broken
    # over a line in digits and number words.
    detect_self_intros_56p,
    detect_frame_names_56p,
    detect_encoded_forms_56p,
    detect_command_secrets_56p,
    detect_numeric_forms_56p,
    # redteam49: see the _57p modules' docstrings.
    detect_numeric_forms_57p,
    detect_self_intros_57p,
    detect_frame_names_57p,
    detect_command_secrets_57p,
    detect_addresses_57p,
    # blind52p: a PGN game's player tags and a known person's BibTeX author.
    detect_citation_names_60p,
    # blind56p: a card's security code after its label, in digits or number words.
    detect_card_security_code,
)
