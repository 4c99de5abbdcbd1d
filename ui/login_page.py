"""The login page served by ``/sy/login`` (plain HTML: it must work before any session exists)."""

from __future__ import annotations

import html
import math

_TEXT: dict[str, dict[str, str]] = {
    "title": {"ko": "Switchyard 로그인", "en": "Log in to Switchyard"},
    "username": {"ko": "사용자 이름", "en": "User name"},
    "password": {"ko": "비밀번호", "en": "Password"},
    "submit": {"ko": "로그인", "en": "Log in"},
    "wrong": {
        "ko": "사용자 이름 또는 비밀번호가 틀렸습니다.",
        "en": "Wrong user name or password.",
    },
    "throttled": {
        "ko": "로그인 시도가 너무 많습니다. {minutes}분 뒤에 다시 시도하세요.",
        "en": "Too many login attempts. Try again in {minutes} min.",
    },
    "expired": {
        "ko": "페이지가 만료되었습니다. 다시 입력하세요.",
        "en": "This page expired. Please enter your details again.",
    },
    "logout": {"ko": "로그아웃할까요?", "en": "Log out of Switchyard?"},
    "logout_button": {"ko": "로그아웃", "en": "Log out"},
}

_STYLE = (
    "body{font-family:system-ui,'Noto Sans CJK KR',sans-serif;max-width:22rem;margin:12vh auto;"
    "padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;"
    "box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1.2rem}"
    ".error{color:#b00020}"
)


def login_html(lang: str, csrf: str, notice: str = "", *, wait_s: float = 0.0) -> str:
    """The login form (or, for ``notice="logout"``, the log-out confirmation) in ``lang``.

    Args:
        lang: ``"ko"`` or ``"en"``.
        csrf: the form's CSRF value (``ui.web_session.csrf_value``).
        notice: ``""``, ``"wrong"``, ``"throttled"``, ``"expired"`` or ``"logout"``.
        wait_s: for ``"throttled"``, how long until another try is allowed.
    """
    lang = "ko" if lang == "ko" else "en"

    def say(key: str, **values: object) -> str:
        return html.escape(_TEXT[key][lang].format(**values))

    hidden = f'<input type="hidden" name="csrf" value="{html.escape(csrf)}">'
    if notice == "logout":
        body = (
            f"<h1>{say('logout')}</h1><form method='post' action='/sy/logout'>{hidden}"
            f"<button type='submit'>{say('logout_button')}</button></form>"
        )
    else:
        message = ""
        if notice in ("wrong", "expired", "throttled"):
            minutes = max(1, math.ceil(wait_s / 60))
            message = f"<p class='error' role='alert'>{say(notice, minutes=minutes)}</p>"
        body = (
            f"<h1>{say('title')}</h1>{message}"
            f"<form method='post' action='/sy/login'>{hidden}"
            f"<label for='username'>{say('username')}</label>"
            "<input id='username' name='username' autocomplete='username' required autofocus>"
            f"<label for='password'>{say('password')}</label>"
            "<input id='password' name='password' type='password' "
            "autocomplete='current-password' required>"
            f"<button type='submit'>{say('submit')}</button></form>"
        )
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>Switchyard</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )
