"""Screens for a sentence that names the asked words yet is about something else.

Each screen is a closed-class reading of one sentence against the question, kept in
its own module; this one runs them together so that the extractive answer
(:mod:`tools.rag.answer`) skips such a sentence with a single check:

- :mod:`tools.rag.sibling_topics`: its Korean topic is a sibling product (쿠폰권 for 회원권);
- :mod:`tools.rag.other_kind_subject`: its subject is another kind of the thing an
  "is there …?" question asks for (the family discount, for a student discount), or
  neither it nor its heading names the asked kind;
- :mod:`tools.rag.free_subject`: what it says goes free is not the priced item;
- :mod:`tools.rag.payment_means`: it names no way to pay, asked how to pay;
- :mod:`tools.rag.writer_acts`: the writer ("we") does the act the asker asks about;
- :mod:`tools.rag.lacked_qualifiers`: it names the kind with a qualifier the question
  asks to be without (도수 선글라스, for 도수 없는 선글라스);
- :mod:`tools.rag.excluded_alternatives`: it names only the thing the question sets aside
  (the wreath's row, for "화환 말고 꽃바구니");
- :mod:`tools.rag.offered_services`: it cannot say whether a service asked for ("do you
  repair shoes?") is offered: it names the object in another role, or not at all;
- :mod:`tools.rag.figure_heads`: it puts the question's measured figure on the bare head
  ("40-page album", for a 40 page parent album);
- :mod:`tools.rag.free_topic`: what its "X는 무료" makes free is not the priced thing;
- :mod:`tools.rag.things_to_bring`: it names nothing to bring, asked what to bring;
- :mod:`tools.rag.weather_kinds`: it names no rule for the weather asked (gales, for rain);
- :mod:`tools.rag.lost_items`: it names no loss, asked what happens when a thing is lost;
- :mod:`tools.rag.sold_items`: it names no sale or price, asked whether a thing is sold;
- :mod:`tools.rag.negated_other_item_56r`: it refuses another item of the asked item's section;
- :mod:`tools.rag.alcohol_with_58r`: it names no alcohol, asked whether one may drink;
- :mod:`tools.rag.missed_deadline_65m`: it states a time limit, asked what follows passing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.alcohol_with_58r import misses_asked_alcohol
from tools.rag.excluded_alternatives import names_only_the_excluded
from tools.rag.figure_heads import figure_on_the_bare_head
from tools.rag.free_subject import frees_unnamed_subject
from tools.rag.free_topic import frees_unnamed_topic
from tools.rag.lacked_qualifiers import names_the_excluded_kind
from tools.rag.lost_items import names_no_loss
from tools.rag.missed_deadline_65m import states_only_the_limit
from tools.rag.negated_other_item_56r import negates_another_item
from tools.rag.offered_services import misses_offered_service
from tools.rag.other_kind_subject import misses_asked_modifier, subject_is_other_kind
from tools.rag.payment_means import names_no_payment_means
from tools.rag.sibling_topics import topic_is_sibling_kind
from tools.rag.sold_items import names_no_sale
from tools.rag.things_to_bring import names_nothing_to_bring
from tools.rag.weather_kinds import misses_asked_weather
from tools.rag.writer_acts import writer_does_the_asked_act

__all__ = ["about_another_subject"]


def about_another_subject(
    question: str,
    sentence: str,
    heading: str,
    groups: Sequence[frozenset[str]],
    answer_type: str | None,
) -> bool:
    """Whether the sentence, though it shares the question's words, answers no part of it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        heading: The heading of the sentence's passage.
        groups: The question's terms, each with its equivalents in either language.
        answer_type: The kind of answer the question asks for (None: yes/no, what happens).

    Returns:
        True when any screen finds the sentence about another subject.
    """
    return (
        topic_is_sibling_kind(question, sentence)
        or subject_is_other_kind(question, sentence)
        or misses_asked_modifier(question, sentence, heading, groups)
        or (answer_type == "amount" and frees_unnamed_subject(groups, sentence))
        or (answer_type == "amount" and frees_unnamed_topic(groups, sentence))
        or names_no_payment_means(question, sentence)
        or writer_does_the_asked_act(question, sentence)
        or names_the_excluded_kind(question, sentence)
        or names_only_the_excluded(question, sentence)
        or misses_offered_service(question, sentence)
        or figure_on_the_bare_head(question, sentence, heading)
        or names_nothing_to_bring(question, sentence)
        or misses_asked_weather(question, sentence)
        or names_no_loss(question, sentence)
        or names_no_sale(question, sentence)
        or negates_another_item(sentence, heading, groups, answer_type)  # "Alcohol is never …"
        or misses_asked_alcohol(question, sentence)  # drinking asked, no alcohol named
        or states_only_the_limit(question, sentence)  # a limit, asked what follows passing it
    )
