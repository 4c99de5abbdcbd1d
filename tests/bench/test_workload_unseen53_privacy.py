"""Set 53 (blind53p's blind personal-data set: Maltese, Hausa, Basque, Georgian, Danish
(carried into the next turn) and Vietnamese introductions; a wedding invitation's couple, a
Zoom "… is inviting you", a possessive name before a retirement party, a name before 이랑, a
[부고] line, a handover's "that NAME used to approve"; a 사촌형's schizophrenia, a stepdad's
Parkinson's, a Spanish suegro's diabetes, a Japanese 義母's pneumonia, a 할머니 여사's knee
operation; a mobile read with 영, a mobile split over two turns in words, an account in number
words, a Swiss AHV number, an Icelandic kennitala, an Argentine CUIL, an Israeli ID, an IBAN
split over two turns; "{at} … {dot}" and "_at_ … _dot_" e-mails; a Russian "ул. …, д. …, кв.
…", a Mexican "Int. …, Col. …", a Korean 면/리 address; secrets in a github_pat_ URL, Django's
EMAIL_HOST_PASSWORD, an rclone.conf, sshpass -p'…', a Kubernetes Secret's base64 value,
PowerShell's ConvertTo-SecureString and a Windows "net use" password) end to end; nothing of
it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team53_rules.py (unit) and
tests/security/test_red_team53_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_53_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen53_privacy.yaml", min_cases=53)
