"""The context fit (:mod:`.scoring`) of one profile with many indexed ones at once.

Per indexed position the table keeps what the fit reads as compact arrays (kind codes,
partnership types, sectors and countries as bit sets, TRL, publication time), so the fit of
a query with its whole candidate pool, from both sides, is a few numpy operations instead
of two Python calls per candidate. It gives the values of ``weighted_mean`` of the scalar
components (the same floating-point operations in the same order; freshness within
rounding). Profiles it cannot represent exactly (repeated sectors, more than 63 distinct
sectors or countries, naive datetimes) make :meth:`ContextTable.fit_many` answer None: the
caller then uses the scalar functions.
"""

from __future__ import annotations

from array import array
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from techbridge.engines.matching import scoring
from techbridge.engines.matching.types import OFFER, REQUEST, ProfileDoc

Floats = npt.NDArray[np.float64]

KIND_CODE = {OFFER: 0, REQUEST: 1}  # 2: anything else
_TYPES = sorted(scoring._PARTNER_OF)
_TYPE_BIT = {t: 1 << i for i, t in enumerate(_TYPES)}
_BITS = 63


def _mask(values: set[str], bit: dict[str, int]) -> int:
    return sum(bit[v] for v in values if v in bit)


def _partners_of(types: tuple[str, ...]) -> int:
    """Types that answer one of ``types`` (``partnership_fit(a, b)``: b's types to look for)."""
    return _mask({y for x in types for y in scoring._PARTNER_OF.get(x, ())}, _TYPE_BIT)


def _answered_by(types: tuple[str, ...]) -> int:
    """Types answered by one of ``types`` (``partnership_fit(b, a)``: b's types to look for)."""
    wanted = set(types)
    return _mask({x for x, ys in scoring._PARTNER_OF.items() if ys & wanted}, _TYPE_BIT)


