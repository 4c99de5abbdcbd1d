"""Set 55 (blind55p's blind personal-data set: Amharic, Turkish, Thai, Yoruba and Lithuanian
introductions; names only in a sign-off ("동생 해솔이가", "Much love, Anouk"); a surname given
in an English correction; "her badge said NAME", "NAME한테서 … 문자가 왔는데"; a van's plate
with its owner; a 시아버님 named two turns before his Parkinson's, a voice-typed lower-case
aunt with Parkinson's, a 할아버지 … 옹 with pulmonary fibrosis, a hospital patient number; a
주민번호 read "… 하고 뒤에 …", a pasted bank SMS, a mobile read over three turns, a Spanish
IBAN with spaces, a passport MRZ's second line, a 생년월일 in digit words, a T.C. Kimlik No, a
codice fiscale, an Irish mobile with odd dashes, a passport number carried into the next turn;
"에이티 … 쩜" and "… dot … at … dot …" e-mails; a markdown table, a Madrid "4º izda."
address, a pasted lease clause; secrets in a .netrc line, a Kubernetes Secret's JSON, a
Telegram bot URL, kubectl --from-literal, a mongosh URI, docker run -e and a pip.conf index
URL) end to end; nothing of it may reach the cloud, no public decoy is held, and no case is
open.

Its rules have their own tests: tests/core/privacy/test_red_team55_rules.py (unit) and
tests/security/test_red_team55_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_55_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen55_privacy.yaml", min_cases=55)
