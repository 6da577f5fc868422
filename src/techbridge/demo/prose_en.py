"""English listings: titles, summaries and descriptions of offers and requests."""

from __future__ import annotations

from techbridge.demo.facts import (
    CLOSINGS,
    Facts,
    cap,
    clip,
    country_names,
    en_list,
    first_sentence,
    money_en,
    some_advantages,
    with_closing,
)
from techbridge.demo.vocabulary import PARTNERSHIP_WORDS, TRL_WORDS
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

__all__ = ["write_en"]

_EN_CONTEXT = (
    "Demand for better solutions is growing quickly, in Europe as well as in China and Southeast Asia.",
    "Tightening regulation in Europe and China makes this an urgent issue for industry.",
    "Customers increasingly ask for solutions that cut both cost and carbon emissions.",
    "Existing commercial solutions are either too expensive or not robust enough for industrial use.",
    "Most available products are imported, with long delivery times and high maintenance costs.",
)
_EN_PILOT = (
    "A pilot installation has been operating for more than a year.",
    "Field tests with two industrial users have been completed successfully.",
    "Samples are available for evaluation by interested partners.",
    "Performance has been confirmed by an independent testing laboratory.",
    "The first commercial references are in operation in Europe.",
)
_IP = {
    "granted_patent": "Granted patent: {numbers}.",
    "patent_pending": "Patent application filed: {numbers}.",
    "utility_model": "Protected by a utility model: {numbers}.",
    "know_how": "Secret know-how: the process is protected as a trade secret and is transferred "
    "together with training and documentation.",
    "software_copyright": "Registered software copyright; the source code is available under a "
    "licence agreement.",
    "none": "No formal IP protection; the results are available for cooperation.",
}


