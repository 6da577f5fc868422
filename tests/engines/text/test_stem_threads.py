"""Stemming from many threads at once (gunicorn runs 4 threads a worker): the Snowball
stemmer keeps its state on the object, so threads sharing one stemmer corrupted each other's
words (an IndexError, a 500 on /search/ found by `techbridge bench load`)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import snowballstemmer

from techbridge.engines.text import analysis

WORDS = [f"{stem}{suffix}" for stem in ("recycl", "batter", "process", "hydrogen", "catalys",
         "membran", "electrolys", "generat", "nation", "condition") for suffix in
         ("ing", "ies", "ed", "ation", "ational", "ness", "fully", "ically", "ers", "ements")]  # fmt: skip


def test_stemming_from_many_threads_gives_the_same_stems() -> None:
    reference = snowballstemmer.stemmer("english")
    expected = {w: reference.stemWord(w) for w in WORDS}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, as on a busy server
    try:
        for _round in range(30):
            analysis.stem.cache_clear()  # every word stems for real
            with ThreadPoolExecutor(max_workers=8) as pool:
                stems = list(pool.map(analysis.stem, WORDS))
            assert stems == [expected[w] for w in WORDS]
    finally:
        sys.setswitchinterval(interval)
