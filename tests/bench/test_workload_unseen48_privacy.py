"""Set 48 (redteam48's blind personal-data set: Finnish, Hebrew, Kazakh, Icelandic and Armenian
introductions; names in a markdown table, a tab-separated paste, beside an employee ID, in a
LaTeX \\author{…} and on a screenshot's card face; a nickname and the real name two turns later,
in Korean and English; "그 사람 번호는 …" in number words; a phone in words and digits broken
over a line; a lunar and a D.O.B. birth date with their owners; a Korean plate, a passport's
MRZ, a driver's licence number, a German IBAN; base64 and URL-encoded data; Australian "Unit
4/27" and French "Bât./esc." addresses; a 형수님's thyroid cancer, a foster son's diabetes in
the next turn, a flatmate's epilepsy; secrets in redis-cli -a, sqlcmd -P, keytool -storepass,
ldapsearch -w, mount -o password=, BORG_PASSPHRASE='…' and an Authorization: Basic header)
end to end; nothing of it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team48_rules.py (unit) and
tests/security/test_red_team48_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_48_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen48_privacy.yaml", min_cases=48)
