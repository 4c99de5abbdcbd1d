"""Korean addresses of famous public buildings: ``서울 종로구 청와대로 1`` (청와대), ``서울
중구 세종대로 110`` (서울시청), ``서울 영등포구 의사당대로 1`` (국회) (redteam34); ``서울 송파구
올림픽로 300`` (롯데월드타워) and other towers, halls and stations (redteam35).

The road-address rule reads "province, district, road and number" as someone's home, and
these have that shape; :mod:`core.privacy.landmark_addresses` lets the world's famous street
lines pass in English only. Asking how to visit the former presidential office, or writing
to city hall, gives away nobody's home, so the listed road-and-number pairs of government
seats, palaces and museums pass unless the writer calls the place their own (``우리 집``,
``제 주소``, ``살아``, ``이사``, ``배송``/``보내주세요``). Any other number on the same road
(``청와대로 13``) is read as usual.
"""

from __future__ import annotations

import re

__all__ = ["LANDMARK_ROAD_NUMBERS", "is_korean_landmark_address"]

# Road name and building number, spaces removed.
_LANDMARKS = frozenset(
    {
        "청와대로1",  # 청와대
        "세종대로209",  # 정부서울청사
        "세종대로110",  # 서울특별시청
        "세종대로175",  # 세종문화회관
        "사직로161",  # 경복궁
        "의사당대로1",  # 국회의사당
        "서초대로219",  # 대법원
        "서빙고로137",  # 국립중앙박물관
        "율곡로99",  # 창덕궁
        "이태원로29",  # 전쟁기념관
        "남대문로39",  # 한국은행
        "한국은행로1",  # 한국은행 세종
        # redteam35: towers, halls and stations people ask the way to.
        "올림픽로300",  # 롯데월드타워
        "올림픽로240",  # 롯데월드
        "올림픽로25",  # 잠실종합운동장
        "영동대로513",  # 코엑스
        "63로50",  # 63빌딩
        "을지로281",  # 동대문디자인플라자
        "남산공원길105",  # N서울타워
        "남부순환로2406",  # 예술의전당
        "한강대로405",  # 서울역
        "공항로272",  # 인천국제공항 제1여객터미널
    }
)
# Read by public_checks_55p, which matches the same places written in romanised Korean.
LANDMARK_ROAD_NUMBERS = _LANDMARKS
_ROAD_NUMBER = re.compile(r"([가-힣0-9]+(?:대로|로|길))[ \t]*([0-9]+(?:-[0-9]+)?)(?![0-9])")
_WRITERS_PLACE = re.compile(
    r"우리[ \t]?집|제[ \t]?주소|내[ \t]?주소|살아|살고|이사|배송|보내주세요|택배"
)


def is_korean_landmark_address(text: str, start: int, end: int) -> bool:
    """Whether the Korean address at ``text[start:end]`` is a listed public building's and
    the text does not call it the writer's own place."""
    m = _ROAD_NUMBER.search(text, start, end)
    if m is None or m.group(1) + m.group(2) not in _LANDMARKS:
        return False
    return _WRITERS_PLACE.search(text) is None
