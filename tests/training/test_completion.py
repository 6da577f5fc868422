"""The completion rule: a pure function, checked on examples and by properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.training.completion import Mark, Rule, evaluate

P, L, E, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT
marks = st.lists(st.sampled_from([P, L, E, A, None]), max_size=20)
rules = st.builds(
    Rule, min_percent=st.integers(1, 100), late_counts=st.booleans(), excused_reduce=st.booleans()
)
FEW = settings(max_examples=150, deadline=None)


def test_examples() -> None:
    rule = Rule(80)
    assert evaluate(rule, [P, P, P, P, A]).met  # 4 of 5 is exactly 80 %
    assert not evaluate(rule, [P, P, P, A]).met  # 75 %
    assert evaluate(rule, [P, L, P, P, A]).met
    assert not evaluate(Rule(80, late_counts=False), [P, L, P, P, A]).met
    assert not evaluate(rule, [P, P, P, E, A]).met
    assert evaluate(Rule(75, excused_reduce=True), [P, P, P, E, A]).met  # 3 of 4
    progress = evaluate(rule, [P, P, None, None, None])
    assert (progress.needed, progress.reachable, progress.percent) == (2, True, 40)
    assert not evaluate(rule, [A, A, None, None, None]).reachable
    assert not evaluate(rule, []).met  # no sessions, no completion
    assert not evaluate(Rule(50, excused_reduce=True), [E, E]).met


def test_rule_bounds() -> None:
    with pytest.raises(ValueError):
        Rule(0)
    with pytest.raises(ValueError):
        Rule(101)


@FEW
@given(rules, marks)
def test_met_means_reachable_and_nothing_needed(rule: Rule, ms: list) -> None:
    p = evaluate(rule, ms)
    assert 0 <= p.attended <= p.recorded <= p.total == len(ms)
    assert 0 <= p.percent <= 100
    if p.met:
        assert p.reachable and p.needed == 0
    if p.counted > 0:
        assert p.met == (p.needed == 0)
        # integer arithmetic: the boundary is exact
        assert p.met == (p.attended * 100 >= rule.min_percent * p.counted)


@FEW
@given(rules, marks, st.data())
def test_attending_one_more_session_never_undoes_completion(rule: Rule, ms: list, data) -> None:
    if not ms:
        return
    i = data.draw(st.integers(0, len(ms) - 1))
    before = evaluate(rule, ms)
    after = evaluate(rule, [*ms[:i], P, *ms[i + 1 :]])
    if ms[i] != E or not rule.excused_reduce:
        assert after.attended >= before.attended
        assert after.met or not before.met


@FEW
@given(rules, marks, st.randoms())
def test_order_of_sessions_does_not_matter(rule: Rule, ms: list, rnd) -> None:
    shuffled = list(ms)
    rnd.shuffle(shuffled)
    assert evaluate(rule, ms) == evaluate(rule, shuffled)


@FEW
@given(st.integers(1, 100), st.booleans(), marks)
def test_counting_late_never_hurts(percent: int, excused: bool, ms: list) -> None:
    strict = evaluate(Rule(percent, late_counts=False, excused_reduce=excused), ms)
    lenient = evaluate(Rule(percent, late_counts=True, excused_reduce=excused), ms)
    assert lenient.met or not strict.met


@FEW
@given(st.integers(1, 100), marks)
def test_leaving_excused_out_never_hurts(percent: int, ms: list) -> None:
    strict = evaluate(Rule(percent, excused_reduce=False), ms)
    lenient = evaluate(Rule(percent, excused_reduce=True), ms)
    assert lenient.met or not strict.met


@FEW
@given(marks)
def test_full_attendance_rule(ms: list) -> None:
    p = evaluate(Rule(100, late_counts=True), ms)
    assert p.met == (bool(ms) and all(m in (P, L) for m in ms))
