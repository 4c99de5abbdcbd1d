"""Each broken file yields exactly one problem, naming its class, line, step and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.workflow.loader import WorkflowInvalidError, load_file, load_folder
from core.workflow.validate import Known, validate_text

BROKEN = Path(__file__).parent / "broken"
KNOWN = Known(
    tools=frozenset({"calculator", "outbox.send"}),
    collections=frozenset({"default"}),
    workflows=frozenset(),
)

# file -> (problem code, line, step id, field, words the message must contain)
CASES: dict[str, tuple[str, int, str | None, str, str]] = {
    "yaml_syntax.yaml": ("yaml_syntax", 4, None, "", "YAML syntax"),
    "unknown_kind.yaml": ("unknown_kind", 6, "second", "summarize", "unknown step kind"),
    "unknown_tool.yaml": ("unknown_tool", 6, "calc", "tool", "'calculater'"),
    "unknown_collection.yaml": ("unknown_collection", 7, "find", "collection", "'contracts'"),
    "missing_step.yaml": ("unknown_step", 9, "reply", "answer", "no step has id 'knid'"),
    "later_step.yaml": ("later_step", 6, "reply", "answer", "'draft' runs later"),
    "branch_no_edge.yaml": ("branch_no_edge", 9, "route", "else", "no edge when no case"),
    "cycle.yaml": ("cycle", 12, "again", "max_iterations", "jumps back"),
    "output_schema.yaml": ("output_schema", 9, "extract", "agent.output_schema", "'list'"),
    "unknown_label.yaml": ("unknown_label", 9, "reply", "when", "'refund' cannot be produced"),
    "bad_expression.yaml": ("expression", 6, "reply", "when", "function calls"),
    "schema_field.yaml": ("schema", 5, "find", "k", "integer"),
    "duplicate_id.yaml": ("duplicate_id", 5, "reply", "id", "duplicate step id"),
    "unknown_input.yaml": ("unknown_input", 6, "reply", "answer", "inputs.mesage"),
}


def test_every_broken_file_has_a_case() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_precise_problem_per_broken_file(name: str) -> None:
    code, line, step, field, words = CASES[name]
    path = BROKEN / name
    workflow, problems = validate_text(path.read_text(encoding="utf-8"), str(path), KNOWN)
    assert workflow is None
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.code, problem.line, problem.step, problem.field) == (code, line, step, field)
    assert words in problem.message
    assert str(problem).startswith(f"{path}:{line}: ")


def test_invalid_files_never_load_and_the_others_still_do(tmp_path: Path) -> None:
    for name in ("cycle.yaml", "unknown_kind.yaml"):
        (tmp_path / name).write_text((BROKEN / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "good.yaml").write_text(
        "name: good\ninputs: {who: {type: string}}\n"
        "steps:\n  - id: hi\n    answer: 'hello {{ inputs.who }}'\n"
        "outputs: {reply: '{{ steps.hi.output }}'}\n",
        encoding="utf-8",
    )
    folder = load_folder(tmp_path, KNOWN)
    assert list(folder.workflows) == ["good"]
    assert sorted(Path(f).name for f in folder.problems) == ["cycle.yaml", "unknown_kind.yaml"]
    with pytest.raises(WorkflowInvalidError, match=r"cycle\.yaml:12: step 'again'"):
        load_file(tmp_path / "cycle.yaml", KNOWN)


def test_a_loop_with_max_iterations_and_known_names_is_valid() -> None:
    text = (BROKEN / "cycle.yaml").read_text(encoding="utf-8") + "    max_iterations: 3\n"
    workflow, problems = validate_text(text, "cycle.yaml", KNOWN)
    assert problems == []
    assert workflow is not None and [s.id for s in workflow.steps] == ["draft", "check", "again"]


def test_several_problems_are_all_reported_by_line() -> None:
    text = (
        "name: many\ninputs: {m: {type: string}}\nsteps:\n"
        "  - id: a\n    answer: '{{ steps.zz.output }}'\n"
        "  - id: b\n    tool: nope\n"
        "outputs: {r: '{{ inputs.q }}'}\n"
    )
    _, problems = validate_text(text, "many.yaml", KNOWN)
    assert [(p.line, p.code) for p in problems] == [
        (5, "unknown_step"),
        (7, "unknown_tool"),
        (8, "unknown_input"),
    ]


def test_map_steps_see_item_and_earlier_steps_but_not_outside_map() -> None:
    text = (
        "name: mapped\ninputs: {docs: {type: array}}\nsteps:\n"
        "  - id: each\n    map: '{{ inputs.docs }}'\n    steps:\n"
        "      - id: title\n        answer: '{{ item.title }}'\n"
        "      - id: shout\n        answer: '{{ steps.title.output }}!'\n"
        "  - id: after\n    answer: '{{ steps.each.items }} {{ steps.shout.output }}'\n"
    )
    _, problems = validate_text(text, "mapped.yaml", KNOWN)
    assert [(p.line, p.step, p.code) for p in problems] == [(12, "after", "later_step")]