def _lc(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name."""
    first = text.split(" ", 1)[0]
    if sum(ch.isupper() for ch in first) > 1 or any(ch.isdigit() for ch in first):
        return text
    return text[:1].lower() + text[1:]


def _ptypes(f: Facts) -> str:
    return en_list([PARTNERSHIP_WORDS[p][0] for p in f.partnership_types])


def _field(f: Facts) -> str:
    """The author's own main field (its listings may reach into neighbouring ones)."""
    return _lc(FIELD_BY_CODE[f.author.org["sectors"][0]].en)


def _who_in_sentence(f: Facts, who: str) -> str:
    """``who`` inside a sentence: "a German SME", but a name unchanged."""
    return who[:1].lower() + who[1:] if f.blind else who


def _offer_title(f: Facts) -> str:
    t, rng = f.text, f.rng
    app = rng.choice(t.applications)
    options = [
        t.title,
        t.title,
        t.title,
        f"{t.title} – partners sought for industrial scale-up",
        f"{cap(t.topic)} for {app}",
        f"{t.title}, proven for {app}" if f.trl >= 7 else f"{t.title}: pilot partners wanted",
        f"New approach to {t.topic}",
    ]
    if "licence_out" in f.partnership_types:
        options += [f"{t.title} available for licensing", f"Licensing opportunity: {_lc(t.title)}"]
    if f.ip_status == "granted_patent":
        options.append(f"Patented {_lc(t.title)}")
    if "investment_sought" in f.partnership_types:
        if f.author.org["size_band"] in ("1-9", "10-49"):
            options.append(f"Start-up developing {_lc(t.title)} seeks investors")
        else:
            options.append(f"{t.title}: investment sought for industrialisation")
    return rng.choice(options)[:200]


def _offer_paragraphs(f: Facts, who: str) -> list[str]:
    t, rng = f.text, f.rng
    background = t.problem
    if rng.random() < 0.4:
        background += " " + rng.choice(_EN_CONTEXT)
    technology = rng.choice((
        f"{who} has developed a technology that addresses this. {t.solution}",
        t.solution,
        f"The technology offered by {_who_in_sentence(f, who)} solves this problem. {t.solution}",
        f"Building on several years of research, {_who_in_sentence(f, who)} has developed a new approach. {t.solution}",
    ))  # fmt: skip
    apps = en_list(rng.sample(t.applications, min(len(t.applications), rng.randint(2, 4))))
    applications = rng.choice((
        f"Applications include {apps}.",
        f"The technology is suited to {apps}.",
        f"Typical users are {apps}.",
    ))  # fmt: skip
    advantages = some_advantages(rng, t.advantages)
    if rng.random() < 0.5:
        advantages = "Advantages and innovations:\n" + "\n".join(f"- {cap(a)}" for a in advantages)
    else:
        advantages = f"Main advantages: {en_list(advantages)}."
    stage = f"Stage of development: {TRL_WORDS[f.trl][0]} (TRL {f.trl})."
    if f.trl >= 6:
        stage += " " + rng.choice(_EN_PILOT)
    numbers = ", ".join(f.patent_numbers)
    ip = "IP status: " + _IP[f.ip_status].format(numbers=numbers)
    return [background, technology, applications, advantages, stage, ip, _offer_partner(f, who)]


def _offer_partner(f: Facts, who: str) -> str:
    rng = f.rng
    partner = rng.choice(("industrial partners", "manufacturers", "companies", "partners"))
    text = f"{who} is looking for {partner} for {_ptypes(f)}."
    if f.target_countries:
        text += f" Preferred partner countries: {country_names(f.target_countries, 'en')}."
    money = money_en(f.value_min, f.value_max, f.currency)
    if money:
        label = "Asking price" if "sale" in f.partnership_types else "Indicative value"
        text += f" {label}: {money}."
    else:
        text += " Financial terms are negotiable."
    return text


def _offer(f: Facts) -> tuple[str, str, str]:
    who = f.author.who_en(f.blind)
    paragraphs = _offer_paragraphs(f, who)
    if (f.style == 1) if f.style >= 0 else f.rng.random() < 0.5:
        heads = ("Background", "Technology", "Applications", "", "", "", "Partner sought")
        paragraphs = [f"{h}: {p}" if h else p for h, p in zip(heads, paragraphs, strict=True)]
    summary = f.rng.choice((
        f"{who} offers {_lc(f.text.title)}. {first_sentence(f.text.solution, 'en')}",
        f"{first_sentence(f.text.solution, 'en')} {who} seeks partners for {_ptypes(f)}.",
        f"{first_sentence(f.text.problem, 'en')} {who} offers a solution: {_lc(f.text.title)}.",
    ))  # fmt: skip
    return _offer_title(f), clip(summary, 500, "en"), "\n\n".join(paragraphs)


def _request_title(f: Facts) -> str:
    topic, rng = f.text.topic, f.rng
    adjective = (
        "Chinese" if f.author.cn else (f.author.country.adjective if f.author.country else "")
    )
    return rng.choice((
        f"Seeking technology for {topic}",
        f"Looking for a partner in {topic}",
        f"Request for {topic} solutions",
        f"{adjective} {f.author.type_en()} seeks {topic} technology",
        f"Technology needed: {topic}",
    ))[:200]  # fmt: skip


def _request(f: Facts) -> tuple[str, str, str]:
    t, rng, a = f.text, f.rng, f.author
    who = a.who_en(f.blind)
    if f.blind:
        intro = f"{cap(a.itself_en())} is a {a.type_en()} based in {a.country_en()}, active in {_field(f)}."
        if a.org["size_band"]:
            intro += f" It has {a.org['size_band'].replace('+', ' or more')} employees."
    else:
        intro = f"{who} is a {a.type_en()} based in {a.where_en()}, active in {_field(f)}."
    need = t.problem + " " + rng.choice((
        f"{cap(a.itself_en())} is therefore looking for technology for {t.topic}.",
        f"It is looking for a partner that can provide a solution for {t.topic}.",
        f"To solve this, it seeks proven {t.topic} technology from a provider abroad.",
    ))  # fmt: skip
    specs = [
        *some_advantages(rng, t.advantages),
        f"maturity of at least TRL {f.trl}",
    ]
    if rng.random() < 0.5:
        requirements = "Requirements:\n" + "\n".join(f"- {cap(s)}" for s in specs)
    else:
        requirements = f"The solution should offer {en_list(specs)}."
    app = rng.choice(t.applications)
    use = rng.choice((
        f"Target market: {app}.",
        f"{cap(a.itself_en())} serves {app} and will integrate the technology into its own products and services.",
        f"Main application: {app}.",
    ))  # fmt: skip
    partner = f"Type of partnership considered: {_ptypes(f)}."
    money = money_en(f.value_min, f.value_max, f.currency)
    partner += f" Budget: {money}." if money else " The budget will be agreed with the partner."
    if f.target_countries:
        partner += f" Partners from {country_names(f.target_countries, 'en')} are preferred."
    summary = f"{who} seeks a solution for {t.topic}. {first_sentence(t.problem, 'en')}"
    paragraphs = [intro, need, requirements, use, partner]
    return _request_title(f), clip(summary, 500, "en"), "\n\n".join(paragraphs)


def _investment(f: Facts) -> tuple[str, str, str]:
    t, rng = f.text, f.rng
    who = f.author.who_en(f.blind)
    title = rng.choice((
        f"Investor seeks start-ups in {t.topic}",
        f"Equity investment available for companies in {t.topic}",
    ))  # fmt: skip
    money = money_en(f.value_min, f.value_max, f.currency) or "a ticket to be agreed"
    paragraphs = [
        f"{who} is an investment fund looking for technology companies working on {t.topic}.",
        f"Why this field: {t.problem}",
        f"We are interested in teams whose technology offers {en_list(t.advantages[:2])}, "
        f"with first customers among {en_list(t.applications[:2])}.",
        f"Investment size: {money}. Stage: from prototype (TRL {f.trl}) to early revenue.",
        "Besides capital, the fund offers introductions to Chinese industrial partners, support "
        "with setting up a subsidiary in China and help with certification.",
    ]
    summary = f"{who} offers equity investment to companies developing {t.topic}."
    return title, clip(summary, 500, "en"), "\n\n".join(paragraphs)


def write_en(f: Facts) -> tuple[str, str, str]:
    """(title, summary, description) of an English listing."""
    if "investment_offered" in f.partnership_types and f.author.kind == "investor":
        return _investment(f)
    title, summary, description = _offer(f) if f.kind == "offer" else _request(f)
    if f.style < 0 and f.rng.random() < 0.5:
        description = with_closing(description, f.rng.choice(CLOSINGS[("en", f.kind)]), "en")
    return title, summary, description
