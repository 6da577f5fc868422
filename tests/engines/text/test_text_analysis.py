"""The text-analysis API that search and matching rely on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.text import detect_language, index_terms, normalise, query_terms


class TestNormalise:
    def test_folds_traditional_to_simplified_with_mainland_words(self) -> None:
        assert normalise("鋰電池回收") == "锂电池回收"
        assert normalise("軟體") == "软件"

    def test_nfkc_and_whitespace(self) -> None:
        assert normalise("  ＡＢＣ\t１２３ \n\n x ") == "ABC 123 x"

    def test_removes_nul_controls_and_lone_surrogates(self) -> None:
        assert normalise("a\x00b\ud800c\x07d") == "a b c d"

    def test_empty(self) -> None:
        assert normalise("") == ""

    @given(st.text())
    @settings(max_examples=200, deadline=None)
    def test_never_raises_and_is_encodable(self, text: str) -> None:
        out = normalise(text)
        out.encode("utf-8")
        assert "\x00" not in out
        assert out == out.strip()


class TestDetectLanguage:
    def test_chinese(self) -> None:
        assert detect_language("废旧锂电池回收技术") == "zh"

    def test_chinese_with_acronyms_is_chinese(self) -> None:
        assert detect_language("基于5G和AI的CNC机床远程运维系统") == "zh"

    def test_english(self) -> None:
        assert detect_language("Recycling of lithium-ion batteries") == "en"

    def test_other_languages(self) -> None:
        assert detect_language("Die Technologie ist nicht für den Export") == "other"
        assert detect_language("la technologie pour les batteries et des moteurs") == "other"
        assert detect_language("リチウム電池のリサイクル") == "other"
        assert detect_language("Переработка батарей") == "other"

    def test_undecidable(self) -> None:
        for text in ("", "12345", "😀😀", "   "):
            assert detect_language(text) == "other"

    @given(st.text())
    @settings(max_examples=200, deadline=None)
    def test_total(self, text: str) -> None:
        assert detect_language(text) in {"zh", "en", "other"}


class TestIndexTerms:
    def test_query_for_part_of_a_compound_finds_it(self) -> None:
        doc = set(index_terms("一种废旧锂电池回收方法"))
        query = set(query_terms("电池回收"))
        assert {"电池", "回收"} <= doc & query

    def test_traditional_text_indexes_like_simplified(self) -> None:
        assert index_terms("鋰電池回收") == index_terms("锂电池回收")

    def test_english_is_lowercased_stemmed_without_stop_words(self) -> None:
        assert index_terms("The Recycling of Batteries") == ["recycl", "batteri"]

    def test_mixed_text(self) -> None:
        terms = index_terms("基于CNC的智能制造 for Batteries")
        assert "cnc" in terms
        assert "智能制造" in terms
        assert "batteri" in terms

    def test_chinese_stop_words_removed(self) -> None:
        assert "的" not in index_terms("电池的回收")

    def test_taxonomy_terms_are_words(self) -> None:
        assert "碳捕集" in index_terms("燃煤电厂碳捕集示范")

    def test_other_scripts_fall_back_to_words(self) -> None:
        assert index_terms("Переработка батарей") == ["переработка", "батарей"]

    def test_degenerate_inputs(self) -> None:
        assert index_terms("") == []
        assert index_terms("😀") == []
        assert index_terms("2024") == ["2024"]

    def test_query_is_capped(self) -> None:
        assert len(query_terms("battery " * 10_000)) == 500 // len("battery ") + 1

    def test_long_text_is_fine(self) -> None:
        assert len(index_terms("锂电池回收 recycling " * 5000)) >= 10_000

    @given(st.text(max_size=300))
    @settings(max_examples=200, deadline=None)
    def test_deterministic_and_total(self, text: str) -> None:
        first = index_terms(text)
        assert first == index_terms(text)
        assert all(t and " " not in t for t in first)
        assert isinstance(query_terms(text), list)
