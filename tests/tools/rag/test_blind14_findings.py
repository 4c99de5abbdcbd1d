"""Two matches the dense check waved through with the subject unknown (blind set 14).

Found on the fourteenth held-out set: a Korean rule's contact line answered an English
question through the one English word of its e-mail address, and the accepted payment
methods answered a question about paying in a way no document names. The examples here
are our own (a sports club, a bakery), not that set's questions.
"""

from __future__ import annotations

from tools.rag.dense_confirmed import _objects, matched_only_in_address
from tools.rag.textutil import tokenize

CONTACT_LINE = "문의 메일: fitness@sunnyclub.example"


def test_a_term_held_only_inside_an_e_mail_address_is_no_match() -> None:
    terms = tokenize("support fitness rules")
    question = "What yoga support is in the fitness rules?"
    assert matched_only_in_address(CONTACT_LINE, terms, question)


def test_a_question_asking_for_the_address_is_answered_by_it() -> None:
    terms = tokenize("fitness")
    assert not matched_only_in_address(CONTACT_LINE, terms, "what's the fitness club's email?")
    assert not matched_only_in_address(CONTACT_LINE, terms, "피트니스 문의 메일 주소 알려줘요")


def test_a_term_the_sentence_states_outside_the_address_still_matches() -> None:
    line = "Fitness classes are booked by writing to desk@sunnyclub.example."
    terms = tokenize("fitness class")
    assert not matched_only_in_address(line, terms, "How do I book fitness classes?")
    assert not matched_only_in_address("Fitness classes start at 7.", terms, "When do they start?")


def test_the_noun_after_a_manner_preposition_is_what_the_question_is_about() -> None:
    assert tokenize("cheque")[0] in _objects("can we pay by cheque at the bakery?")
    assert tokenize("bitcoin")[0] in _objects("Can I pay with bitcoin?")
    # A phrasal verb's particle followed by a place is no manner ("get back from a trip").
    assert _objects("can I get back from a trip early?") == set()
