"""Labels that name what a row or column states (기간, 시간, price), not an item or a place.

Why this exists: a table's header "| 반 | 학년 | 요일 | 시간 |" or a list's line "- 기간: 7월 26일
부터 8월 20일까지" names an attribute: the column's or the section's, shared by every item
the section is about. Read as an item, it set a row apart from the question's item (the
summer course's period line was taken for another item's, because the next line's label
names 특강; blind set 34) or made two attribute columns look like two places
(:mod:`tools.rag.sibling_places`). A closed list of such nouns, in both languages.
"""

from __future__ import annotations

__all__ = ["is_attribute_label"]

# Nouns naming an attribute a row or column states.
_ATTRIBUTES = frozenset(
    {
        "구분",
        "항목",
        "내용",
        "비고",
        "대상",
        "학년",
        "요일",
        "시간",
        "일시",
        "날짜",
        "기간",
        "가격",
        "요금",
        "금액",
        "비용",
        "수강료",
        "이용료",
        "할인",
        "인원",
        "정원",
        "횟수",
        "장소",
        "위치",
        "주소",
        "전화",
        "연락처",
        "수량",
        "종류",
        "방법",
        "조건",
        "기준",
        "혜택",
        "시각",
        "출발",
        "도착",
        "경로",
        "노선",
        "소요",
        "나이",
        "연령",
        "크기",
        "용량",
        "무게",
        "item",
        "items",
        "type",
        "kind",
        "notes",
        "note",
        "details",
        "description",
        "price",
        "prices",
        "fee",
        "fees",
        "cost",
        "costs",
        "rate",
        "rates",
        "amount",
        "total",
        "time",
        "times",
        "hours",
        "duration",
        "length",
        "date",
        "dates",
        "day",
        "capacity",
        "size",
        "age",
        "ages",
        "group",
        "location",
        "address",
        "phone",
        "contact",
        "deposit",
        "departure",
        "arrival",
        "route",
        "option",
        "options",
        "treatment",
        "service",
        "services",
    }
)


def is_attribute_label(label: str) -> bool:
    """Whether a row's or column's label (already stripped of notes) names an attribute."""
    return label.strip().lower() in _ATTRIBUTES
