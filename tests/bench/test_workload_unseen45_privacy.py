"""Set 45 (redteam45's blind personal-data set: Hungarian, Mongolian, Amharic, Japanese
はじめまして and Chinese 我是 introductions; a hand-over notice's "기존 담당자 … → 신규 담당자 …",
a clinic's call, a household "…네 집들이", a door plate's two names, "우리 아가 …의"; a voicemail
greeting, "Congratulations to … on", a contract's "(the Tenant)", an allergy card, useradd -c;
French and German phones in words, 쩜 between digit-word groups, a 주민번호 with ㅡ for its dash,
em dashes in a phone, "M as in Mike", a Japanese account with its katakana holder, 언더바 in a
spoken e-mail; Brazilian, Indian and 번지 addresses; a landlord, a phone and a colleague carried
over turns; secrets in RSYNC_PASSWORD, wget --password, az login -p, netsh's Key Content, a
Postman environment, an alarm code and .my.cnf; and the second batch's Finnish and Greek
introductions, a 환자 보호자, "signed for by …", a Spanish phone in words, an Italian flat,
sqlplus user/password@db and requirepass) end to end; nothing of it may reach the cloud, and no
case is open.

Its rules have their own tests: tests/core/privacy/test_red_team45_rules.py (unit) and
tests/security/test_red_team45_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_45_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen45_privacy.yaml", min_cases=63)
