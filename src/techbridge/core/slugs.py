"""Readable addresses for names in any script: Chinese words become pinyin
("苏州纳米科技有限公司" → "suzhou-nami-keji-youxiangongsi"), other text is slugified."""

from __future__ import annotations

import re

from django.utils.text import slugify
from pypinyin import Style, lazy_pinyin

from techbridge.engines.text.analysis import accurate_words

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _pinyin_words(run: str) -> str:
    words = accurate_words(run)
    return " ".join("".join(lazy_pinyin(w, style=Style.NORMAL, errors="ignore")) for w in words)


def slug_for(name: str, *, max_length: int = 40) -> str:
    """An ASCII slug of `name`, Chinese characters spelled in pinyin word by word; "" when
    nothing readable is left (the caller falls back to an id)."""
    text = HAN_RUN.sub(lambda m: f" {_pinyin_words(m.group(0))} ", name)
    slug = slugify(text)[:max_length].strip("-")
    return slug
