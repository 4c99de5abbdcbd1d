"""The assistant's and each workflow's prompt templates as MCP prompts.

- ``switchyard_assistant``: the assistant's own system prompt with the question.
- ``grounded_answer``: the grounded-answer instructions the assistant uses, with
  the best passages from the user's documents embedded as fenced data.
- ``workflow_NAME``: one per workflow file; its inputs are the prompt's
  arguments, the text says what the workflow does and which instructions its
  steps follow. Completion offers the inputs of the workflow's own test cases.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from mcp.server.mcpserver.prompts.base import Message, Prompt, PromptArgument, UserMessage
from mcp.types import (
    Completion,
    CompletionArgument,
    CompletionContext,
    PromptReference,
    ResourceTemplateReference,
    TextContent,
)

from agents.prompts import GROUNDED_INSTRUCTIONS, SYSTEM_PROMPT, fence
from core.workflow.schema import Workflow
from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.documents import DocumentStore, to_jsonable
from mcp_servers.resources import matching

WORKFLOW_PREFIX = "workflow_"
GROUNDED_PASSAGES = 5


def add_assistant_prompts(
    server: SwitchyardMCPServer, store: DocumentStore | None, *, collections: Sequence[str]
) -> None:
    """Register ``switchyard_assistant`` and, with a store, ``grounded_answer``."""

    def switchyard_assistant(question: str) -> list[Message]:
        """The Switchyard assistant's instructions followed by a question."""
        return [UserMessage(f"{SYSTEM_PROMPT}\n\n{question}")]

    server.add_prompt(Prompt.from_function(switchyard_assistant, title="Switchyard assistant"))
    if store is None:
        return
    served = tuple(collections)

    def grounded_answer(question: str, collection: str = served[0]) -> list[Message]:
        """Answer only from the user's documents: the best passages, fenced, with the question."""
        if collection not in served:
            raise ValueError(f"unknown collection {collection!r}; use one of {list(served)}")
        hits = to_jsonable(store.search(question, collection, GROUNDED_PASSAGES))
        passages = [
            fence(str(h.get("text", "")), kind="passage", source=str(h.get("source", "")))
            for h in (hits if isinstance(hits, list) else [hits])
            if isinstance(h, dict)
        ]
        documents = "\n".join(f"[{i}] {p}" for i, p in enumerate(passages, 1)) or "(none found)"
        return [UserMessage(f"{GROUNDED_INSTRUCTIONS}\n\n{documents}\n\nQuestion: {question}")]

    server.add_prompt(Prompt.from_function(grounded_answer, title="Grounded answer"))

    async def complete(
        ref: PromptReference | ResourceTemplateReference,
        argument: CompletionArgument,
        context: CompletionContext | None,
    ) -> Completion | None:
        ours = isinstance(ref, PromptReference) and ref.name == "grounded_answer"
        ours = ours and argument.name == "collection"
        return matching(served, argument.value) if ours else None

    server.completers.append(complete)


def add_workflow_prompts(server: SwitchyardMCPServer, workflows: Iterable[Workflow]) -> None:
    """Register one ``workflow_NAME`` prompt per workflow, with completion from its cases."""
    by_name: dict[str, Workflow] = {}
    for workflow in workflows:
        name = f"{WORKFLOW_PREFIX}{workflow.name}"
        by_name[name] = workflow
        server.add_prompt(_workflow_prompt(name, workflow))

    async def complete(
        ref: PromptReference | ResourceTemplateReference,
        argument: CompletionArgument,
        context: CompletionContext | None,
    ) -> Completion | None:
        if not isinstance(ref, PromptReference) or ref.name not in by_name:
            return None
        workflow = by_name[ref.name]
        examples = [
            str(case.inputs[argument.name])
            for case in workflow.cases
            if argument.name in case.inputs and isinstance(case.inputs[argument.name], str)
        ]
        return matching(examples, argument.value)

    server.completers.append(complete)


def _workflow_prompt(name: str, workflow: Workflow) -> Prompt:
    def render(**inputs: Any) -> list[Message]:
        return [UserMessage(TextContent(type="text", text=workflow_text(workflow, inputs)))]

    return Prompt(
        name=name,
        title=f"Workflow {workflow.name}",
        description=workflow.description or f"Run the workflow {workflow.name}",
        arguments=[
            PromptArgument(name=key, description=spec.description or None, required=spec.required)
            for key, spec in workflow.inputs.items()
        ],
        fn=render,
    )


def workflow_text(workflow: Workflow, inputs: dict[str, Any]) -> str:
    """What a client's model needs to carry out (or request) a workflow run."""
    lines = [
        f"Run the Switchyard workflow {workflow.name!r} (version {workflow.version}).",
        workflow.description,
        "Inputs:",
        *(f"- {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in inputs.items()),
        "Steps:",
    ]
    for step in workflow.steps:
        data = step.model_dump(exclude_none=True)
        kind = next((k for k in data if k not in ("id", "when", "description")), "step")
        instructions = ""
        agent = data.get("agent")
        if isinstance(agent, dict) and agent.get("instructions"):
            instructions = f": {agent['instructions']}"
        when = f" (when {step.when})" if step.when else ""
        lines.append(f"- {step.id} [{kind}]{when}{instructions}")
    return "\n".join(line for line in lines if line)
