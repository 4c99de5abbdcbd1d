"""Set 52 (blind52p's blind personal-data set: Catalan, Punjabi, Azerbaijani (carried into the
next turn), Swedish, Irish and Zulu introductions; a PGN player tag, a colleague's BibTeX
author, a KakaoTalk "…님이 나갔습니다" line, git commit --author, a name before 프로, "covering
for …", an Airbnb "Your host, …,"; a 매형's heart attack, a niece's leukaemia, a German
Schwiegermutter's dementia, a 작은동서's breast cancer, a French belle-sœur's MS; a mobile
given in reordered parts, a 주민번호 in number words, a passport number split over two turns,
a South African ID, a Romanian CNP, an account read in English words; "(ät) … (punkt)" and a
letter-spaced e-mail; a Singapore HDB block, an Austrian Stiege/Tür, an Italian scala/interno,
a 동-호 pair after a complex's name; secrets in a Kafka JAAS line, tomcat-users.xml, Maven's
settings.xml, a systemd Environment=, a libpq DSN, docker build --build-arg and PHP's PDO)
end to end; nothing of it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team52_rules.py (unit) and
tests/security/test_red_team52_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_52_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen52_privacy.yaml", min_cases=52)
