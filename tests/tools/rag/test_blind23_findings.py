"""Rules found on the twenty-third blind set (a kids cafe's terms, a climbing gym's rules).

The examples are our own (a ski school, a yoga centre, a bowling alley), not that set's
questions.
"""

from __future__ import annotations

from tools.rag.asked_act import asked_act
from tools.rag.compound_pieces import held_pieces
from tools.rag.loanwords import transcribes
from tools.rag.other_object_acts import rules_on_another_act
from tools.rag.parsers import _html_to_markdown
from tools.rag.qualifiers import answers_another_question, row_names_other_item
from tools.rag.row_labels import cells, html_header_label, item_label
from tools.rag.scene_words import scene_terms
from tools.rag.subjects import missing_from_document
from tools.rag.textutil import english_tokens, tokenize
from tools.rag.venue_loanwords import names_venue, unheld_venue_stem, written_in_english

_SKI_TABLE = """<table>
<tr><th>Product</th><th>Price</th><th>Valid for</th></tr>
<tr><td>1-week ski pass</td><td>250,000 won</td><td>7 days</td></tr>
<tr><td>2-week ski pass</td><td>420,000 won</td><td>14 days</td></tr>
<tr><td>Lesson card</td><td>90,000 won</td><td>3 weeks from purchase</td></tr>
</table>"""


def test_an_html_table_row_as_parsed_is_a_row() -> None:
    rows = [line for line in _html_to_markdown(_SKI_TABLE).splitlines() if "won" in line]
    assert rows[2] == "Lesson card | 90,000 won | 3 weeks from purchase |"
    assert cells(rows[2]) == ["Lesson card", "90,000 won", "3 weeks from purchase"]
    assert item_label(rows[0]) == "1-week ski pass"
    assert cells("Prices go up in winter.") is None
    assert cells("| 헬스 1개월 | 70,000원 |") == ["헬스 1개월", "70,000원"]


def test_an_html_row_of_another_item_does_not_price_the_asked_pass() -> None:
    # "3 weeks" is the lesson card's validity, not a three-week ski pass's price.
    passage = _html_to_markdown(_SKI_TABLE)
    raw = "Lesson card | 90,000 won | 3 weeks from purchase |"
    sentence = "Lesson card 90,000 won 3 weeks from purchase"
    question = "how much is a 3 week ski pass"
    assert answers_another_question(question, sentence, raw, passage)
    own = "2-week ski pass | 420,000 won | 14 days |"
    assert not answers_another_question(
        "how much is the 2 week ski pass", "2-week ski pass 420,000 won 14 days", own, passage
    )


_FREQUENCY = {"요가": 3, "센터": 5, "주차": 4, "볼링장": 2}


def _frequency(word: str) -> int:
    return _FREQUENCY.get(word, 0)


def test_a_compound_held_only_in_pieces_is_read_as_its_pieces() -> None:
    assert held_pieces("요가센터", _frequency) == ("요가", "센터")
    assert held_pieces("볼링장", _frequency) is None  # held whole
    assert held_pieces("수영센터", _frequency) is None  # 수영 held nowhere
    assert held_pieces("yogacenter", _frequency) is None


def test_a_document_naming_neither_piece_is_about_another_place() -> None:
    # "요가센터 주차 되나요": the yoga centre's document writes 요가 and 센터 apart; the
    # clinic's parking page names neither, so it does not answer for the yoga centre.
    clinic = "주차는 지하 주차장에서 1시간 무료입니다."
    yoga = "햇살 요가 센터 이용 안내. 주차는 건물 뒤편에 2시간 무료입니다."
    topics = ["요가센터", "주차"]
    tokens = {"주차", "지하", "무료"}
    assert missing_from_document(topics, tokens, _frequency, lambda w: w in clinic)
    assert not missing_from_document(topics, tokens, _frequency, lambda w: w in yoga)


def test_a_rule_on_wearing_the_object_does_not_answer_whether_one_may_buy_it() -> None:
    act = asked_act("can i buy a helmet at the ski school")
    assert act is not None
    wear = "You must wear a helmet on every slope."
    assert act.missed_by(set(tokenize(wear)), wear, set(tokenize(wear)))
    sold = "Helmets can be bought at the ski school desk."
    assert not act.missed_by(set(tokenize(sold)), sold, set(tokenize(sold)))
    banned = "Helmets with cameras are not allowed."
    assert not rules_on_another_act(banned, act.words, act.objects)


def test_a_rule_on_the_asked_act_itself_still_answers() -> None:
    act = asked_act("can i rent bowling shoes")
    assert act is not None
    rent = "You can rent bowling shoes at the counter for 2,000 won."
    assert not rules_on_another_act(rent, act.words, act.objects)
    assert rules_on_another_act("You must wear bowling shoes on the lanes.", act.words, act.objects)


def test_a_silent_b_is_no_consonant_of_the_loanword() -> None:
    assert transcribes("플러밍", "plumbing")
    assert not transcribes("플러밍", "planning")


def test_an_unheld_venue_noun_must_be_named_by_the_answering_document() -> None:
    assert unheld_venue_stem(["볼링장", "평일"], {"볼링장"}) == "볼링"
    assert unheld_venue_stem(["볼링장", "평일"], set()) is None  # held: the lexical path's
    assert unheld_venue_stem(["입장", "평일"], {"입장"}) is None  # no venue
    words = ["bowling", "lanes", "clinic", "weekdays"]
    alley = set(english_tokens("Strike Bowling Lanes weekdays"))
    clinic = set(english_tokens("Hanbit Clinic weekdays"))
    assert names_venue("볼링", words, alley)
    assert not names_venue("볼링", words, clinic)


def test_the_askers_baby_sets_the_scene_like_their_child() -> None:
    assert "아기" in scene_terms("아기 데리고 수영장 가도 돼요?")
    assert "애기" in scene_terms("애기 분유 가져가도 되나요?")
    assert "수영장" not in scene_terms("아기 데리고 수영장 가도 돼요?")


def test_a_venue_no_english_word_transcribes_holds_no_document_to_it() -> None:
    words = ["bowling", "lanes", "clinic", "weekdays"]
    assert written_in_english("볼링", words)
    assert not written_in_english("세탁", words)  # 세탁센터: no loanword


def test_the_html_tables_kind_in_another_rows_label_sets_no_row_apart() -> None:
    table = _html_to_markdown(
        "<table><tr><th>Treatment</th><th>Time needed</th></tr>"
        "<tr><td>Whitening treatment</td><td>60 minutes</td></tr>"
        "<tr><td>Scaling</td><td>30 minutes</td></tr></table>"
    )
    raw = "Scaling | 30 minutes |"
    assert html_header_label(raw, table) == "Treatment"
    assert not row_names_other_item("how long does the scaling treatment take", raw, table)
