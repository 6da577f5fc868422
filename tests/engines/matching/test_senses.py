"""Choosing the CC-CEDICT sense of a Chinese word with the encoder (engines.matching.senses)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.matching.crosslingual import concepts, pivot_terms, translated_terms
from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.representation import HashingEncoder
from techbridge.engines.matching.senses import SenseChooser
from techbridge.engines.text.lexicon import MAX_STEMS_PER_WORD, Lexicon, lexicon

SENSES = (("to process", ("process",)), ("processing", ("process",)), ("working", ("work",)))


def _lexicon(senses: tuple[tuple[str, tuple[str, ...]], ...] = SENSES) -> Lexicon:
    return Lexicon(
        zh_to_en={"加工": ("process", "work"), "电池": ("batteri",)},
        en_to_zh={},
        zh_display={"加工": "to process", "电池": "battery"},
        zh_senses={"加工": senses},
    )


class Toy:
    """An 'encoder' that puts a text at a fixed unit vector: ``near`` next to the word."""

    def __init__(self, near: str) -> None:
        self.near = near
        self.calls: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.calls.append(list(texts))
        rows = [[1.0, 0.0] if t in ("加工", self.near) else [0.0, 1.0] for t in texts]
        return np.asarray(rows, dtype=np.float32)


def test_the_sense_closest_to_the_word_glosses_it() -> None:
    chooser = SenseChooser(Toy(near="working"), _lexicon())
    assert chooser.gloss("加工") == ("process", "work")  # not prepared: the lexicon's
    chooser.prepare(["加工", "电池"])
    assert chooser.gloss("加工") == ("work",)
    assert chooser.english_name("加工") == "working"
    assert chooser.gloss("电池") == ("batteri",)  # one sense: nothing to choose


def test_each_word_is_embedded_once_in_one_batch() -> None:
    encode = Toy(near="to process")
    chooser = SenseChooser(encode, _lexicon())
    chooser.prepare(["加工", "加工", "电池"])
    chooser.prepare(["加工"])
    assert encode.calls == [["加工", "to process", "processing", "working"]]


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet="abcdefgh ", min_size=1, max_size=12),
            st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "epsilon"]), min_size=1),
        ),
        min_size=2,
        max_size=8,
    ),
    st.integers(min_value=0, max_value=2**31 - 1),
)
def test_a_chosen_gloss_is_one_sense_capped_and_deterministic(
    raw: list[tuple[str, list[str]]], seed: int
) -> None:
    senses = tuple((text, tuple(stems)) for text, stems in raw)

    def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        rng = np.random.default_rng([seed, *(ord(c) for c in "".join(texts))])
        m = rng.normal(size=(len(texts), 4)).astype(np.float32)
        return m / np.linalg.norm(m, axis=1, keepdims=True)

    first, second = SenseChooser(encode, _lexicon(senses)), SenseChooser(encode, _lexicon(senses))
    first.prepare(["加工"])
    second.prepare(["加工"])
    gloss = first.gloss("加工")
    assert gloss == second.gloss("加工")
    assert gloss in {stems[:MAX_STEMS_PER_WORD] for _, stems in senses}


def test_lexicon_keeps_the_senses_of_ambiguous_words() -> None:
    senses = lexicon().senses("加工")
    assert len(senses) > 1
    assert all(text and stems for text, stems in senses)
    assert lexicon().senses("锂电池") == ()  # a single sense


def test_text_functions_gloss_with_the_chosen_sense() -> None:
    chooser = SenseChooser(Toy(near="working"), _real_with(SENSES))
    assert "process" in pivot_terms("加工")
    assert pivot_terms("加工", senses=chooser) == ["work"]
    assert translated_terms("加工", senses=chooser) == ["work"]
    assert concepts("加工", senses=chooser)["加工"] == ("working", "加工", ("work",))


def _real_with(senses: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    lex = lexicon()
    return Lexicon(
        zh_to_en=lex.zh_to_en,
        en_to_zh=lex.en_to_zh,
        zh_display=lex.zh_display,
        zh_senses={**lex.zh_senses, "加工": senses},
    )


def test_the_engine_chooses_senses_when_asked_and_has_an_encoder() -> None:
    encoder = HashingEncoder(dim=64)
    assert MatchingEngine(MatchingConfig(encoder="none")).senses is None
    assert MatchingEngine(MatchingConfig(), encoder=encoder).senses is None  # off by default
    engine = MatchingEngine(MatchingConfig(sense_choice=True), encoder=encoder)
    assert engine.senses is not None
    assert engine.cross_lingual.translate("加工") == translated_terms("加工", senses=engine.senses)
