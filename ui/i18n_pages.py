"""UI strings of the welcome panel, plain-language badges, settings and workflows pages.

Kept apart from ``ui.i18n`` only to keep each file small; ``ui.i18n`` merges them.
"""

from __future__ import annotations

PAGE_STRINGS: dict[str, tuple[str, str]] = {
    # key: (Korean, English)
    # -- what a step did, in words ------------------------------------------------------
    "words.calculator": (
        "계산기로 답함 · 모델 사용 안 함",
        "Answered by the calculator · no model",
    ),
    "words.dates": (
        "날짜 계산으로 답함 · 모델 사용 안 함",
        "Answered by date arithmetic · no model",
    ),
    "words.faq": ("자주 묻는 질문에서 답함 · 모델 사용 안 함", "Answered from the FAQ · no model"),
    "words.cache": (
        "앞서 한 답을 다시 씀 · 모델 사용 안 함",
        "Reused an earlier answer · no model",
    ),
    "words.documents": ("문서에서 찾아 인용함", "Found in your documents and cited"),
    "words.not_covered": ("문서에 없는 내용이라고 알림", "Said the documents do not cover it"),
    "words.follow_up": (
        "앞의 계산을 바꿔 다시 계산함 · 모델 사용 안 함",
        "Re-ran the previous calculation with the change · no model",
    ),
    "words.tool": ("도구 {tool}(으)로 처리함", "Handled by the tool {tool}"),
    "words.code": ("코드로 처리함 · 모델 사용 안 함", "Handled by code · no model"),
    "words.no_model": (
        "이 요청을 맡을 모델이 없어 안내만 함",
        "No model could take this request, so only guidance was given",
    ),
    "words.local": ("로컬 모델({model})이 답함", "The local model ({model}) answered"),
    "words.cloud": ("클라우드 모델({model})이 답함", "The cloud model ({model}) answered"),
    "words.local_tool": (
        "로컬 모델({model})이 도구 {tool}을(를) 씀",
        "The local model ({model}) used the tool {tool}",
    ),
    "words.cloud_tool": (
        "클라우드 모델({model})이 도구 {tool}을(를) 씀",
        "The cloud model ({model}) used the tool {tool}",
    ),
    "words.private": (
        "🔒 개인정보가 있어 이 컴퓨터에서만 처리함",
        "🔒 Personal data found, so it stayed on this computer (local only)",
    ),
    "words.degraded": (
        "더 알맞은 모델을 쓸 수 없어 {tier}(으)로 대신 처리함 — 답이 부족할 수 있음",
        "The better-suited model was not available, so {tier} stood in — the answer may fall short",
    ),
    "words.error": ("이 단계에서 오류가 났습니다", "This step ran into an error"),
    "words.details": ("자세히", "Details"),
    "tier.deterministic": ("코드", "code"),
    "tier.local": ("로컬 모델", "the local model"),
    "tier.cloud": ("클라우드 모델", "the cloud model"),
    "num.tier": ("경로", "Track"),
    "num.model": ("모델", "Model"),
    "num.none": ("없음", "none"),
    "num.tokens": ("토큰 (입력 / 출력)", "Tokens (in / out)"),
    "num.cost": ("비용", "Cost"),
    "num.time": ("걸린 시간", "Time"),
    "num.score": ("난이도 점수", "Difficulty score"),
    "num.reasons": ("라우터가 남긴 이유", "The router's reasons (as recorded)"),
    "num.line": (
        "{model} · 토큰 {tokens_in}/{tokens_out} · {ms} ms",
        "{model} · {tokens_in}/{tokens_out} tok · {ms} ms",
    ),
    "ws.personal": ("내 작업 공간", "My workspace"),
    "ws.default": ("공용 작업 공간", "Shared workspace"),
    # -- documents ------------------------------------------------------------------------
    "docs.col_file": ("파일", "file"),
    "docs.col_status": ("상태", "status"),
    "docs.col_chunks": ("조각 수", "chunks"),
    "docs.col_reason": ("이유", "reason"),
    "docs.status_added": ("추가됨", "added"),
    "docs.status_updated": ("갱신됨", "updated"),
    "docs.status_unchanged": ("변경 없음", "unchanged"),
    "docs.status_rejected": ("거부됨", "rejected"),
    "docs.chunks_size": ("조각 {chunks}개 · {size} 바이트", "{chunks} chunks · {size} B"),
    "docs.upload_help": (
        "PDF, HWP, HWPX, DOCX, XLSX, PPTX, HTML, 마크다운, 텍스트 파일을 올릴 수 있습니다.",
        "PDF, HWP, HWPX, DOCX, XLSX, PPTX, HTML, Markdown and text files.",
    ),
    "docs.score": ("일치도", "match"),
    "docs.samples_note": (
        "모든 작업 공간이 함께 보는 예시 문서 {n}개가 있습니다 (가상의 의원 안내문). "
        "검색하면 내 문서와 함께 찾고, 인용에 예시 문서라고 표시합니다.",
        "{n} sample documents are shared by every workspace (a fictional clinic's leaflets); "
        "searches read them next to your own documents, and citations mark them as samples.",
    ),
    "docs.samples_remove": ("예시 문서 모두 지우기", "Remove all sample documents"),
    "docs.samples_removed": (
        "예시 문서 {n}개를 지웠습니다. 다시 시작해도 넣지 않습니다.",
        "Removed {n} sample documents; they stay removed after a restart.",
    ),
    "docs.sample_badge": ("예시 문서", "sample document"),
    "docs.samples_gone": ("예시 문서를 지운 상태입니다.", "The sample documents were removed."),
    "docs.samples_restore": ("예시 문서 되돌리기", "Restore the sample documents"),
    "docs.samples_restored": ("예시 문서 {n}개를 되돌렸습니다.", "Restored {n} sample documents."),
    # -- welcome --------------------------------------------------------------------------
    "welcome.title": ("Switchyard에 오신 것을 환영합니다", "Welcome to Switchyard"),
    "welcome.intro": (
        "질문마다 가장 싼 길로 답합니다: 계산은 코드가, 문서 질문은 문서에서 인용해, "
        "나머지는 모델이. 아래 예시를 눌러 보세요.",
        "Every question goes down the cheapest track: code for arithmetic, quotes for "
        "document questions, a model for the rest. Try an example below.",
    ),
    "welcome.examples": ("예시 질문", "Example prompts"),
    "welcome.ex_calc": ("계산", "Calculation"),
    "welcome.ex_docs": ("문서 질문 (인용)", "Document question (cited)"),
    "welcome.ex_follow": ("이어지는 질문", "Follow-up"),
    "welcome.ex_tool": ("MCP 도구", "MCP tool"),
    "welcome.ex_workflow": ("워크플로", "Workflow"),
    "welcome.ex_workflow_prompt": (
        "고객 문의 분류 워크플로(support_triage) 실행해 보기",
        "Run the support_triage workflow",
    ),
    "welcome.no_mcp": ("MCP 서버가 설정되지 않았습니다", "No MCP server is configured"),
    "welcome.now": ("지금 설정된 것", "Configured now"),
    "welcome.tier_on": ("{tier}: {model} — 사용 가능", "{tier}: {model} — available"),
    "welcome.tier_off": ("{tier}: 사용 안 함", "{tier}: off"),
    "welcome.docs": ("문서 {n}개 (예시 {samples}개)", "{n} documents ({samples} samples)"),
    "welcome.mcp": ("MCP 서버 {n}개", "{n} MCP servers"),
    "welcome.next": ("다음 단계", "Next step"),
    "welcome.next_korean": (
        "한국어 답변을 쓰려면 모델을 연결하세요",
        "Connect a model that writes Korean to get Korean answers",
    ),
    "welcome.next_cloud": (
        "어려운 질문을 맡길 클라우드 모델을 연결하세요",
        "Connect a cloud model for the hard questions",
    ),
    "welcome.next_documents": (
        "내 문서를 올리면 문서에서 찾아 인용해 답합니다",
        "Upload your own documents to get cited answers from them",
    ),
    "welcome.go_settings": ("설정으로 가기", "Open settings"),
    "welcome.go_documents": ("문서로 가기", "Open documents"),
    # -- navigation -----------------------------------------------------------------------
    "nav.workflows": ("워크플로", "Workflows"),
    # -- chat basics ----------------------------------------------------------------------
    "chat.copy": ("답변 복사", "Copy answer"),
    "chat.regenerate": ("다시 답하기", "Regenerate"),
    "chat.regen_tier": ("경로", "Track"),
    "chat.regen_same": ("같은 경로", "Same track"),
    "chat.edit": ("질문 고치기", "Edit question"),
    "chat.edit_send": ("고쳐서 보내기", "Send edited question"),
    "chat.rate_good": ("좋은 답변", "Good answer"),
    "chat.rate_bad": ("아쉬운 답변", "Poor answer"),
    "chat.rated": (
        "평가를 기록했습니다. 라우터가 이 평가로 다시 학습할 수 있습니다.",
        "Rating saved; the router can learn from it.",
    ),
    "chat.rate_gone": (
        "이 답변의 기록이 지워져 평가할 수 없습니다.",
        "This answer's trace is gone.",
    ),
    "chat.local_only_note": (
        "개인정보가 있는 질문이라 클라우드로는 다시 답할 수 없습니다.",
        "This question has personal data, so it cannot be regenerated on the cloud.",
    ),
    "chat.force": ("이 대화의 모델", "Model for this conversation"),
    "chat.force_auto": ("자동 (라우터가 고름)", "Automatic (the router picks)"),
    "app.starting": ("Switchyard를 시작하는 중…", "Starting Switchyard…"),
    "chat.force_model": ("이 경로에서 쓸 모델", "Model on this track"),
    "chat.force_model_default": ("설정된 모델 ({model})", "The configured model ({model})"),
    "chat.force_model_help": (
        "이 경로의 서버가 제공하는 모델입니다. 고른 모델은 실행 기록의 이유에 남습니다.",
        "The models this track's server offers. The pick is recorded in the run's reasons.",
    ),
    "chat.pick_gone": (
        "이 대화에서 고른 모델 {model}을(를) {tier} 서버가 더 이상 제공하지 않아, 설정된 모델로 "
        "다시 답합니다.",
        "The server of {tier} no longer offers {model}, the model picked for this "
        "conversation: the configured model answers again.",
    ),
    # -- workflows ------------------------------------------------------------------------
    "wf.start": ("시작", "Start"),
    "wf.end": ("끝", "End"),
    "wf.off": ("워크플로 엔진이 꺼져 있습니다.", "The workflow engine is off."),
    "wf.none": (
        "워크플로 파일이 없습니다. workflows 폴더에 YAML 파일을 넣으세요.",
        "No workflow files yet. Put a YAML file in the workflows folder.",
    ),
    "wf.pick": ("워크플로", "Workflow"),
    "wf.version": ("버전 {version} · 파일 `{file}`", "Version {version} · file `{file}`"),
    "wf.graph": ("흐름도", "Graph"),
    "wf.run_header": ("실행하기", "Run it"),
    "wf.run": ("실행", "Run"),
    "wf.running": ("실행 중…", "Running…"),
    "wf.json_help": ("JSON으로 적으세요", "Write it as JSON"),
    "wf.bad_json": (
        "입력한 JSON을 읽을 수 없습니다. 따옴표, 쉼표, 괄호를 확인해 고치세요. (원문: {error})",
        "That is not valid JSON: {error}",
    ),
    "wf.status_waiting": ("대기", "Waiting"),
    "wf.status_done": ("완료", "Done"),
    "wf.status_paused": ("승인 대기 중", "Waiting for approval"),
    "wf.status_failed": ("실패", "Failed"),
    "wf.status_running": ("실행 중", "Running"),
    "wf.col_step": ("단계", "Step"),
    "wf.col_route": ("처리한 곳", "Handled by"),
    "wf.edit_value": ("보낼 내용 (고칠 수 있음)", "Value to send (you may edit it)"),
    "wf.approve": ("승인", "Approve"),
    "wf.reject": ("거부", "Reject"),
    "wf.edit": ("고친 내용으로 승인", "Approve with my edit"),
    "wf.history": ("실행 기록", "Run history"),
    "wf.no_runs": ("아직 실행한 적이 없습니다.", "No runs yet."),
    "wf.pick_run": ("실행 선택", "Run"),
    "wf.latest": ("방금 실행", "Latest run"),
    # -- model settings -------------------------------------------------------------------
    "set.header": ("모델 연결", "Connect models"),
    "set.tier_local": (
        "로컬 모델 (개인정보도 맡길 수 있음)",
        "Local model (may see personal data)",
    ),
    "set.tier_cloud": (
        "클라우드 모델 (개인정보는 절대 보내지 않음)",
        "Cloud model (never sees personal data)",
    ),
    "set.provider": ("연결 방식", "Provider"),
    "set.p_llamacpp": (
        "내장 모델 (SmolLM2, 설치 없이)",
        "Embedded model (SmolLM2, nothing to install)",
    ),
    "set.p_gguf": ("GGUF 파일", "A GGUF file"),
    "set.p_ollama": ("Ollama 서버", "An Ollama server"),
    "set.p_openai-compat": (
        "OpenAI 호환 서버 (vLLM, LM Studio 등)",
        "OpenAI-compatible server (vLLM, LM Studio, …)",
    ),
    "set.p_openai": ("OpenAI", "OpenAI"),
    "set.embedded_note": (
        "이 컴퓨터 안에서 돌아가는 작은 영어 모델입니다. 한국어 답변은 쓰지 못합니다.",
        "A small English model running inside this app; it cannot write Korean.",
    ),
    "set.gguf_path": ("GGUF 파일 경로", "Path to the GGUF file"),
    "set.ollama_url": ("Ollama 주소", "Ollama address"),
    "set.ollama_pulled": ("받아 둔 모델", "Pulled models"),
    "set.ollama_none": (
        "서버에서 모델 목록을 읽지 못했습니다. 주소를 확인하거나 이름을 직접 적으세요.",
        "Could not read the server's models; check the address or type a name.",
    ),
    "set.model_name": ("모델 이름", "Model name"),
    "set.base_url": ("서버 주소 (…/v1)", "Server address (…/v1)"),
    "set.api_key": ("API 키", "API key"),
    "set.key_stored": (
        "데이터 폴더에 이 사용자만 읽을 수 있게 저장됩니다. 지금 저장된 키: {masked}",
        "Stored in the data folder, readable by this user only. Stored key: {masked}",
    ),
    "set.test": ("연결 시험", "Test connection"),
    "set.testing": ("한 토큰짜리 요청을 보내는 중…", "Sending a one-token request…"),
    "set.test_ok": ("연결됨 · 응답 {ms} ms", "Connected · answered in {ms} ms"),
    "set.test_failed": (
        "이 설정으로 모델 서버에 연결하지 못했습니다. 주소, 모델 이름, API 키를 확인하고 "
        "다시 시험하세요. (원문: {error})",
        "Connection failed: {error}",
    ),
    "set.save": ("저장하고 바로 적용", "Save and apply now"),
    "set.saved": (
        "저장했습니다. 다음 질문부터 이 모델을 씁니다.",
        "Saved; the next question uses this model.",
    ),
    "set.invalid": (
        "설정 값이 올바르지 않습니다. 입력한 값을 고쳐 다시 저장하세요. (원문: {error})",
        "That setting is not valid: {error}",
    ),
    "set.admin_only": (
        "로그인한 관리자만 모델 설정을 바꿀 수 있습니다.",
        "Only a logged-in admin can change the model settings.",
    ),
    "settings.identity_line": (
        "작업 공간: {workspace} · 사용자 번호 `{user}`",
        "Workspace: {workspace} · user number `{user}`",
    ),
    "charts.tier_deterministic": ("코드", "Code"),
    "charts.tier_local": ("로컬 모델", "Local model"),
    "charts.tier_cloud": ("클라우드 모델", "Cloud model"),
    "charts.y_steps": ("단계 수", "Steps"),
    "charts.y_cost": ("비용 (달러)", "Cost (USD)"),
    "charts.y_latency": ("질문 하나에 걸린 평균 시간 (ms)", "Mean time per question (ms)"),
    "charts.no_cost": (
        "아직 비용이 든 단계가 없습니다 (코드와 로컬 모델은 무료).",
        "No step has cost anything yet (code and the local model are free).",
    ),
    "chat.force_help": (
        "모델이 필요한 단계를 이 경로로 보냅니다. 계산처럼 코드가 답할 수 있는 단계는 그대로이고, "
        "개인정보가 있는 단계는 클라우드로 가지 않습니다.",
        "Steps that need a model go to this track. Steps code can answer stay with code, and "
        "steps with personal data never go to the cloud.",
    ),
    "chat.fork_regen": ("{title} (다시 답함)", "{title} (regenerated)"),
    "chat.fork_edit": ("{title} (고쳐 물음)", "{title} (edited)"),
    "set.writes_korean": ("이 모델은 한국어를 씁니다", "This model writes Korean"),
    "set.writes_korean_help": (
        "모르는 모델은 한국어를 못 쓴다고 보고, 한국어 답변을 맡기지 않습니다.",
        "An unknown model is assumed not to write Korean and gets no Korean writing.",
    ),
    # -- run view (English keeps the trace store's own words) ------------------------------
    "runs.col_node": ("노드", "node"),
    "runs.col_tier": ("경로", "tier"),
    "runs.col_model": ("모델", "model"),
    "runs.col_score": ("난이도", "score"),
    "runs.col_reason": ("이유", "reason"),
    "runs.col_tokens in": ("입력 토큰", "tokens in"),
    "runs.col_tokens out": ("출력 토큰", "tokens out"),
    "runs.col_cost $": ("비용 $", "cost $"),
    "runs.col_ms": ("시간 ms", "ms"),
    "runs.col_tool": ("도구", "tool"),
    "runs.col_privacy": ("개인정보", "privacy"),
    "runs.tier_deterministic": ("코드", "deterministic"),
    "runs.tier_local": ("로컬 모델", "local"),
    "runs.tier_cloud": ("클라우드 모델", "cloud"),
    "runs.degraded": ("대체 경로", "degraded"),
    "runs.privacy_public": ("없음", "public"),
    "runs.privacy_local_only": ("있음 · 이 컴퓨터에서만", "local_only"),
    "settings.available": ("사용 가능", "available"),
    "settings.unavailable": ("사용 불가", "unavailable"),
    "settings.mcp_tools": ("도구 {n}개", "{n} tools"),
    "settings.mcp_running": ("실행 중", "running"),
    "settings.mcp_failed": ("실패", "failed"),
    "settings.mcp_starting": ("시작하는 중", "starting"),
    "settings.mcp_stopped": ("멈춤", "stopped"),
    "settings.mcp_disabled": ("꺼짐", "disabled"),
    "settings.mcp_pending": ("대기 중", "pending"),
    "welcome.ex_tool_label": (
        "`time` 서버로 서울 시각 묻기",
        "Ask the `time` server for Seoul's time",
    ),
    "docs.drop_here": (
        "파일을 여기에 끌어다 놓으세요 · 파일당 200MB까지",
        "Drag and drop files here",
    ),
    "docs.browse": ("파일 찾기", "Browse files"),
}
