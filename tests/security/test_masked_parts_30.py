"""The parts of held personal data set 30 listed as shown by a masked copy are masked now
(masked30).

unseen30_privacy.yaml's header lists turns the scanner held for one value while the trace
export's masked copy (:func:`core.tracing_export.mask_payload`) still showed others: a
given name over a signature, a MECARD's name, a forwarded or quoted sender, a CSV's given
name, officers after "회장 - ", JSON given/family, user=… in a log and …_NAME=… in an .env,
a name after a phone, an account read in tens, a named house, a rural route's box, a
유족증 number, a French plate's owner, a nicknamed contact's name, a Gmail app password; and
two turns kept off the cloud only by chance (a surname-first staff record, an account's
first part). Each turn's masked copy now shows none of its ``pii`` values. The control
takes masked30's detectors (new and widened) out of the scanner: every turn then shows one
of them again.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.core.privacy.scanner_switch import detectors_off
from tests.security.masked_copy import masked_copy_shows

_SET = Path(__file__).resolve().parents[2] / "bench/workload/cases/unseen30_privacy.yaml"
# (case id, turn index) of each turn the header lists.
TURNS = [
    ("p30-pii-given-sig-en", 0),
    ("p30-pii-given-sig-ko", 0),
    ("p30-pii-mecard-en", 0),
    ("p30-pii-gmail-forward-ko", 0),
    ("p30-pii-quoted-reply-en", 0),
    ("p30-pii-csv-surname-first-en", 0),
    ("p30-pii-officer-list-ko", 0),
    ("p30-pii-json-given-family-en", 0),
    ("p30-pii-log-line-ko", 0),
    ("p30-pii-sms-env-ko", 0),
    ("p30-pii-regex-test-en", 0),
    ("p30-pii-tens-words-en", 0),
    ("p30-pii-account-three-turns-ko", 0),
    ("p30-pii-upi-en", 0),
    ("p30-pii-house-name-en", 0),
    ("p30-pii-rural-route-en", 0),
    ("p30-pii-employee-no-en", 0),
    ("p30-pii-bereaved-card-ko", 0),
    ("p30-pii-french-plate-en", 0),
    ("p30-pii-nick-phone-en", 0),
    ("p30-sec-app-password-en", 0),
]
# The detectors masked30 added or widened.
MASKED30_RULES = {
    "detect_signature_names",
    "detect_contact_card_names",
    "detect_mail_header_names",
    "detect_mailbox_display_names",
    "detect_delimited_row_columns",
    "detect_role_label_names_ko",
    "detect_keyed_values",
    "detect_assigned_name_values",
    "detect_contact_neighbour_names",
    "detect_spoken_tens_en",
    "detect_account_parts_ko",
    "detect_house_name_addresses",
    "detect_us_mail_address",
    "detect_employee_id_names",
    "detect_veteran_cards_ko",
    "detect_continental_plates",
    "detect_nickname_bracket_names",
    "detect_login_call_passwords",
}


@cache
def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(_SET.read_text(encoding="utf-8"))
    return cases


def _turn(case_id: str, index: int) -> tuple[str, list[str]]:
    case = next(c for c in _cases() if c["id"] == case_id)
    turn = case["turns"][index]
    return turn["ask"], list(turn["expect"]["pii"])


@pytest.mark.parametrize(("case_id", "index"), TURNS)
def test_the_masked_copy_shows_none_of_the_turns_values(case_id: str, index: int) -> None:
    text, values = _turn(case_id, index)
    assert masked_copy_shows(text, values) == []


@pytest.mark.parametrize(("case_id", "index"), TURNS)
def test_with_masked30s_rules_off_the_copy_shows_some(
    monkeypatch: pytest.MonkeyPatch, case_id: str, index: int
) -> None:
    detectors_off(monkeypatch, MASKED30_RULES)
    text, values = _turn(case_id, index)
    assert masked_copy_shows(text, values) != []
