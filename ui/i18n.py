"""UI strings in Korean and English; the browser's language picks one unless the user does.

Every user-facing string of the app lives here so a translation is one edit.
Route badges and reasons come from the router in English on purpose: they are
the same text as the trace store, the CLI and the logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ui.i18n_pages import PAGE_STRINGS

Lang = Literal["ko", "en"]
LANGS: tuple[Lang, ...] = ("ko", "en")

_STRINGS: dict[str, tuple[str, str]] = {
    # key: (Korean, English)
    "app.tagline": (
        "단계마다 가장 저렴한 경로로 — 개인정보는 이 컴퓨터 밖으로 나가지 않습니다.",
        "Every step down the cheapest track — personal data never leaves this machine.",
    ),
    "nav.chat": ("대화", "Chat"),
    "nav.runs": ("실행 기록", "Runs"),
    "nav.documents": ("문서", "Documents"),
    "nav.settings": ("설정", "Settings"),
    "nav.charts": ("차트", "Charts"),
    "nav.view": ("화면", "View"),
    "lang.label": ("언어", "Language"),
    "lang.auto": ("자동 (브라우저)", "Auto (browser)"),
    "conv.header": ("대화 목록", "Conversations"),
    "conv.new": ("새 대화", "New conversation"),
    "conv.untitled": ("(제목 없음)", "(untitled)"),
    "conv.rename": ("이름 바꾸기", "Rename"),
    "conv.rename_label": ("새 이름", "New title"),
    "conv.delete": ("삭제", "Delete"),
    "conv.deleted": ("대화를 삭제했습니다.", "Conversation deleted."),
    "conv.none": ("아직 대화가 없습니다.", "No conversations yet."),
    "chat.placeholder": ("질문을 입력하세요", "Ask a question"),
    "chat.stop": ("중지", "Stop"),
    "chat.stopped": ("⏹ 중지됨 — 일부 답변만 표시합니다.", "⏹ Stopped — partial answer."),
    "chat.trace": ("실행 보기", "View run"),
    "chat.sources": ("출처", "Sources"),
    "chat.confirm": (
        "실행 전에 확인이 필요한 도구: {tools}",
        "A tool needs your confirmation before it runs: {tools}",
    ),
    "chat.approve": ("승인", "Approve"),
    "chat.deny": ("거부", "Deny"),
    "chat.error": (
        "답변하지 못했습니다. 설정 화면에서 모델과 서버 설정을 확인하고 다시 시도하세요. "
        "(원문: {error})",
        "Could not answer: {error}",
    ),
    "chat.empty_workspace": (
        "이 작업 공간에 문서가 없습니다. '문서'에서 파일을 올리세요.",
        "This workspace has no documents yet. Upload files under 'Documents'.",
    ),
    "flag.degraded": (
        "더 알맞은 모델을 쓸 수 없어 대신 답했습니다 — 답이 부족할 수 있습니다",
        "Fallback (degraded route): the better-suited model was not available",
    ),
    "flag.private": (
        "🔒 개인정보가 있어 이 컴퓨터에서만 처리함",
        "🔒 Personal data found, so it stayed on this computer (local only)",
    ),
    "flag.error": ("단계 오류", "step error"),
    "runs.header": ("실행 기록", "Runs"),
    "runs.none": ("아직 실행 기록이 없습니다.", "No runs yet."),
    "runs.pick": ("실행 선택", "Run"),
    "runs.question": ("질문", "Question"),
    "runs.answer": ("답변", "Answer"),
    "runs.timeline": ("단계 타임라인", "Step timeline"),
    "runs.graph": ("그래프 (지나간 노드 강조)", "Graph (visited nodes highlighted)"),
    "runs.totals": ("합계", "Totals"),
    "runs.cost": ("비용", "Cost"),
    "runs.cloud_estimate": ("모두 클라우드였다면", "All steps on cloud"),
    "runs.saved": ("절약", "Saved"),
    "runs.latency": ("지연", "Latency"),
    "runs.tokens": ("토큰 (입력/출력)", "Tokens (in/out)"),
    "runs.input": ("입력 (개인정보 마스킹)", "Input (personal data masked)"),
    "runs.output": ("출력 (개인정보 마스킹)", "Output (personal data masked)"),
    "runs.score": ("경로 점수", "Route score"),
    "runs.reasons": ("이유", "Reasons"),
    "runs.alternatives": ("고려한 다른 경로", "Alternatives considered"),
    "runs.path": ("경로", "Path"),
    "runs.replay_of": ("다시 실행한 원본: {run}", "Replay of run {run}"),
    "replay.header": ("다른 경로로 다시 실행", "Replay with another tier"),
    "replay.step": ("단계", "Step"),
    "replay.tier": ("경로", "Tier"),
    "replay.go": ("다시 실행", "Replay"),
    "replay.original": ("원본", "Original"),
    "replay.replay": ("다시 실행 결과 ({tier}, {step}단계)", "Replay ({tier} on step {step})"),
    "replay.tiers": ("단계별 경로", "Tiers per step"),
    "docs.header": ("문서", "Documents"),
    "docs.workspace": ("작업 공간: {ws}", "Workspace: {ws}"),
    "docs.upload": ("파일 올리기", "Upload files"),
    "docs.ingest": ("색인하기", "Index files"),
    "docs.progress": ("색인 중 {done}/{total}: {source}", "Indexing {done}/{total}: {source}"),
    "docs.result": ("결과", "Results"),
    "docs.list": ("색인된 문서", "Indexed documents"),
    "docs.none": ("색인된 문서가 없습니다.", "No documents indexed."),
    "docs.search": ("문서 검색", "Search documents"),
    "docs.no_hits": ("검색 결과가 없습니다.", "No matching passages."),
    "docs.delete": ("삭제", "Delete"),
    "docs.deleted": ("{source} 삭제됨", "Deleted {source}"),
    "docs.off": ("문서 저장소가 꺼져 있습니다.", "The document store is switched off."),
    "docs.read_only": (
        "보기 권한(viewer)으로는 문서를 추가하거나 삭제할 수 없습니다.",
        "The viewer role cannot add or delete documents.",
    ),
    "settings.tiers": ("경로(티어) 상태", "Tiers"),
    "settings.models": ("설정된 모델", "Configured models"),
    "settings.budget": ("이 대화의 지출", "This conversation's spend"),
    "settings.budget_of": (
        "${spent:.4f} / 한도 ${limit:.2f}",
        "${spent:.4f} of ${limit:.2f} budget",
    ),
    "settings.mcp": ("MCP 서버", "MCP servers"),
    "settings.mcp_none": ("설정된 MCP 서버가 없습니다.", "No MCP servers configured."),
    "settings.identity": ("세션", "Session"),
    "settings.export": (
        "LangSmith 내보내기 (마스킹됨): {state}",
        "LangSmith export (masked): {state}",
    ),
    "settings.on": ("켜짐", "on"),
    "settings.off": ("꺼짐", "off"),
    "charts.header": ("차트", "Charts"),
    "charts.scope": ("범위", "Scope"),
    "charts.by_conversation": ("대화별", "Per conversation"),
    "charts.by_day": ("일별", "Per day"),
    "charts.steps": ("경로별 단계 수", "Steps by tier"),
    "charts.cost": ("비용 (USD)", "Cost (USD)"),
    "charts.latency": ("지연 (ms)", "Latency (ms)"),
    "charts.none": ("차트로 그릴 실행 기록이 없습니다.", "No runs to chart yet."),
    "auth.refuse": (
        "이 앱은 {host} 에 열려 있지만 비밀번호가 설정되지 않았습니다. "
        "SWITCHYARD_UI_PASSWORD 를 설정하거나 127.0.0.1 에서만 여세요.",
        "This app is bound to {host} with no password configured. Set SWITCHYARD_UI_PASSWORD "
        "(or configure OIDC login) or serve it on 127.0.0.1 only.",
    ),
    "auth.password": ("비밀번호", "Password"),
    "auth.login": ("로그인", "Log in"),
    "auth.logout": ("로그아웃", "Log out"),
    "auth.wrong": ("비밀번호가 틀렸습니다.", "Wrong password."),
    "auth.oidc": ("계정으로 로그인", "Log in with your account"),
}


_STRINGS.update(PAGE_STRINGS)


def detect(locale: str | None, accept_language: str | None) -> Lang:
    """Korean when the browser prefers it (``ko``, ``ko-KR``), English otherwise."""
    for raw in (locale or "", *(accept_language or "").split(",")):
        tag = raw.split(";")[0].strip().lower()
        if not tag:
            continue
        if tag.startswith("ko"):
            return "ko"
        if tag.startswith("en"):
            return "en"
    return "en"


def text(lang: Lang, key: str, **values: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``values``."""
    ko, en = _STRINGS[key]
    template = ko if lang == "ko" else en
    return template.format(**values) if values else template


def keys() -> Mapping[str, tuple[str, str]]:
    """Every string (for the completeness test)."""
    return _STRINGS
