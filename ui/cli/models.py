"""``switchyard models pull``: a chat GGUF from the Hugging Face hub, ready for ``gguf:``."""

from __future__ import annotations

from typing import Annotated

import typer

from ui.cli.common import console, handle_errors, print_json, quiet_logs

models_app = typer.Typer(help="Local model files.", no_args_is_help=True)


@models_app.command("pull")
@handle_errors
def pull_command(
    repo: Annotated[str, typer.Argument(help="Hub repo, e.g. Qwen/Qwen2.5-3B-Instruct-GGUF.")],
    filename: Annotated[str, typer.Argument(help="The .gguf file in that repo.")],
    revision: Annotated[str, typer.Option(help="Branch, tag or commit.")] = "main",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Download a GGUF into the data dir (resumable, checksum-verified); print its gguf: id.

    HF_ENDPOINT picks the hub (a mirror) and HF_TOKEN opens gated repos, as in every
    huggingface_hub tool.
    """
    from core.models.hub import pull_gguf
    from core.settings import load_settings

    quiet_logs()
    settings = load_settings()
    pulled = pull_gguf(repo, filename, settings.data_dir, revision=revision)
    if as_json:
        print_json(
            {
                "path": str(pulled.path),
                "sha256": pulled.sha256,
                "size": pulled.size,
                "commit": pulled.commit,
                "model": pulled.model_id,
            }
        )
        return
    console.print(f"verified {pulled.path.name}: sha256 {pulled.sha256} ({pulled.size} bytes)")
    console.print(
        f'Use it as the local tier: in switchyard.toml, local = "{pulled.model_id}" '
        "under the tiers table; or in the environment:",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    # Printed plainly (no wrapping, no markup) so it can be copied or captured by a script.
    print(f"SWITCHYARD_TIERS__LOCAL={pulled.model_id}")
