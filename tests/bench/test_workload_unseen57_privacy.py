"""Set 57 (blind57p's blind personal-data set: Vietnamese, Tagalog, Hebrew, Arabic, Mongolian,
Kazakh, Yoruba and Hungarian introductions; a speaker of a chat log copied time first; a given
name signing after a dash; a patient named in a pasted appointment SMS; a name corrected with
"…가 아니라"; an uncle named two turns before his dialysis; a licence plate with its owner; a
passport number, a 주민번호 and an account with "다시" read in number words; a birth date in
words with 생; a one-time code in words; a mobile grouped in odd places; a mobile's groups in
words over three turns; a US number with an extension; an IBAN spaced oddly; a CPF; a CVV2
read in digits; a pasted CSV row; a JSON record with a full-width Japanese mobile; an address
over two turns; a Paris bâtiment/escalier address; an e-mail read "앳 … 닷"; secrets: a Stripe
live key, an OpenAI-style key in a curl header, a Postgres URI in docker-compose, an EC private
key, a multi-line .netrc, a JWT with an e-mail in its payload and an Azure connection string)
end to end; nothing of it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team57_rules.py (unit) and
tests/security/test_red_team57_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_57_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen57_privacy.yaml", min_cases=55)
