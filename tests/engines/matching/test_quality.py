"""Listing quality: the score follows what matching needs, the advice is concrete, and no
input makes it fail."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.matching.quality import SPECIFIC_IDF, Listing, assess

GOOD_EN = Listing(
    title="Hydrometallurgical recovery of lithium and cobalt from spent lithium-ion batteries",
    summary="Leaching and solvent extraction recover battery-grade lithium carbonate and cobalt.",
    description=(
        "Spent lithium-ion cells are discharged, shredded and sieved into black mass. Sulfuric "
        "acid leaching with hydrogen peroxide dissolves lithium, cobalt, nickel and manganese; "
        "solvent extraction with Cyanex 272 separates cobalt from nickel; lithium precipitates "
        "as carbonate at 99.5 % purity. The pilot line in Freiburg treats 500 kg of black mass "
        "a day with 95 % lithium recovery, half the reagent consumption of smelting routes, and "
        "no hydrofluoric acid emissions thanks to a fluoride scrubber. Patented flowsheet, "
        "validated with NMC 622, NMC 811 and LFP cathodes from electric-vehicle packs, with "
        "wastewater recycled through evaporation crystallisation of sodium sulfate."
    ),
    keywords=("battery recycling", "lithium", "cobalt"),
    sectors=("recycling",),
    trl=6,
    ip_status="granted_patent",
    patent_numbers=("EP1234567",),
    partnership_types=("licence_out",),
)


def test_a_complete_listing_scores_high_and_a_two_line_one_low() -> None:
    good = assess(GOOD_EN)
    poor = assess(Listing(title="Looking for a partner", description="We need technology."))
    assert good.score >= 85 and poor.score <= 25
    codes = {a.code for a in poor.advice}
    assert {"description_short", "few_specific_terms", "title_vague", "no_sector"} <= codes
    assert {"no_partnership", "no_trl", "no_ip"} <= codes
    # the most points to gain come first
    gains = [a.max_points - a.points for a in poor.advice]
    assert gains == sorted(gains, reverse=True)


def test_chinese_listings_are_read_as_chinese_words() -> None:
    q = assess(
        Listing(
            title="废旧锂电池湿法回收钴镍锂技术",
            description="采用硫酸浸出、萃取分离钴镍，碳酸锂沉淀回收，锂回收率95%，黑粉处理能力每天500公斤。",
            lang="zh",
        )
    )
    assert "锂电池" in q.specific_terms or "回收" in q.specific_terms
    assert not any(a.code == "title_vague" for a in q.advice)


def test_specificity_comes_from_the_index_idf() -> None:
    common = {"lithium", "batteri"}  # stems present in most indexed profiles

    def idf(term: str) -> float:
        return 0.5 if term in common else SPECIFIC_IDF + 1

    q = assess(Listing(title="Lithium batteries", description="lithium batteries cathode"), idf=idf)
    assert q.specific_terms == ("cathode",)


def test_too_many_sectors_and_missing_patent_numbers_are_advised() -> None:
    q = assess(Listing(sectors=("a", "b", "c", "d"), ip_status="patent_pending"))
    codes = {a.code: a for a in q.advice}
    assert dict(codes["too_many_sectors"].params)["count"] == "4"
    assert "no_patent_numbers" in codes


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(max_size=200),
    description=st.text(max_size=2000),
    keywords=st.lists(st.text(max_size=40), max_size=5),
    trl=st.one_of(st.none(), st.integers(1, 9)),
)
def test_any_input_gives_a_score_in_range(
    title: str, description: str, keywords: list[str], trl: int | None
) -> None:
    q = assess(Listing(title=title, description=description, keywords=tuple(keywords), trl=trl))
    assert 0 <= q.score <= 100
    assert q.score == sum(c.points for c in q.checks)
