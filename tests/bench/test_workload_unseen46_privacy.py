"""Set 46 (redteam46's blind personal-data set: Portuguese, Persian, Swahili, Polish, Ukrainian
and Bengali introductions; "on behalf of …, who", "… 명의로", a 표창장's "… 위 사람은", a seating
chart's table, a Mongo insertOne's name, a Clova Note speaker line, a KakaoTalk "…에게 답장", a
Drive "… shared a folder"; a name over three turns; phones in Bengali and Persian digits and in
katakana words, a Hong Kong ID, a Chilean RUT, a 주민번호 in Han numerals; 丁目, 弄/号/室 and
Turkish Daire addresses, a road address with its "비동 … 호" in the next turn; a stepson's ADHD,
a Spanish suegra's Alzheimer's, a 시누이's operation; secrets in kubectl --from-literal,
rabbitmqctl add_user, helm --set, docker run -e, a GitLab token URL, pip --index-url and
terraform -var) end to end; nothing of it may reach the cloud, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team46_rules.py (unit) and
tests/security/test_red_team46_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_46_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen46_privacy.yaml", min_cases=52)
