"""Secrets and personal data in this round's forms never reach the cloud recorder (round 31,
redteam31).

The rounds' harness (tests/security/red_team_rounds.py: the OpenAI-compatible recorder
on 127.0.0.1 behind the real guarded HTTP client; the local fake echoes what it read).
Each conversation carries one form the scanner learnt in this round and nothing else it
reads: a Slack mention's escaped name, a display-name mention, a Korean name spaced
syllable by syllable, a home folder's account name in a Windows and a macOS path, a
Facebook vanity address, a PIN and an alarm code in digit words (English and Korean), a
name in a vCard's N: field. With the defence on none of them reaches the recorder, while
public look-alikes (AWS's documented example key) do. The control switches only this
round's detectors off: most then leak.
"""

from __future__ import annotations

import pytest

from tests.security.red_team_rounds import Conversation, Round

pytestmark = pytest.mark.usefixtures("fresh_taint")

# (turns, values that must not reach the cloud); our own wordings, not the blind set's.
CONVERSATIONS: list[Conversation] = [
    (["make this friendlier: <@U07ZK2QXA|ottilie.fairbrass> where is the report"], ["fairbrass"]),
    (["shorten: @Radosław Wiśniewski can you own the release notes"], ["Wiśniewski"]),
    (["자기소개 고쳐줘: 이번에 들어온 모 하 린 입니다 잘 부탁드려요"], ["모 하 린"]),
    (
        [r"what does this mean: PermissionError at C:\Users\perpetua.okonjo\AppData\Roaming"],
        ["perpetua.okonjo"],
    ),
    (["why can't python read /Users/gwakdoyun/Desktop/notes.txt"], ["gwakdoyun"]),
    (["tidy my bio line: find me at facebook.com/cosima.threlkeld"], ["threlkeld"]),
    (["write a note for the dog sitter: the door code is five two nine eight"], ["five two nine"]),
    (["아빠한테 카드 맡길 메모 써줘. 비밀번호는 삼칠일구 라고 쓸까"], ["삼칠일구"]),
    (
        ["why won't this import?\nBEGIN:VCARD\nVERSION:3.0\nN:Quennell;Araminta;;;\nEND:VCARD"],
        ["Quennell", "Araminta"],
    ),
]
EXAMPLE_KEY = "the docs use AKIAIOSFODNN7EXAMPLE - is that a real key?"

ROUND = Round(CONVERSATIONS, [EXAMPLE_KEY], ["AKIAIOSFODNN7EXAMPLE"], leaks_without_rules=7)


_THIS_ROUNDS_RULES = {
    "detect_chat_mention_names",
    "detect_spaced_syllable_names_ko",
    "detect_home_dir_user_names",
    "detect_profile_url_handles",
    "detect_spoken_secret_codes",
    "detect_contact_card_names",
}


(
    test_this_rounds_forms_never_reach_the_cloud_and_public_look_alikes_do,
    test_without_this_rounds_rules_the_same_conversations_leak,
) = ROUND.tests(_THIS_ROUNDS_RULES)
