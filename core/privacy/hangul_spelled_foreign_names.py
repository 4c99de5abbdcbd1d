"""A Western name spelled in Hangul, with a title or a neighbour's word: ``옆집 브래들리 오코너
씨``, ``원어민 메건 캐슬베리 선생님``, ``우리 팀 제시카 박`` (redteam25;
Spanish and Italian given names and double-barrelled family names, redteam28; French,
Russian and German given names, redteam29; more English, Spanish, Portuguese and
Italian given names, redteam30).

Korean text spells foreign names in Hangul. The Korean name rules read a Korean surname and
a given name of one or two syllables, so ``브래들리 오코너`` (two words, no Korean surname)
is read by none of them. The shape here: a common Western given name as Hangul spells it
(a list, below), then a family name of one to five syllables, then a title or honorific
(``씨``, ``님``, ``선생님``, ``교수님``, ``쌤``…), or after a word that places a person
near the writer (``옆집``, ``우리 팀``, ``동료``, ``친구``, ``원어민``…). A famous person's
name has the shape too (``제니퍼 로페즈``), but is written with neither: ``브래드 피트 말고``
stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_hangul_spelled_foreign_names"]

# Common English (and a few European) given names as Korean spells them.
_GIVEN_NAMES_TEXT = """
    가브리엘 그레이스 나탈리 네이선 노아 니콜 니콜라스 다니엘 대니얼 데이비드 데이빗 도로시
    라이언 레베카 레이첼 로라 로렌 로버트 로즈 루시 루카스 리사 리처드 린다 릴리 마리아 마이클
    마크 매튜 매슈 메건 메간 멜리사 몰리 미셸 벤자민 벤저민 브라이언 브래들리 브랜든 브렌다
    비키 빅토리아 사라 사만다 새라 샬럿 샬롯 세라 소피 소피아 수잔 스콧 스테파니 스티븐 스티브
    시몬 아담 애덤 알렉스 애슐리 앤드루 앤드류 안나 애나 앨리스 앨리슨 에릭 에밀리 에이미
    엘리자베스 엘라 엠마 올리버 올리비아 윌리엄 이든 이사벨 이선 잭슨 제니 제니퍼 제시카
    제이슨 제이콥 제임스 제인 조셉 조지 조슈아 존 줄리아 줄리안 찰리 찰스 카일 캐서린 캐롤
    케빈 케이트 케이티 켈리 크리스 크리스토퍼 크리스틴 클레어 타일러 토머스 토마스 티파니 패트릭
    폴 피터 필립 한나 해리 헨리 헬렌 휴고
    가브리엘라 디에고 라파엘 로드리고 루이스 루카 마르코 마르타 마리솔 마리아나 마테오 미겔
    발렌티나 세바스찬 세바스티안 안드레아 알레한드로 엘레나 이사벨라 이자벨 카롤리나 카를로스
    카밀라 카탈리나 클라라 클로에 파블로 파울라 페르난도 프란체스카 하비에르 호세 나탈리아
    프랑수아즈 프랑수아 피에르 자크 앙투안 니콜라 쥘리앵 줄리앙 카미유 마농 에밀 세실 베로니크
    도미니크 아멜리 마르그리트 기욤 티에리 브리지트
    예카테리나 드미트리 세르게이 알렉산드르 알렉세이 이반 안드레이 미하일 블라디미르 올가
    타티아나 타티야나 이리나 스베틀라나 아나스타샤 율리야 옐레나 다리야 니콜라이 파벨 마리나
    볼프강 위르겐 클라우스 프리드리히 잉그리트 자비네 하이케
    나이젤 그레이엄 사이먼 마틴 닐 키스 트레버 이언 이안 콜린 데릭 그레고리 앤서니 앤토니
    에드워드 프레드 해럴드 이블린 에블린 마거릿 마가렛 조앤 조안나 캐럴 앤절라 앤젤라 수전
    데버라 데보라 패트리샤 자넷 재닛 하워드 로널드 도널드 케네스 레이먼드 제럴드 월터 아서
    루시아 알레한드라 후안 안토니오 마누엘 프란시스코 헤수스 라우라 카르멘 로사 이네스
    베아트리스 곤살로 이그나시오 엔리케 라몬 하비에라 메르세데스 아나 루이사 페드로 주앙
    조앙 티아구 곤살루 조반니 알레산드로 프란체스코 줄리아노 안토넬라
    """
_GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())
_GIVEN_ALT = "|".join(sorted(_GIVEN_NAMES, key=len, reverse=True))
# A family name of up to seven syllables: a double-barrelled one is written as one word
# ("오르테가브룩스", redteam28).
_NAME = r"(?P<name>(?:" + _GIVEN_ALT + r")[ \t]+[가-힣]{1,7}?)"
_TITLE = (
    r"(?:[ \t]?(?:선생님|교수님|박사님|코치님|강사님|매니저님|팀장님|과장님|대리님|쌤|씨|님)"
    r"(?=$|[^가-힣]|께|에게|한테|이|가|은|는|을|를|의|도|랑|하고|와|과))"
)
_TITLED_RE = GuardedPattern(r"(?<![가-힣])" + _NAME + _TITLE)
# A word that places the person near the writer, right before the name.
_NEAR_RE = LazyPattern(
    r"(?:옆집|이웃|우리[ \t]?팀|같은[ \t]?팀|팀원|동료|친구|원어민|담임|룸메이트|룸메|집주인|"
    r"거래처|고객|학생|제자|남친|여친|남자[ \t]?친구|여자[ \t]?친구)[ \t]+"
    + r"(?P<name>(?:"
    + _GIVEN_ALT
    + r")[ \t]+[가-힣]{1,5}?)(?=$|[^가-힣]|께|에게|한테|이|가|은|는|을|를|의|도|랑|하고|와|과)"
)


def detect_hangul_spelled_foreign_names(text: str) -> Iterator[Hit]:
    """Western names spelled in Hangul with a title or a near word (see the module)."""
    for pattern in (_TITLED_RE, _NEAR_RE):
        for m in pattern.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
