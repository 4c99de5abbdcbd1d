"""A finished run as an OpenTelemetry span tree (GenAI semantic conventions).

One run becomes::

    invoke_agent switchyard            (or: invoke_workflow <name>)
    ├── step <node>                    route decision and privacy class
    │   ├── chat <model>               model call: model, provider, token counts
    │   └── execute_tool <tool>        one per tool or deterministic handler
    └── ...

Names and attributes follow the GenAI conventions (``gen_ai.operation.name``,
``gen_ai.request.model``, ``gen_ai.usage.*``, ``gen_ai.tool.name``...); Switchyard's
own route decision (tier, score, reasons, alternatives, estimated cost) and the
privacy class go under ``switchyard.*``. A few OpenInference keys
(``openinference.span.kind``, ``input.value``...) let Phoenix draw the tree.

Spans are built after the run from its ``RunRecord``: the record holds each step's
latency, not its start, so steps are laid end to end from the run's start. Every
string passes through ``mask`` here, before the wire guard checks it again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import SpanKind, Status, StatusCode, Tracer
from opentelemetry.util.types import AttributeValue

from core.trace_store import RunRecord
from core.types import StepRecord

Masker = Callable[[str], str]
Attributes = dict[str, AttributeValue]

# Long answers or documents are cut: a span attribute is for reading, not storage.
MAX_TEXT = 4000
_NS_PER_MS = 1_000_000

# Provider prefixes of model ids as ``gen_ai.provider.name`` values: the convention's
# well-known value where there is one, the project's name otherwise.
_PROVIDER_NAMES = {
    "openai": "openai",
    "openai-compat": "openai",
    "ollama": "ollama",
    "llamacpp": "llama.cpp",
    "gguf": "llama.cpp",
    "test": "switchyard.test",
}


def provider_and_model(model_id: str) -> tuple[str, str]:
    """``("openai", "gpt-4o-mini")`` from ``"openai:gpt-4o-mini"``."""
    prefix, _, name = model_id.partition(":")
    if not name:
        return "unknown", model_id
    return _PROVIDER_NAMES.get(prefix, prefix), name


class RunSpans:
    """Writes one run's span tree to a tracer, masking every string on the way."""

    def __init__(self, tracer: Tracer, mask: Masker) -> None:
        self._tracer = tracer
        self._mask = mask

    def _text(self, value: str) -> str:
        return self._mask(value)[:MAX_TEXT]

    def _texts(self, values: Sequence[str]) -> list[str]:
        return [self._text(v) for v in values]

    def _messages(self, role: str, text: str) -> str:
        # gen_ai.input.messages / gen_ai.output.messages: the convention's JSON shape.
        message = {"role": role, "parts": [{"type": "text", "content": self._text(text)}]}
        return json.dumps([message], ensure_ascii=False)

    def export(self, run: RunRecord, workflow: str | None = None) -> None:
        """Emit the run, its steps, model calls and tool calls as ended spans.

        Args:
            run: The finished run (its text still raw: it is masked here).
            workflow: The workflow's name for a workflow run; ``None`` for the assistant.
        """
        end_ns = int(run.created_at * 1e9)
        start_ns = end_ns - int(run.latency_ms * _NS_PER_MS)
        operation = "invoke_workflow" if workflow else "invoke_agent"
        name = f"{operation} {workflow or 'switchyard'}"
        attributes: Attributes = {
            "gen_ai.operation.name": operation,
            "gen_ai.conversation.id": self._text(run.thread_id),
            "gen_ai.usage.input_tokens": run.tokens_in,
            "gen_ai.usage.output_tokens": run.tokens_out,
            "gen_ai.input.messages": self._messages("user", run.question),
            "gen_ai.output.messages": self._messages("assistant", run.answer),
            "switchyard.run_id": run.run_id,
            "switchyard.workspace": self._text(run.workspace),
            "switchyard.user_id": self._text(run.user_id),
            "switchyard.privacy": run.privacy,
            "switchyard.cost": run.cost,
            "switchyard.cloud_estimate": run.cloud_estimate,
            "switchyard.path": self._texts(run.path),
            "openinference.span.kind": "CHAIN" if workflow else "AGENT",
            "input.value": self._text(run.question),
            "output.value": self._text(run.answer),
        }
        if workflow:
            attributes["gen_ai.workflow.name"] = self._text(workflow)
        else:
            attributes["gen_ai.agent.name"] = "switchyard"
        if run.parent_run_id:
            attributes["switchyard.parent_run_id"] = run.parent_run_id
        root = self._tracer.start_span(
            name, kind=SpanKind.INTERNAL, attributes=attributes, start_time=start_ns
        )
        context = trace.set_span_in_context(root)
        cursor = start_ns
        for step in run.steps:
            step_end = min(cursor + int(step.latency_ms * _NS_PER_MS), max(end_ns, cursor))
            self._step(step, context, cursor, step_end)
            cursor = step_end
        if any(s.error for s in run.steps):
            root.set_status(Status(StatusCode.ERROR, "a step failed"))
        root.end(end_time=max(end_ns, cursor))

    def _step(self, step: StepRecord, parent: Context, start_ns: int, end_ns: int) -> None:
        attributes: Attributes = {
            "switchyard.step.node": self._text(step.node),
            "switchyard.route.tier": step.tier,
            "switchyard.route.reasons": self._texts(step.reasons),
            "switchyard.route.alternatives": [
                self._text(f"{a.tier}: {a.reason}") for a in step.alternatives
            ],
            "switchyard.route.estimated_cost": step.cost,
            "switchyard.route.degraded": step.degraded,
            "switchyard.privacy": step.privacy,
            "switchyard.latency_ms": step.latency_ms,
            "openinference.span.kind": "CHAIN",
            "input.value": self._text(step.input_text),
            "output.value": self._text(step.output_text),
        }
        if step.score is not None:
            attributes["switchyard.route.score"] = step.score
        if step.step_index is not None:
            attributes["switchyard.step.index"] = step.step_index
        if step.model:
            attributes["switchyard.route.model"] = self._text(step.model)
        span = self._tracer.start_span(
            f"step {self._text(step.node)}",
            context=parent,
            kind=SpanKind.INTERNAL,
            attributes=attributes,
            start_time=start_ns,
        )
        if step.error:
            span.set_status(Status(StatusCode.ERROR, self._text(step.error)))
            span.set_attribute("error.type", "_OTHER")
        context = trace.set_span_in_context(span, parent)
        if step.model and step.tier in ("local", "cloud"):
            self._model_call(step, context, start_ns, end_ns)
        for tool in (step.tool or "").split(","):
            if tool:
                self._tool_call(step, tool, context, start_ns, end_ns)
        span.end(end_time=end_ns)

    def _model_call(self, step: StepRecord, parent: Context, start_ns: int, end_ns: int) -> None:
        provider, model = provider_and_model(self._text(step.model or ""))
        span = self._tracer.start_span(
            f"chat {model}",
            context=parent,
            kind=SpanKind.CLIENT,
            attributes={
                "gen_ai.operation.name": "chat",
                "gen_ai.provider.name": provider,
                "gen_ai.request.model": model,
                "gen_ai.usage.input_tokens": step.tokens_in,
                "gen_ai.usage.output_tokens": step.tokens_out,
                "switchyard.route.tier": step.tier,
                "switchyard.privacy": step.privacy,
                "openinference.span.kind": "LLM",
                "llm.model_name": model,
                "llm.token_count.prompt": step.tokens_in,
                "llm.token_count.completion": step.tokens_out,
            },
            start_time=start_ns,
        )
        if step.error:
            span.set_status(Status(StatusCode.ERROR, self._text(step.error)))
            span.set_attribute("error.type", "_OTHER")
        span.end(end_time=end_ns)

    def _tool_call(
        self, step: StepRecord, tool: str, parent: Context, start_ns: int, end_ns: int
    ) -> None:
        name = self._text(tool.strip())
        attributes: Attributes = {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": name,
            # An MCP server's tool is an extension; a built-in tool or handler a function.
            "gen_ai.tool.type": "extension" if step.server else "function",
            "switchyard.route.tier": step.tier,
            "switchyard.privacy": step.privacy,
            "openinference.span.kind": "TOOL",
            "tool.name": name,
        }
        if step.server:
            attributes["switchyard.mcp.server"] = self._text(step.server)
        self._tracer.start_span(
            f"execute_tool {name}",
            context=parent,
            kind=SpanKind.INTERNAL,
            attributes=attributes,
            start_time=start_ns,
        ).end(end_time=end_ns)
