"""The engine's index: each profile analysed once (normalised text, index terms in its own
language and in the English pivot, the text to embed), then held in two BM25 indexes, a
vector index and per-position arrays (alive, organisation, context columns) that queries
read without copying. :mod:`.querying` asks it questions, :mod:`.batch` many at once."""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from techbridge.engines.matching import scoring
from techbridge.engines.matching.context import ContextTable
from techbridge.engines.matching.crosslingual import CrossLingual, pivot_terms
from techbridge.engines.matching.dense import VectorIndex
from techbridge.engines.matching.evidence import InverseGlosses
from techbridge.engines.matching.feedback import FeedbackModel
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.representation import Encoder, load_encoder
from techbridge.engines.matching.senses import SenseChooser
from techbridge.engines.matching.types import ProfileDoc
from techbridge.engines.text.analysis import analyse
from techbridge.engines.text.language import detect_language
from techbridge.engines.text.normalisation import normalise

FloatArray = npt.NDArray[np.float32]


def embed_key(text: str) -> int:
    """A signed 64-bit digest of the text a profile's vector was embedded from, the same in
    every process (Python's ``hash()`` is salted per process, so an engine loaded from another
    process's snapshot would see every key differ and re-embed each query)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


@dataclass(frozen=True, slots=True)
class MatchingConfig:
    """How the engine represents, retrieves and scores. The defaults are the measured ones."""

    encoder: str = "use"
    cache_dir: Path | None = None
    max_chars: int = 20_000
    embed_chars: int = 600
    translate_chars: int = 3000
    pool: int = 100
    max_query_terms: int = 48
    k1: float = 1.5
    b: float = 1.0
    w_translated: float = 1.0
    w_pivot: float = 1.0
    w_dense: float = 0.5
    neighbours: int = 10
    w_neighbours: float = 0.2
    # Gloss each Chinese word by the CC-CEDICT sense the encoder puts closest to it
    # (.senses) instead of its first two senses; needs an encoder. Off: it gains on the
    # hand-set fusion but not on the learned one as fitted (docs/matching.md).
    sense_choice: bool = False
    learned: bool = True
    complementary_only: bool = True
    reciprocity: bool = True
    context: scoring.ComponentWeights = field(default_factory=scoring.ComponentWeights)
    feedback: FeedbackModel | None = None
    ivf_threshold: int = 200_000
    threads: int = 1


@dataclass(frozen=True, slots=True)
class AnalysedProfile:
    text: str
    truncated: bool
    lang: str
    native: list[str]
    pivot: list[str]
    embed_text: str
    title_native: list[str] = field(default_factory=list)
    title_pivot: list[str] = field(default_factory=list)


class ProfileIndex:
    """Indexed profiles: build, add, remove (the engine's first layer)."""

    def __init__(self, config: MatchingConfig | None = None, encoder: Encoder | None = None):
        self.config = config or MatchingConfig()
        if encoder is None and self.config.encoder != "none":
            encoder = load_encoder(
                self.config.encoder, cache_dir=self.config.cache_dir, threads=self.config.threads
            )
        self.encoder = encoder
        self.senses: SenseChooser | None = None
        if encoder is not None and self.config.sense_choice:
            # the model itself, not its on-disk cache of document vectors (analysis may run
            # in forked processes); words are embedded as documents, not as queries
            model = getattr(encoder, "inner", encoder)
            self.senses = SenseChooser(model.encode_documents)
        self.cross_lingual = CrossLingual(encoder, self.senses)
        self._background: ThreadPoolExecutor | None = None
        self._reset()

    def _reset(self) -> None:
        c = self.config
        self._native = BM25Index(k1=c.k1, b=c.b)
        self._pivot = BM25Index(k1=c.k1, b=c.b)
        # Titles alone (the learned fusion asks which query terms a title names).
        self._title_native = BM25Index(k1=c.k1, b=c.b)
        self._title_pivot = BM25Index(k1=c.k1, b=c.b)
        dim = self.encoder.dim if self.encoder is not None else 1
        self._vectors = VectorIndex(dim, ivf_threshold=c.ivf_threshold)
        self._docs: list[ProfileDoc | None] = []
        self._truncated: list[bool] = []
        self._pos: dict[str, int] = {}
        # Per-position flags as compact arrays, viewed by numpy without copying.
        self._alive = array("b")
        self._zh = array("b")
        self._orgs = array("i")
        self._org_codes: dict[str, int] = {}
        # A hash of each profile's embedded text: its indexed vector can serve as its query
        # vector (top_many) while the text is unchanged.
        self._embed_keys = array("q")
        self._table = ContextTable()
        # stem -> Chinese words of the native vocabulary (explanations' evidence)
        self._inverse = InverseGlosses()

    def __len__(self) -> int:
        return len(self._pos)

    def __contains__(self, profile_id: object) -> bool:
        return profile_id in self._pos

    def term_idf(self, term: str) -> float:
        """The IDF of an index term (a Chinese word or an English stem) among the indexed
        profiles of its script: how well it tells profiles apart (listing quality)."""
        return self._native.idf(term)

    def indexed(self) -> list[ProfileDoc]:
        """The indexed profiles (without their descriptions, which the index does not keep)."""
        return [d for d in self._docs if d is not None]

    def _analyse(self, doc: ProfileDoc) -> AnalysedProfile:
        body = " ".join([doc.title, doc.summary, " ".join(doc.keywords), doc.description])
        text = normalise(body)
        truncated = len(text) > self.config.max_chars
        text = text[: self.config.max_chars]
        title = normalise(doc.title)
        lang = doc.lang if doc.lang in ("zh", "en") else detect_language(text[:2000])
        raw = f"{doc.title}. {doc.summary} {doc.description}"[: self.config.embed_chars * 2]
        embed_text = normalise(raw)
        title_native = analyse(title)
        title_pivot = pivot_terms(title, normalised=True, senses=self.senses)
        return AnalysedProfile(
            text=text,
            truncated=truncated,
            lang=lang,
            native=analyse(text) + title_native,
            pivot=pivot_terms(text, normalised=True, senses=self.senses) + title_pivot,
            embed_text=embed_text[: self.config.embed_chars],
            title_native=title_native,
            title_pivot=title_pivot,
        )

    def _remember(self, doc: ProfileDoc, analysed: AnalysedProfile) -> None:
        self._pos[doc.id] = len(self._docs)
        # Keep what scoring and explanations need, not descriptions (memory at a million).
        self._docs.append(replace(doc, description="") if doc.description else doc)
        self._truncated.append(analysed.truncated)
        self._alive.append(1)
        self._zh.append(1 if analysed.lang == "zh" else 0)
        org = -1
        if doc.org_id is not None:
            org = self._org_codes.setdefault(doc.org_id, len(self._org_codes))
        self._orgs.append(org)
        self._embed_keys.append(embed_key(analysed.embed_text))
        self._table.append(doc)

    def build(self, docs: Iterable[ProfileDoc]) -> None:
        """Index ``docs``, replacing everything (embeddings come from the cache when set)."""
        self.build_analysed((doc, self._analyse(doc)) for doc in docs)

    def analyse(self, doc: ProfileDoc) -> AnalysedProfile:
        """The engine's analysis of one profile (reusable with :meth:`build_analysed`)."""
        return self._analyse(doc)

    def build_analysed(self, pairs: Iterable[tuple[ProfileDoc, AnalysedProfile]]) -> None:
        """Index already analysed profiles (benchmarks reuse one analysis for many copies)."""
        self._reset()
        analysed: list[AnalysedProfile] = []
        for doc, a in pairs:
            if doc.id in self._pos:
                continue
            self._remember(doc, a)
            analysed.append(a)
        self._native.build([a.native for a in analysed])
        self._pivot.build([a.pivot for a in analysed])
        self._title_native.build([a.title_native for a in analysed])
        self._title_pivot.build([a.title_pivot for a in analysed])
        if self.encoder is not None:
            self._vectors.build(self._embed_all([a.embed_text for a in analysed]))

    def _embed_all(self, texts: list[str]) -> npt.NDArray[np.floating[Any]]:
        """Document vectors, embedded in chunks into one matrix: half precision when the
        index will be approximate (IVF), so a million vectors never exist in float32."""
        assert self.encoder is not None
        big = len(texts) >= self.config.ivf_threshold
        matrix = np.empty((len(texts), self.encoder.dim), dtype=np.float16 if big else np.float32)
        step = 50_000
        for i in range(0, len(texts), step):
            matrix[i : i + step] = self.encoder.encode_documents(texts[i : i + step])
        return matrix

    def add(self, doc: ProfileDoc) -> None:
        """Index one more profile (replacing an indexed one with the same id)."""
        if doc.id in self._pos:
            self.remove(doc.id)
        a = self._analyse(doc)
        self._remember(doc, a)
        self._native.add(a.native)
        self._pivot.add(a.pivot)
        self._title_native.add(a.title_native)
        self._title_pivot.add(a.title_pivot)
        if self.encoder is not None:
            self._vectors.add(self.encoder.encode_documents([a.embed_text]))

    def remove(self, profile_id: str) -> None:
        """Forget a profile (no error if it is unknown)."""
        pos = self._pos.pop(profile_id, None)
        if pos is None:
            return
        self._docs[pos] = None
        self._alive[pos] = 0
        self._native.remove(pos)
        self._pivot.remove(pos)
        self._title_native.remove(pos)
        self._title_pivot.remove(pos)

    def _id(self, pos: int) -> str:
        doc = self._docs[pos]
        assert doc is not None
        return doc.id
