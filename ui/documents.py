"""The documents panel: upload into this session's workspace, list, search and delete."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import streamlit as st

from core.errors import SwitchyardError, ToolInputError
from core.settings import RoleName
from graphs.services import Services
from ui.samples import remove_samples, sample_sources, seed_workspace
from ui.session import Identity, lang, t
from ui.words import workspace_label_for

_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_name(name: str) -> str:
    """A file name without directories or characters a path could misuse."""
    base = Path(name).name.strip() or "upload"
    return _UNSAFE.sub("_", base)[:120]


def upload_dir(services: Services, workspace: str) -> Path:
    """Where uploads wait for the indexer: one folder per workspace under the data dir.

    The folder (not a random temp dir) keeps each file's path, and therefore its
    document key, stable: re-uploading a file updates it instead of adding a copy.
    """
    return Path(services.settings.data_dir) / "uploads" / workspace


def seed_samples(services: Services, ident: Identity) -> None:
    """Give a new, empty workspace the sample documents once per session (cheap when unchanged)."""
    state = st.session_state
    if state.get("sy_seeded") or services.docs is None:
        return
    state["sy_seeded"] = True
    seed_workspace(services.docs, ident.workspace, services.settings)


def role_of(services: Services, ident: Identity) -> RoleName:
    """This user's role: ``[roles]`` in the settings when listed there, else the account's."""
    if ident.role is not None and ident.user_id not in services.settings.roles.users:
        return ident.role
    return services.settings.roles.role_of(ident.user_id)


def can_change_documents(role: RoleName) -> bool:
    """Viewers read and search; only users and admins add or delete documents."""
    return role != "viewer"


def _ingest(services: Services, ident: Identity, files: list[Any]) -> list[dict[str, Any]]:
    # Checked here too, not only by hiding the form: a stale page can still submit.
    if not can_change_documents(role_of(services, ident)):
        raise ToolInputError(t("docs.read_only"))
    folder = upload_dir(services, ident.workspace)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for upload in files:
        path = folder / safe_name(upload.name)
        path.write_bytes(upload.getvalue())
        paths.append(path)
    bar = st.progress(0.0, text=t("docs.progress", done=0, total=len(paths), source=""))
    rows: list[dict[str, Any]] = []
    try:
        for i, path in enumerate(paths):
            report = services.docs.ingest_path(path, collection=ident.workspace)  # type: ignore[union-attr]
            rows += [
                {
                    t("docs.col_file"): path.name,
                    t("docs.col_status"): t(f"docs.status_{r.status}"),
                    t("docs.col_chunks"): r.chunks,
                    t("docs.col_reason"): r.reason,
                }
                for r in report.files
            ]
            bar.progress(
                (i + 1) / len(paths),
                text=t("docs.progress", done=i + 1, total=len(paths), source=path.name),
            )
    finally:
        # The index keeps the text; the uploaded bytes need not stay on disk.
        shutil.rmtree(folder, ignore_errors=True)
    return rows


def _translate_uploader() -> None:
    """Say the file uploader's built-in English words in the UI language.

    Streamlit draws the drop zone's text itself and offers no way to translate it, so
    its own words are hidden and ours are drawn in their place with CSS.
    """
    zone = '[data-testid="stFileUploaderDropzone"]'
    words = '[data-testid="stFileUploaderDropzoneInstructions"]'
    st.html(
        "<style>"
        f"{words} span:not([data-testid='stIconMaterial']), {words} small {{display:none}}"
        f"{words} > div::after {{content:'{t('docs.drop_here')}'}}"
        f"{zone} button p, {zone} button span {{display:none}}"
        f"{zone} button::after {{content:'{t('docs.browse')}'; font-size:0.875rem}}"
        "</style>"
    )


def _samples_box(services: Services, ident: Identity, may_change: bool) -> None:
    """Say which documents are samples and offer to remove them all at once."""
    samples = sample_sources(services.docs, ident.workspace, services.settings)
    if not samples:
        return
    left, right = st.columns([5, 2])
    left.info(t("docs.samples_note", n=len(samples)), icon="📚")
    if may_change and right.button(t("docs.samples_remove"), key="sy_samples_remove"):
        gone = remove_samples(services.docs, [ident.workspace], services.settings)
        st.toast(t("docs.samples_removed", n=gone))
        st.rerun()


def render_documents(services: Services, ident: Identity) -> None:
    """Upload, list, search and delete documents of this session's workspace."""
    st.header(t("docs.header"))
    st.caption(t("docs.workspace", ws=workspace_label_for(ident.workspace, ident.user_id, lang())))
    docs = services.docs
    if docs is None:
        st.info(t("docs.off"))
        return
    may_change = can_change_documents(role_of(services, ident))
    if lang() != "en":
        _translate_uploader()
    files: list[Any] | None = None
    submitted = False
    if may_change:
        with st.form("upload", clear_on_submit=True):
            files = st.file_uploader(
                t("docs.upload"),
                accept_multiple_files=True,
                key="sy_upload",
                help=t("docs.upload_help"),
            )
            submitted = st.form_submit_button(t("docs.ingest"), type="primary")
    else:
        st.info(t("docs.read_only"))
    if submitted and files:
        try:
            st.session_state["sy_ingest_rows"] = _ingest(services, ident, list(files))
        except SwitchyardError as exc:
            st.error(str(exc))
    rows = st.session_state.get("sy_ingest_rows")
    if rows:
        st.subheader(t("docs.result"))
        st.dataframe(rows, hide_index=True)

    st.subheader(t("docs.list"))
    listed = docs.list_documents(ident.workspace)
    if not listed:
        st.info(t("docs.none"))
    _samples_box(services, ident, may_change)
    for i, doc in enumerate(listed):
        left, right = st.columns([5, 1])
        left.markdown(
            f"`{Path(doc.source).name}` · `{doc.fmt}` · "
            + t("docs.chunks_size", chunks=doc.chunks, size=f"{doc.size:,}")
        )
        if may_change and right.button(t("docs.delete"), key=f"doc-del-{i}-{doc.content_hash[:8]}"):
            docs.delete_document(doc.source, ident.workspace)
            if services.cache is not None:
                services.cache.forget_document(ident.workspace, doc.source)
            st.toast(t("docs.deleted", source=Path(doc.source).name))
            st.rerun()

    st.subheader(t("docs.search"))
    query = st.text_input(t("docs.search"), key="sy_doc_query", label_visibility="collapsed")
    if query.strip():
        try:
            hits = docs.search(query, collection=ident.workspace, k=5)
        except SwitchyardError as exc:
            st.error(str(exc))
            return
        if not hits:
            st.info(t("docs.no_hits"))
        for hit in hits:
            label = f"{Path(hit.source).name} {hit.locator} · {t('docs.score')} {hit.score:.2f}"
            with st.expander(label):
                st.markdown(hit.text)
