"""Every problem of a workflow file, each with file, line, step id and field.

``validate_text`` never stops at the first problem: it reports YAML syntax, an
unknown step kind, schema violations, unknown tools/collections/workflows,
references to steps that do not exist or run later, branches with no edge for
the unmatched case, loops without ``max_iterations``, output schemas that are not
JSON Schema, labels a condition waits for that ``classify`` cannot produce, and
expressions that do not parse. A workflow with any problem is not returned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import jsonschema
from pydantic import ValidationError

from core.workflow.expressions import Expr, ExpressionError, compared_literals, parse, refs
from core.workflow.schema import (
    END,
    AgentStep,
    AnyStep,
    BranchStep,
    ClassifyStep,
    MapStep,
    RetrieveStep,
    ToolStep,
    Workflow,
    WorkflowStep,
)
from core.workflow.source import LineMap, Problem, YamlSyntaxError, parse_yaml
from core.workflow.structure import Loc, kind_problems, schema_problems
from core.workflow.templates import parse_template

ROOTS = ("inputs", "steps", "item")


@dataclass(frozen=True)
class Known:
    """What exists on this installation; ``None`` skips that check.

    Attributes:
        tools: Built-in tool names and ``server.tool`` MCP names; ``server.*`` accepts
            every tool of a server whose list is not known here.
        collections: Document collections.
        workflows: Names of the other workflows a ``workflow`` step may call.
    """

    tools: frozenset[str] | None = None
    collections: frozenset[str] | None = None
    workflows: frozenset[str] | None = None


@dataclass
class _Checker:
    file: str
    lines: LineMap
    workflow: Workflow
    known: Known
    problems: list[Problem] = field(default_factory=list)

    def add(self, loc: Loc, step: str | None, field_: str, message: str, code: str) -> None:
        self.problems.append(Problem(self.file, self.lines.line(loc), step, field_, message, code))


def validate_text(
    text: str, file: str = "<text>", known: Known | None = None
) -> tuple[Workflow | None, list[Problem]]:
    """Parse and check a workflow file's text.

    Returns:
        The workflow (``None`` when any problem was found) and every problem, by line.
    """
    known = known or Known()
    try:
        data, lines = parse_yaml(text)
    except YamlSyntaxError as exc:
        return None, [Problem(file, exc.line, None, "", f"YAML syntax: {exc}", "yaml_syntax")]
    if not isinstance(data, dict):
        return None, [Problem(file, 1, None, "", "a workflow file is a YAML mapping", "schema")]
    problems = list(kind_problems(data, file, lines))
    if problems:
        return None, sorted(problems, key=lambda p: p.line)
    try:
        workflow = Workflow.model_validate(data)
    except ValidationError as exc:
        return None, sorted(schema_problems(exc, data, file, lines), key=lambda p: p.line)
    checker = _Checker(file, lines, workflow, known)
    _check_steps(checker, workflow.steps, ("steps",), outer=[], in_map=False)
    _check_outputs(checker)
    problems = sorted(checker.problems, key=lambda p: p.line)
    return (None if problems else workflow), problems


def _exprs(step: AnyStep) -> Iterator[tuple[Loc, str, bool]]:
    """(field path, source, is_template) of every expression and template in a step."""
    if step.when is not None:
        yield ("when",), step.when, False
    if isinstance(step, AgentStep):
        yield ("agent", "instructions"), step.agent.instructions, True
        if step.agent.input is not None:
            yield ("agent", "input"), step.agent.input, True
    elif isinstance(step, ToolStep):
        for key, value in step.args.items():
            if isinstance(value, str):
                yield ("args", key), value, True
    elif isinstance(step, BranchStep):
        for index, case in enumerate(step.branch):
            yield ("branch", index, "when"), case.when, False
    elif isinstance(step, WorkflowStep):
        for key, value in step.inputs.items():
            if isinstance(value, str):
                yield ("inputs", key), value, True
    else:
        for name in ("retrieve", "classify", "approval", "value", "map", "answer"):
            value = getattr(step, name, None)
            if isinstance(value, str):
                yield (name,), value, True


def _parsed(checker: _Checker, loc: Loc, step: str, source: str, template: bool) -> list[Expr]:
    field_ = ".".join(str(p) for p in loc[-1:])
    try:
        if template:
            return list(parse_template(source).expressions)
        return [parse(source)]
    except ExpressionError as exc:
        kind = "template" if template else "expression"
        message = f"invalid {kind} at column {exc.column}: {exc}"
        checker.add(loc, step, field_, message, "expression")
        return []


def _check_steps(
    checker: _Checker, steps: Sequence[AnyStep], base: Loc, outer: list[str], in_map: bool
) -> None:
    wf = checker.workflow
    order = [s.id for s in steps]
    classifiers = {s.id: s for s in _all_steps(wf.steps) if isinstance(s, ClassifyStep)}
    seen: set[str] = set(outer)
    for index, step in enumerate(steps):
        loc = (*base, index)
        if step.id in seen or order.index(step.id) != index:
            checker.add((*loc, "id"), step.id, "id", "duplicate step id", "duplicate_id")
        for rel, source, template in _exprs(step):
            field_ = ".".join(str(p) for p in rel)
            for expr in _parsed(checker, (*loc, *rel), step.id, source, template):
                _check_refs(checker, expr, (*loc, *rel), step.id, field_, seen, order, in_map)
                _check_labels(checker, expr, (*loc, *rel), step.id, field_, classifiers)
        _check_kind(checker, step, loc, order, index)
        if isinstance(step, MapStep):
            _check_steps(checker, step.steps, (*loc, "steps"), sorted(seen), in_map=True)
        seen.add(step.id)


def _all_steps(steps: Sequence[AnyStep]) -> Iterator[AnyStep]:
    for step in steps:
        yield step
        if isinstance(step, MapStep):
            yield from _all_steps(step.steps)


def _check_refs(
    checker: _Checker,
    expr: Expr,
    loc: Loc,
    step: str | None,
    field_: str,
    available: set[str],
    order: list[str],
    in_map: bool,
) -> None:
    wf = checker.workflow
    every = {s.id for s in _all_steps(wf.steps)}
    for ref in refs(expr):
        root = ref.path[0]
        name = ".".join(ref.path)
        if root == "inputs":
            if len(ref.path) < 2 or ref.path[1] not in wf.inputs:
                known = ", ".join(sorted(wf.inputs)) or "none"
                checker.add(
                    loc, step, field_, f"{name} is not a declared input ({known})", "unknown_input"
                )
        elif root == "steps":
            if len(ref.path) < 2:
                checker.add(loc, step, field_, "'steps' needs a step id", "unknown_step")
                continue
            target = ref.path[1]
            if target in available:
                continue
            if target not in every:
                checker.add(loc, step, field_, f"{name}: no step has id {target!r}", "unknown_step")
            elif target == step:
                checker.add(
                    loc, step, field_, f"{name}: a step cannot read its own output", "later_step"
                )
            else:
                checker.add(
                    loc,
                    step,
                    field_,
                    f"{name}: step {target!r} runs later than this one (or inside another map)",
                    "later_step",
                )
        elif root == "item":
            if not in_map:
                checker.add(loc, step, field_, "'item' exists only inside a map", "unknown_step")
        else:
            roots = ", ".join(ROOTS)
            checker.add(
                loc,
                step,
                field_,
                f"unknown name {root!r}; references start with {roots}",
                "unknown_step",
            )


def _check_labels(
    checker: _Checker,
    expr: Expr,
    loc: Loc,
    step: str,
    field_: str,
    classifiers: dict[str, ClassifyStep],
) -> None:
    for ref, value in compared_literals(expr):
        if len(ref.path) == 3 and ref.path[0] == "steps" and ref.path[2] == "label":
            source = classifiers.get(ref.path[1])
            if source is not None and value not in source.labels:
                checker.add(
                    loc,
                    step,
                    field_,
                    f"label {value!r} cannot be produced by classify step {source.id!r} "
                    f"(labels: {', '.join(source.labels)})",
                    "unknown_label",
                )


def _check_kind(checker: _Checker, step: AnyStep, loc: Loc, order: list[str], index: int) -> None:
    known = checker.known
    if isinstance(step, ToolStep) and known.tools is not None and not _tool_known(step.tool, known):
        checker.add((*loc, "tool"), step.id, "tool", f"unknown tool {step.tool!r}", "unknown_tool")
    if isinstance(step, AgentStep):
        for i, tool in enumerate(step.agent.tools):
            if known.tools is not None and not _tool_known(tool, known):
                checker.add(
                    (*loc, "agent", "tools", i),
                    step.id,
                    "agent.tools",
                    f"unknown tool {tool!r}",
                    "unknown_tool",
                )
        for i, name in enumerate(step.agent.collections):
            _check_collection(checker, (*loc, "agent", "collections", i), step.id, name)
        if step.agent.output_schema is not None:
            try:
                validator = jsonschema.validators.validator_for(step.agent.output_schema)
                validator.check_schema(step.agent.output_schema)
            except jsonschema.SchemaError as exc:
                where = "/".join(str(p) for p in exc.path) or "(root)"
                checker.add(
                    (*loc, "agent", "output_schema"),
                    step.id,
                    "agent.output_schema",
                    f"not a valid JSON Schema at {where}: {exc.message}",
                    "output_schema",
                )
    if isinstance(step, RetrieveStep):
        _check_collection(checker, (*loc, "collection"), step.id, step.collection)
    if isinstance(step, ClassifyStep):
        for label in [*step.rules, *([step.default] if step.default else [])]:
            if label not in step.labels:
                checker.add(
                    (*loc, "rules"),
                    step.id,
                    "rules",
                    f"label {label!r} is not one of the step's labels ({', '.join(step.labels)})",
                    "unknown_label",
                )
    if (
        isinstance(step, WorkflowStep)
        and known.workflows is not None
        and step.workflow not in known.workflows
    ):
        checker.add(
            (*loc, "workflow"),
            step.id,
            "workflow",
            f"no workflow named {step.workflow!r}",
            "unknown_workflow",
        )
    if isinstance(step, BranchStep):
        _check_branch(checker, step, loc, order, index)


def _tool_known(name: str, known: Known) -> bool:
    tools = known.tools or frozenset()
    server, dot, _ = name.partition(".")
    return name in tools or (bool(dot) and f"{server}.*" in tools)


def _check_collection(checker: _Checker, loc: Loc, step: str, name: str) -> None:
    known = checker.known.collections
    if known is not None and name not in known:
        listed = ", ".join(sorted(known)) or "none"
        field_ = ".".join(str(p) for p in loc[loc.index(loc[-1]) :] if isinstance(p, str))
        checker.add(
            loc,
            step,
            field_ or "collection",
            f"unknown collection {name!r} (known: {listed})",
            "unknown_collection",
        )


def _check_branch(
    checker: _Checker, step: BranchStep, loc: Loc, order: list[str], index: int
) -> None:
    loops = False
    targets: list[tuple[Loc, str]] = [
        (("branch", i, "goto"), c.goto) for i, c in enumerate(step.branch)
    ]
    if step.else_ is not None:
        targets.append((("else",), step.else_))
    for rel, target in targets:
        field_ = ".".join(str(p) for p in rel)
        if target == END:
            continue
        if target not in order:
            checker.add(
                (*loc, *rel), step.id, field_, f"goto {target!r}: no such step here", "unknown_step"
            )
        elif order.index(target) <= index:
            loops = True
    if step.else_ is None:
        checker.add(
            (*loc, "branch"),
            step.id,
            "else",
            "no edge when no case matches: add 'else: <step id>' or 'else: end'",
            "branch_no_edge",
        )
    if loops and step.max_iterations is None:
        checker.add(
            (*loc, "branch"),
            step.id,
            "max_iterations",
            "this branch jumps back (a loop): set max_iterations",
            "cycle",
        )


def _check_outputs(checker: _Checker) -> None:
    wf = checker.workflow
    available = {s.id for s in wf.steps}
    order = [s.id for s in wf.steps]
    for name, source in wf.outputs.items():
        loc: Loc = ("outputs", name)
        for expr in _parsed(checker, loc, "", source, True):
            _check_refs(checker, expr, loc, None, f"outputs.{name}", available, order, False)