class ContextTable:
    """What the context fit needs of every indexed position, appended in index order."""

    def __init__(self) -> None:
        self._sector_bit: dict[str, int] = {}
        self._country_bit: dict[str, int] = {}
        self.kinds = array("b")
        self.investor = array("b")
        self.seeks = array("b")
        self.types = array("q")
        self.has_types = array("b")
        self.sectors = array("q")
        self.n_sectors = array("i")
        self.trl = array("i")
        self.countries = array("q")
        self.has_countries = array("b")
        self.published = array("d")
        self.exact = array("b")

    def _bits(self, values: tuple[str, ...], codes: dict[str, int]) -> int | None:
        for v in values:
            if v not in codes:
                if len(codes) >= _BITS:
                    return None
                codes[v] = 1 << len(codes)
        return _mask(set(values), codes)

    def append(self, doc: ProfileDoc) -> None:
        sectors = self._bits(doc.sectors, self._sector_bit)
        countries = self._bits(doc.countries, self._country_bit)
        published = _timestamp(doc.published_at)
        self.exact.append(
            sectors is not None
            and countries is not None
            and len(set(doc.sectors)) == len(doc.sectors)
            and (doc.published_at is None or published is not None)
        )
        self.kinds.append(KIND_CODE.get(doc.kind, 2))
        self.investor.append(scoring.is_investor(doc))
        self.seeks.append("investment_sought" in doc.partnership_types)
        self.types.append(_mask(set(doc.partnership_types), _TYPE_BIT))
        self.has_types.append(bool(doc.partnership_types))
        self.sectors.append(sectors or 0)
        self.n_sectors.append(len(set(doc.sectors)))
        self.trl.append(-1 if doc.trl is None else doc.trl)
        self.countries.append(countries or 0)
        self.has_countries.append(bool(doc.countries))
        self.published.append(np.nan if published is None else published)

    def fit_many(
        self,
        query: ProfileDoc,
        positions: npt.NDArray[np.int64],
        now: datetime | None,
        weights: scoring.ComponentWeights,
    ) -> tuple[Floats, Floats] | None:
        """(fit for the query, fit for each candidate) of the candidates at ``positions``:
        ``weighted_mean`` of the components of ``_context(query, doc)`` and of
        ``_context(doc, query)``; None when they cannot be computed exactly here."""
        now_ts = _timestamp(now) if now is not None else None
        if (now is not None and now_ts is None) or len(set(query.sectors)) != len(query.sectors):
            return None
        if not np.frombuffer(self.exact, dtype=np.int8)[positions].all():
            return None

        def col(values: array[int] | array[float], dtype: type) -> npt.NDArray[Any]:
            return np.frombuffer(values, dtype=dtype)[positions]

        kinds = col(self.kinds, np.int8)
        qk = KIND_CODE.get(query.kind, 2)
        # kind_fit is symmetric.
        paired = ((kinds == 0) & (qk == 1)) | ((kinds == 1) & (qk == 0))
        seeks = ("investment_sought" in query.partnership_types) | (col(self.seeks, np.int8) == 1)
        invests = scoring.is_investor(query) | (col(self.investor, np.int8) == 1)
        kind = np.where(paired | (seeks & invests), 1.0, scoring.KIND_OTHER)
        kind_known = paired | (seeks & invests) | ((kinds != 2) & (qk != 2))

        types = col(self.types, np.int64)
        types_known = bool(query.partnership_types) & (col(self.has_types, np.int8) == 1)
        p_query = np.where(
            (types & _partners_of(query.partnership_types)) != 0, 1.0, scoring.PARTNER_MISS
        )
        p_other = np.where(
            (types & _answered_by(query.partnership_types)) != 0, 1.0, scoring.PARTNER_MISS
        )

        q_sectors = len(set(query.sectors))
        n_sectors = col(self.n_sectors, np.int32)
        sectors_known = (q_sectors > 0) & (n_sectors > 0)
        q_mask = _mask(set(query.sectors), self._sector_bit)
        shared = np.bitwise_count(col(self.sectors, np.int64) & q_mask)
        sector = shared / np.maximum(np.minimum(n_sectors, q_sectors), 1)

        trl = col(self.trl, np.int32)
        trl_known = (query.trl is not None) & (trl >= 0)
        gap = np.abs(trl - (query.trl if query.trl is not None else 0))
        trl_fit = np.maximum(0.0, 1.0 - scoring.TRL_STEP * np.maximum(0, gap - 1))

        geo_known = bool(query.countries) & (col(self.has_countries, np.int8) == 1)
        c_mask = _mask(set(query.countries), self._country_bit)
        geo = np.where((col(self.countries, np.int64) & c_mask) != 0, 1.0, scoring.GEO_OTHER)

        published = col(self.published, np.float64)
        fresh_known = ~np.isnan(published) & (now_ts is not None)
        age = np.maximum(0.0, ((now_ts or 0.0) - np.nan_to_num(published)) / 86400.0)
        fresh = np.power(0.5, age / scoring.HALF_LIFE_DAYS)
        q_fresh = scoring.freshness(query, now)

        w = weights
        common = [
            (w.kind, kind, kind_known),
            (w.partnership, None, types_known),
            (w.sector, sector, sectors_known),
            (w.trl, trl_fit, trl_known),
            (w.geography, geo, geo_known),
        ]
        out = []
        for p, last, last_known in (
            (p_query, fresh, fresh_known),
            (p_other, np.full(len(positions), q_fresh or 0.0), q_fresh is not None),
        ):
            total = np.zeros(len(positions))
            norm = np.zeros(len(positions))
            for weight, value, known in [*common, (w.freshness, last, last_known)]:
                v = p if value is None else value
                total = total + np.where(known, float(weight) * v, 0.0)
                norm = norm + np.where(known, float(weight), 0.0)
            out.append(np.where(norm > 0, total / np.where(norm > 0, norm, 1.0), 1.0))
        return out[0], out[1]


def _timestamp(when: datetime | None) -> float | None:
    if when is None or when.tzinfo is None or when.utcoffset() is None:
        return None
    return when.timestamp()
