"""Words that make a request an instruction to an MCP server, and the servers people name.

Split from :mod:`agents.tool_naming` (which reads them) to keep that module small:
the kinds of MCP server asked for by name, in Latin letters and in Hangul, an
instruction to act, and a question about how to.
"""

from __future__ import annotations

import re

__all__ = ["DO_IT", "HOW_TO", "WELL_KNOWN_HANGUL", "WELL_KNOWN_HANGUL_RE", "WELL_KNOWN_SERVER"]

# Kinds of MCP server people ask for by name ("git 리셋 해줘"): when none is configured,
# the request is told so instead of a model describing an outcome.
WELL_KNOWN_SERVER = re.compile(
    r"(?<![A-Za-z])(?P<server>git|github|gitlab|slack|jira|notion|docker|kubectl|kubernetes"
    r"|postgres|sqlite|gmail|filesystem|calendar|outlook|discord|trello|asana|dropbox"
    # Messengers ("send it on kakaotalk"): a message sent there is an MCP server's action.
    r"|kakaotalk|kakao|telegram|whatsapp|wechat)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
# The same kinds written in Hangul ("노션에 회의록 저장해줘"), named by their usual
# server name; a Hangul word must start there ("가지라고" holds no "지라").
WELL_KNOWN_HANGUL = {
    "깃허브": "github",
    "깃헙": "github",
    "깃랩": "gitlab",
    "슬랙": "slack",
    "지라": "jira",
    "노션": "notion",
    "도커": "docker",
    "지메일": "gmail",
    "구글 캘린더": "calendar",
    "구글캘린더": "calendar",
    "아웃룩": "outlook",
    "디스코드": "discord",
    "트렐로": "trello",
    "아사나": "asana",
    "드롭박스": "dropbox",
    "카톡": "kakaotalk",
    "카카오톡": "kakaotalk",
    "텔레그램": "telegram",
    "왓츠앱": "whatsapp",
    "위챗": "wechat",
}
WELL_KNOWN_HANGUL_RE = re.compile(
    r"(?<![가-힣])(?P<server>" + "|".join(sorted(WELL_KNOWN_HANGUL, key=len, reverse=True)) + ")"
)
# An instruction to act ("해줘", "please reset"), not a question about how to.
DO_IT = re.compile(
    r"(?:해|하라|해라|해\s*줘|해\s*주세요|해줘요|줘|주세요|돌려\s*줘|실행\s*해|해\s*봐|돌려\s*봐"
    r"|실행\s*해\s*봐)\s*[.!]?\s*$"
    # "이슈 하나 만들어줘 제목은 로그인 버그": the instruction, then what it is about.
    r"|\S(?:\s*줘|주세요)(?=\s|[.,!])"
    # "use the jira tool to open a ticket pls": an instruction, with or without "please".
    r"|^\s*(?:please\s+|pls\s+)?(?:use|reset|commit|push|pull|merge|deploy|send|post|delete"
    r"|create|run|clone|open|close|add|schedule|book|upload|invite|share|remind)\b",
    re.IGNORECASE,
)
HOW_TO = re.compile(
    r"방법|어떻게|뭐|무엇|왜|설명|알려|차이|\bhow\b|\bwhat\b|\bwhy\b|\bexplain\b|\?\s*$",
    re.IGNORECASE,
)
