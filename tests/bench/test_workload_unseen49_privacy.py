"""Set 49 (redteam49's blind personal-data set: Yoruba, Norwegian, Croatian, Urdu and Sinhala
introductions; a reference letter signed with a hyphenated romanised name, a business card's
OCR line, a lease's 임대인/임차인 parties, a parcel label's 받는 분, a 부고 with its 상주, a name
searched with grep, a Java "Caused by" naming a customer, an e-mail's cc line; a phone read with
빼기, an account read with 하이픈, a 주민번호 read with 작대기, a マイナンバー, a Belgian national
number, an Indian mobile in Devanagari digits; a villa's lettered block and unit carried into the
next turn, a Polish flat; a grandfather named with 할아버님께서 and his stroke, an ex-husband's
bipolar disorder, a caregiver carried as "모 선생님", "Jihoon P." and then his full name;
secrets in an .s3cfg, a spaced .env line, schtasks /rp, a requests auth tuple, gh secret set
--body and mysql's glued -p) end to end; nothing of it may reach the cloud, no public decoy is
held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team49_rules.py (unit) and
tests/security/test_red_team49_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_49_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen49_privacy.yaml", min_cases=47)
