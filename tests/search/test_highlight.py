"""Highlighted titles and snippets: every occurrence of a query term is marked, escaped."""

from __future__ import annotations

from techbridge.search.highlight import highlight, snippet


def test_chinese_terms_are_marked_wherever_they_occur() -> None:
    terms = frozenset({"氢气", "半导", "导体", "半导体"})
    marked = str(highlight("VOC和氢气等气体，半导体与导体", terms))
    assert marked == "VOC和<mark>氢气</mark>等气体,<mark>半导体</mark>与<mark>导体</mark>"


def test_overlapping_terms_merge_into_one_mark() -> None:
    assert (
        str(highlight("电池回收", frozenset({"电池", "池回", "回收"}))) == "<mark>电池回收</mark>"
    )


def test_words_are_marked_by_their_stems_and_text_stays_escaped() -> None:
    text = "<b>Batteries</b> & battery recycling"
    marked = str(snippet(text, frozenset({"batteri"})))
    assert (
        marked == "&lt;b&gt;<mark>Batteries</mark>&lt;/b&gt; &amp; <mark>battery</mark> recycling"
    )
