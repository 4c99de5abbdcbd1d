"""Download a GGUF model from the Hugging Face hub into the data dir, verified.

``huggingface_hub`` does the transfer (resumable: an interrupted download keeps its
``.incomplete`` file and continues with a Range request; a progress bar on stderr).
It does not check the content, so this module does: the hub's ETag for a file stored
in LFS (every GGUF) is the file's SHA-256, and for a small git file the git blob
SHA-1; a file that does not match is deleted and the pull fails.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import ConfigError
from core.models.providers import check_gguf_file

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_GIT_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_CHUNK = 1 << 20


class ChecksumMismatchError(ConfigError):
    """The downloaded bytes do not match the hub's checksum; the file was deleted."""


@dataclass(frozen=True)
class PulledModel:
    """A verified model file on disk."""

    path: Path
    sha256: str
    size: int
    commit: str | None

    @property
    def model_id(self) -> str:
        """The ``gguf:`` id to put in ``tiers.local``."""
        return f"gguf:{self.path}"


def models_dir(data_dir: Path) -> Path:
    """Where pulled models live: ``<data_dir>/models``."""
    return data_dir / "models"


def _digests(path: Path) -> tuple[str, str]:
    sha256 = hashlib.sha256()
    # git hashes a blob as sha1("blob <size>\0" + content)
    git_sha1 = hashlib.sha1(f"blob {path.stat().st_size}\0".encode())
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha256.update(chunk)
            git_sha1.update(chunk)
    return sha256.hexdigest(), git_sha1.hexdigest()


def verify_checksum(path: Path, etag: str) -> str:
    """Check ``path`` against the hub's ETag; return its SHA-256.

    Raises:
        ChecksumMismatchError: the content differs (the file is deleted) or the ETag is
            neither a SHA-256 nor a git SHA-1, so nothing could be verified.
    """
    expected = etag.strip('"').removeprefix("W/").strip('"').lower()
    sha256, git_sha1 = _digests(path)
    if _SHA256.match(expected):
        actual = sha256
    elif _GIT_SHA1.match(expected):
        actual = git_sha1
    else:
        path.unlink(missing_ok=True)
        raise ChecksumMismatchError(
            f"the hub sent no checksum for {path.name} (ETag {etag!r}); deleted it — "
            "check HF_ENDPOINT points at the Hugging Face hub or a faithful mirror"
        )
    if actual != expected:
        path.unlink(missing_ok=True)
        raise ChecksumMismatchError(
            f"{path.name} does not match the hub's checksum (expected {expected}, got "
            f"{actual}); deleted it — run the pull again"
        )
    return sha256


def pull_gguf(
    repo: str,
    filename: str,
    data_dir: Path,
    *,
    revision: str = "main",
    endpoint: str | None = None,
    token: str | None = None,
) -> PulledModel:
    """Download ``filename`` from hub repo ``repo`` into the data dir and verify it.

    Args:
        repo: ``owner/name`` on the hub.
        filename: the file's path in the repo (a ``.gguf``).
        data_dir: ``Settings.data_dir``; the file lands in ``<data_dir>/models/<owner>/<name>/``.
        revision: branch, tag or commit.
        endpoint: the hub's URL; ``None`` means ``HF_ENDPOINT`` or huggingface.co.
        token: a hub token for gated repos; ``None`` means ``HF_TOKEN`` or none.

    Returns:
        The verified file with its SHA-256 and the commit it came from.

    Raises:
        ConfigError: the repo or file does not exist, the transfer failed, the checksum
            does not match, or the file is not a GGUF.
    """
    # huggingface_hub speaks HTTP through httpx2; its transport errors are not wrapped.
    import httpx2
    from huggingface_hub import constants, get_hf_file_metadata, hf_hub_download, hf_hub_url
    from huggingface_hub.errors import EntryNotFoundError, HfHubHTTPError, RepositoryNotFoundError

    target = models_dir(data_dir) / repo
    try:
        url = hf_hub_url(repo, filename, revision=revision, endpoint=endpoint)
        metadata = get_hf_file_metadata(url, token=token, endpoint=endpoint)
        local = hf_hub_download(
            repo,
            filename,
            revision=revision,
            local_dir=target,
            endpoint=endpoint,
            token=token,
        )
    except (RepositoryNotFoundError, EntryNotFoundError) as exc:
        raise ConfigError(
            f"{repo}/{filename} was not found on the hub — check the repo and file names "
            "(the file list is on the repo's 'Files' page)"
        ) from exc
    except (HfHubHTTPError, httpx2.HTTPError, OSError) as exc:
        hub = endpoint or constants.ENDPOINT
        raise ConfigError(
            f"downloading {repo}/{filename} from {hub!r} failed ({exc}); check HF_ENDPOINT "
            "and the network, then run the same command again to resume"
        ) from exc
    path = Path(local).resolve()
    sha256 = verify_checksum(path, metadata.etag or "")
    try:
        check_gguf_file(path)
    except ValueError as exc:
        path.unlink(missing_ok=True)
        raise ConfigError(str(exc)) from exc
    return PulledModel(path, sha256, path.stat().st_size, metadata.commit_hash)
