"""The profile ids an audience may see, asked of the database: the permission filter and
"live" stay in SQL (``visible_filter(actor)``, the one place that decides), the resident
index turns the answer into a boolean mask by id (``resident.Mask``)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from django.db import connection


def visible_ids(base: str, params: list[Any], ids: list[int] | None) -> list[int]:
    """The ids among ``ids`` (all: None) of the rows that ``base`` (a WHERE clause over
    ``search_document``) admits."""
    sql = f"SELECT profile_id FROM search_document WHERE {base}"  # noqa: S608
    if ids is not None:
        sql += f" AND profile_id IN ({', '.join(['%s'] * len(ids))})"
        params = [*params, *ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [r[0] for r in cursor.fetchall()]


def all_visible_ids(base: str, params: list[Any]) -> npt.NDArray[np.int64]:
    """Every id ``base`` admits. On PostgreSQL as one value of packed 8-byte integers: a
    million rows fetched one by one cost a cold process seconds and ~100 MB of Python
    objects that then stay in its private memory."""
    if connection.vendor != "postgresql":
        return np.asarray(visible_ids(base, params, None), np.int64)
    sql = f"SELECT string_agg(int8send(profile_id), ''::bytea) FROM search_document WHERE {base}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        packed = cursor.fetchone()[0]
    return np.frombuffer(bytes(packed or b""), dtype=">i8").astype(np.int64)


def grown(seen: npt.NDArray[np.bool_], top: int) -> npt.NDArray[np.bool_]:
    """A copy of ``seen`` long enough to hold id ``top``."""
    if top < seen.size:
        return seen.copy()
    out = np.zeros(top + 1, bool)
    out[: seen.size] = seen
    return out
