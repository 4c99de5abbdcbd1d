"""Benign look-alikes for the corpus: text that must NOT be reported as personal data.

Order and invoice numbers, dates, lab values, prices, times, versions,
13-digit numbers whose first six digits are not a date, and Korean/English
phrases where a role word is followed by an ordinary noun.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from core.privacy.validators import registration_kind


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}년 {m}월 {d}일",
        ]
    )


def _bad_date_13(rng: random.Random) -> str:
    """Thirteen digits that cannot be a registration number (impossible date)."""
    while True:
        s = _d(rng, 2) + str(rng.randint(13, 99)) + _d(rng, 9)
        if rng.random() < 0.5:
            s = _d(rng, 2) + f"{rng.randint(1, 12):02d}" + str(rng.randint(32, 99)) + _d(rng, 7)
        if registration_kind(s) is None:
            return s


def _lab(rng: random.Random) -> str:
    return rng.choice(
        [
            f"HbA1c {rng.randint(50, 120) / 10}%",
            f"혈당 {rng.randint(70, 300)} mg/dL",
            f"LDL {rng.randint(60, 220)} mg/dL",
            f"BP {rng.randint(100, 160)}/{rng.randint(60, 100)} mmHg",
            f"체온 {rng.randint(355, 395) / 10}도",
            f"eGFR {rng.randint(15, 120)} mL/min/1.73m2",
            f"WBC {rng.randint(30, 120) / 10} x10^3/uL",
        ]
    )


def _price(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 999) * 1000:,}원",
            f"${rng.randint(1, 9999):,}.{rng.randint(0, 99):02d}",
            f"₩{rng.randint(1, 9999) * 1000:,}",
            f"{rng.randint(1, 99)}만 원",
        ]
    )


def _time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [f"{h:02d}:{m:02d}", f"오후 {h % 12 + 1}시 {m}분", f"{h:02d}:{m:02d}:{m:02d}"]
    )


def _version(rng: random.Random) -> str:
    a, b, c = rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 99)
    return rng.choice([f"v{a}.{b}.{c}", f"버전 {a}.{b}.{c}", f"Python 3.{b % 14}.{c % 20}"])


Fragment = Callable[[random.Random], str]

_KO_FRAGMENTS: tuple[Fragment, ...] = (
    lambda r: f"주문번호 {r.randint(2015, 2026)}-{_d(r, 7)} 배송이 시작되었습니다",
    lambda r: (
        f"주문 번호: {r.randint(2015, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 6)}"
    ),
    lambda r: f"송장번호 {_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)} 확인",
    lambda r: f"INV-{r.randint(2015, 2026)}-{_d(r, 5)} 청구서",
    lambda r: f"진료일 {_date(r)}",
    lambda r: f"검사 결과 {_lab(r)}, {_lab(r)}",
    lambda r: f"결제 금액 {_price(r)}",
    lambda r: f"회의는 {_time(r)}에 시작합니다",
    lambda r: f"앱 {_version(r)} 업데이트",
    lambda r: f"일련번호 {_bad_date_13(r)}",
    lambda r: "고객 정보를 확인해 주세요",
    lambda r: "환자 상태가 안정적입니다",
    lambda r: "선생님께 문의하세요",
    lambda r: "당뇨 환자 관리 지침",
    lambda r: "이번 고객님 응대 매뉴얼",
    lambda r: "신규 고객 대상 이벤트",
    lambda r: f"서울시 기준으로 {r.randint(2, 40)}개 구",
    lambda r: f"{r.randint(2, 30)}층 회의실",
    lambda r: f"KTX {r.randint(100, 999)}편",
    lambda r: f"전체 {r.randint(10, 99)}개 중 {r.randint(1, 9)}개",
    lambda r: f"ISBN 978-89-{_d(r, 4)}-{_d(r, 3)}-{_d(r, 1)}",
    lambda r: f"제{r.randint(2015, 2026)}-{r.randint(1, 999)}호 공문",
    # Prose the signature, plate, phone-group and main-line rules once read as personal.
    lambda r: f"배송비 {r.randint(1, 9)}0원 이하 올림",
    lambda r: "분실 시 전액 배상",
    lambda r: "방문 고객께 우산 드림",
    lambda r: f"예산 {r.randint(100, 999)}조 {r.randint(1, 9)}000억원",
    lambda r: f"주문 번호 끝은 {_d(r, 4)}입니다",
    lambda r: f"대표전화는 02-{r.randint(200, 999)}-{_d(r, 4)}",
    lambda r: "이건 엄마예요",
)
_EN_FRAGMENTS: tuple[Fragment, ...] = (
    lambda r: f"Order #{_d(r, 8)} has shipped",
    lambda r: f"Invoice INV-{r.randint(2015, 2026)}-{_d(r, 5)} is due",
    lambda r: f"Tracking number 1Z{_d(r, 16)}",
    lambda r: f"Visit date {_date(r)}",
    lambda r: f"Lab results: {_lab(r)}, {_lab(r)}",
    lambda r: f"Total {_price(r)}",
    lambda r: f"The meeting starts at {_time(r)}",
    lambda r: f"Upgrade to {_version(r)}",
    lambda r: f"Serial {_bad_date_13(r)}",
    lambda r: "Log in to the Patient Portal",
    lambda r: "Customer Service Center hours",
    lambda r: "Dear valued customer,",
    lambda r: f"Room {r.randint(100, 999)}, Building {r.randint(1, 9)}",
    lambda r: f"Chapter {r.randint(1, 40)} of {r.randint(41, 60)}",
    lambda r: f"{r.randint(2, 40)} items in stock",
    lambda r: f"ISBN 978-0-{_d(r, 3)}-{_d(r, 5)}-{_d(r, 1)}",
    lambda r: f"print it on template A{r.randint(10, 99)}",
    lambda r: f"head office: 02-{r.randint(200, 999)}-{_d(r, 4)}.",
)


def decoy_text(rng: random.Random, lang: str) -> str:
    """One to three benign fragments joined into a sentence."""
    pool = _KO_FRAGMENTS if lang == "ko" else _EN_FRAGMENTS
    return ", ".join(frag(rng) for frag in rng.sample(pool, rng.randint(1, 3))) + "."
