"""Technology concepts: the bilingual vocabulary the demo listings are written from.

A concept is one technology (one "thing" that is offered or sought) written once in English
and once in Chinese, each with its own title, topic, problem, solution, applications,
advantages and keywords. An English offer and a Chinese request built from the same concept
share meaning, not words: that is what the cross-language matching has to find.

The concepts are data: one text file per group of fields (`FILES`, next to this module)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["CONCEPTS", "Concept", "Text", "concept"]


@dataclass(frozen=True, slots=True)
class Text:
    """One language's rendering of a concept."""

    title: str  # an offer's title, a noun phrase
    topic: str  # short noun phrase used by requests ("Seeking {topic}")
    problem: str  # the need or pain, one or two sentences
    solution: str  # what the technology does, one to three sentences
    applications: tuple[str, ...]
    advantages: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Concept:
    key: str
    sectors: tuple[str, ...]  # first one is the main field
    en: Text
    zh: Text

    def text(self, language: str) -> Text:
        return self.zh if language == "zh" else self.en


def _items(line: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in line.replace("；", ";").split(";") if p.strip())


def _text(block: str) -> Text:
    lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
    if len(lines) != 7:
        raise ValueError(f"a concept text needs 7 lines, got {len(lines)}: {lines[:1]}")
    title, topic, problem, solution, apps, advs, kws = lines
    return Text(title, topic, problem, solution, _items(apps), _items(advs), _items(kws))


def concept(key: str, sectors: str, en: str, zh: str) -> Concept:
    """Build a concept from two 7-line blocks: title, topic, problem, solution,
    applications, advantages and keywords (the last three separated by semicolons)."""
    return Concept(key, tuple(sectors.split()), _text(en), _text(zh))


# The data files, one per group of fields, in the order their concepts are numbered.
FILES = ("digital", "industry", "energy", "environment", "materials", "life", "resources")


def parse(text: str) -> list[Concept]:
    """The concepts of one data file: blocks separated by a blank line, each a ``[key]
    sectors`` line, then the English and the Chinese 7-line texts (see `concept`); lines
    starting with ``#`` are comments."""
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    blocks = "\n".join(lines).strip().split("\n\n")
    out = []
    for block in blocks:
        head, *rest = block.strip().splitlines()
        key, _, sectors = head.partition("] ")
        if not key.startswith("[") or len(rest) != 14:
            raise ValueError(f"a concept needs a [key] line and 14 lines: {head!r}")
        out.append(concept(key[1:], sectors, "\n".join(rest[:7]), "\n".join(rest[7:])))
    return out


def _load() -> tuple[Concept, ...]:
    folder = Path(__file__).parent
    out: list[Concept] = []
    for name in FILES:
        out.extend(parse((folder / f"{name}.txt").read_text(encoding="utf-8")))
    return tuple(out)


CONCEPTS: tuple[Concept, ...] = _load()
