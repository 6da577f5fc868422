"""Browser checks shared by the e2e tests: axe-core (vendored, never fetched) and the language
walk (no English UI word on a Chinese page)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}

# Latin words a Chinese page may show: the platform's name, standard abbreviations and units.
ALLOWED_LATIN = {
    "techbridge",
    "api",
    "b2b",
    "trl",
    "ip",
    "nda",
    "pdf",
    "csv",
    "xlsx",
    "excel",
    "ics",
    "ical",
    "cpd",
    "kyc",
    "sla",
    "qr",
    "cny",
    "rmb",
    "usd",
    "eur",
    "id",
    "url",
    "rss",
    "atom",
    "openapi",
    "token",
    "bearer",
    "authorization",
    "english",
    "kb",
    "mb",
    "png",
    "jpeg",
    "gif",
    "webp",
    "office",
    "ai",
    # identifiers shown as examples: ISO country codes, IANA time zones
    "de",
    "iana",
    "asia",
    "europe",
    # the search box's bilingual example query ("电池回收 或 battery recycling")
    "battery",
    "recycling",
}

TEXT_JS = """() => {
  const skip = "script,style,code,kbd,pre,[translate=no],[lang]:not([lang^=zh])";
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || el.closest(skip)) continue;
    if (!el.getClientRects().length && !el.closest("option,select")) continue;
    const text = node.textContent.trim();
    if (text) out.push(text);
  }
  document.querySelectorAll("[placeholder],[aria-label],[title],img[alt]").forEach((el) => {
    if (el.closest(skip)) return;
    for (const a of ["placeholder", "aria-label", "title", "alt"]) {
      const v = el.getAttribute(a);
      if (v) out.push(v);
    }
  });
  return out;
}"""

NOT_WORDS = re.compile(
    r"https?://\S+|[\w.+-]+@[\w.-]+|/[\w./?=&%-]*|\b[A-Z]{2}\d[\w./-]*|\b\w*\d\w*\b"
)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def axe_violations(page: Any) -> list[str]:
    """Serious and critical axe-core violations of the page, one line each."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
          const r = await axe.run(document, {resultTypes: ["violations"]});
          return r.violations.map(v => ({id: v.id, impact: v.impact,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}): {', '.join(v['nodes'])}"
        for v in result
        if v["impact"] in BLOCKING
    ]


def english_words(page: Any, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Latin-script words on a Chinese page outside user content marked with a `lang`."""
    found: list[str] = []
    for text in page.evaluate(TEXT_JS):
        for word in LATIN_WORD.findall(NOT_WORDS.sub(" ", text)):
            key = word.lower().strip("'’-")
            if key in ALLOWED_LATIN or key in allowed or len(key) < 2:
                continue
            found.append(f"{word!r} in {text[:80]!r}")
    return found
