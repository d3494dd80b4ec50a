from __future__ import annotations

import pytest

from omis.requests.lifecycle import Actor, Status, Verdict, decide_transition

S = Status


@pytest.mark.parametrize(
    ("current", "new", "actor", "verdict"),
    [
        (S.SENT, S.ACCEPTED, Actor.LETTER, Verdict.APPLIED),
        (S.SENT, S.ON_SITE, Actor.LETTER, Verdict.APPLIED),  # a letter may skip steps forward
        (S.ACCEPTED, S.EN_ROUTE, Actor.LETTER, Verdict.APPLIED),
        (S.ON_SITE, S.LEFT, Actor.LETTER, Verdict.APPLIED),
        (S.ON_SITE, S.EN_ROUTE, Actor.LETTER, Verdict.NOT_APPLIED),  # an older letter: never back
        (S.EN_ROUTE, S.EN_ROUTE, Actor.LETTER, Verdict.NOT_APPLIED),  # equal: nothing to do
        (S.LEFT, S.ON_SITE, Actor.LETTER, Verdict.NOT_APPLIED),  # final closes
        (S.LEFT, S.LEFT, Actor.SCENARIO, Verdict.NOT_APPLIED),
        (S.ACCEPTED, S.SENT, Actor.IMPORT, Verdict.NOT_APPLIED),
        (S.ON_SITE, S.EN_ROUTE, Actor.OPERATOR, Verdict.APPLIED),  # an operator may go back
        (S.LEFT, S.ON_SITE, Actor.OPERATOR, Verdict.APPLIED),  # and reopen
        (S.ACCEPTED, S.ACCEPTED, Actor.OPERATOR, Verdict.NOT_APPLIED),
    ],
)
def test_transition_rules(current: Status, new: Status, actor: Actor, verdict: Verdict) -> None:
    decision = decide_transition(current, new, actor, reason="проверка")
    assert decision.verdict is verdict
    assert decision.applies is (verdict is Verdict.APPLIED)
    if not decision.applies:
        assert decision.reason


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_operator_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValueError, match="причины"):
        decide_transition(S.SENT, S.LEFT, Actor.OPERATOR, reason=reason)


def test_statuses_are_ordered_and_only_the_last_is_final() -> None:
    assert [s.rank for s in S] == [0, 1, 2, 3, 4]
    assert [s.is_final for s in S] == [False, False, False, False, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("подрядчик в пути", S.EN_ROUTE), ("  Заявка  Принята ", S.ACCEPTED), ("left", S.LEFT)],
)
def test_status_parse_accepts_russian_and_english(text: str, expected: Status) -> None:
    assert Status.parse(text) is expected


def test_status_parse_lists_choices_on_error() -> None:
    with pytest.raises(ValueError, match="допустимые: «заявка отправлена»"):
        Status.parse("едут")
