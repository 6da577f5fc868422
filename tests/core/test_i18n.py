"""Lists joined the way each UI language joins them."""

from __future__ import annotations

from django.utils import translation

from techbridge.core.i18n import join_list, render


def test_english_lists() -> None:
    with translation.override("en"):
        assert join_list(["a", "b", "c"]) == "a, b, c"
        assert join_list(["a", "b", "c"], style="and") == "a, b and c"
        assert join_list(["x, y", "z"], style="clauses") == "x, y; z"
        assert join_list(["One.", "Two."], style="sentences") == "One. Two."
        assert join_list(["only"], style="and") == "only"
        assert join_list([], style="sentences") == ""


def test_chinese_lists() -> None:
    with translation.override("zh-hans"):
        assert join_list(["锂", "钠", ""]) == "锂、钠"
        assert join_list(["锂", "钠", "钾"], style="and") == "锂、钠和钾"
        assert join_list(["甲，乙", "丙"], style="clauses") == "甲，乙；丙"
        assert join_list(["一。", "二。", "三。"], style="sentences") == "一。二。三。"


def test_render_in_a_given_language_leaves_the_active_one() -> None:
    with translation.override("en"):
        assert render(lambda: join_list(["a", "b"]), "zh-hans") == "a、b"
        assert render(lambda: join_list(["a", "b"]), "xx") == "a, b"  # unknown: the default
        assert translation.get_language() == "en"
