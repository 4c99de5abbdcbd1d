"""``gguf:PATH``: any chat GGUF on disk, run in-process with the file's own chat template."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from core.models.embedded import EmbeddedChatModel, smollm2_gguf_path
from core.models.registry import ModelRegistry
from core.settings import load_settings

pytestmark = pytest.mark.slow


def test_gguf_file_serves_the_local_tier(tmp_path: Path) -> None:
    path = smollm2_gguf_path()
    model_id = f"gguf:{path}"
    registry = ModelRegistry(
        load_settings(data_dir=tmp_path, tiers={"local": model_id, "cloud": ""})
    )
    status = registry.status("local", load=True)
    assert status.available, status.reason
    assert status.egress == "local" and status.endpoint is not None
    assert status.endpoint.where == "in-process"
    model = registry.chat_model(model_id)
    assert isinstance(model, EmbeddedChatModel)
    assert model.engine().model_path == path
    answer = model.invoke([HumanMessage(content="Write one short sentence about the sea.")])
    assert len(answer.text.split()) >= 3
    assert answer.usage_metadata is not None and answer.usage_metadata["output_tokens"] > 0
    # The file's own template (ChatML for SmolLM2) framed the prompt: the reply carries
    # none of the template's control tokens.
    assert "<|im_" not in answer.text
