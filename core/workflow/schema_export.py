"""Write the workflow JSON Schema next to the models: ``python -m core.workflow.schema_export``.

Editors point ``# yaml-language-server: $schema=...`` at the committed file; a test
fails when the file is older than the models.
"""

from __future__ import annotations

from core.workflow.schema import SCHEMA_FILE, schema_text


def main() -> None:
    """Regenerate ``core/workflow/workflow.schema.json``."""
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(SCHEMA_FILE)


if __name__ == "__main__":
    main()
