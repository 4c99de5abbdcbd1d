"""``switchyard privacy scan`` and ``switchyard privacy screen``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ui.cli.common import console, handle_errors, print_json

privacy_app = typer.Typer(help="Personal-data detection.", no_args_is_help=True)


@privacy_app.command("scan")
@handle_errors
def scan_command(
    jsonl: Annotated[Path, typer.Option("--jsonl", help='Rows {"id":..., "text":...}.')],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Find personal data in each row, with types, offsets and the privacy class."""
    from core.privacy import scan_jsonl

    result = scan_jsonl(jsonl)
    if as_json:
        print_json(result)
        return
    for row in result["results"]:
        if "error" in row:
            console.print(f"[red]line {row.get('line')}: {row['error']}[/]")
            continue
        kinds = ", ".join(f"{f['type']}@{f['start']}-{f['end']}" for f in row["findings"]) or "—"
        console.print(f"{row['id']}: {row['privacy']}  {kinds}")


@privacy_app.command("screen")
@handle_errors
def screen_command(
    text: Annotated[str, typer.Argument(help="The text that would leave the machine.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show what the over-eager wire screen would keep on this machine, and why."""
    from core.privacy.wire_screen import screen_outgoing

    findings = screen_outgoing(text)
    if as_json:
        print_json(
            {
                "blocked": bool(findings),
                "findings": [
                    {"kind": f.kind, "start": f.start, "end": f.end, "reason": f.reason}
                    for f in findings
                ],
            }
        )
        return
    if not findings:
        console.print("would pass: nothing personal-looking found", markup=False)
        return
    for f in findings:
        # markup=False: the text may hold brackets that rich would eat.
        console.print(
            f"{f.kind}@{f.start}-{f.end}: {f.reason}  {text[f.start : f.end]!r}", markup=False
        )
