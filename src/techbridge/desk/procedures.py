"""What each Chinese procedure consists of: its facts, its ordered steps (the department that
owns each, its deadline in business hours, when it applies) and its checklist of documents
(when each is required). `services/procedures.py` runs them; this module only describes.

- Technology-contract registration (技术合同认定登记): the signed contract, the technical annex,
  the price breakdown, proofs of the IP rights, and a Chinese text of equal effect when the
  contract is in another language; the legal department reviews, the centre submits to the
  registration office, the registration number goes back onto the contract, and the
  tax-benefit follow-up (VAT exemption, income-tax relief) is a step of its own.
- Export-control check: the scientific department classifies the technology against the
  catalogue of prohibited and restricted technologies; the legal department confirms; a
  restricted technology needs its licence before substantive negotiation.
- IP filing in China: a foreign applicant without residence must appoint a Chinese patent
  agency; an invention made in China needs the confidentiality review before any filing abroad.
- Foreign-investment information report (外商投资信息报告): initial or change report through the
  enterprise registration system."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.desk.models_procedures import ExportClass, ProcedureKind

Facts = Mapping[str, Any]


def always(facts: Facts) -> bool:
    return True


@dataclass(frozen=True)
class FactSpec:
    key: str
    label: Any
    choices: tuple[tuple[str, Any], ...]  # the first is the default
    # From the request form's answers (else the answer of the same key).
    derive: Callable[[Facts], str] | None = None


@dataclass(frozen=True)
class StepSpec:
    key: str
    label: Any
    department: str
    hours: int
    applies: Callable[[Facts], bool] = always
    # Done only through its own service (it records an outcome).
    outcome: str = ""
    # Refused until every required document is received.
    needs_documents: bool = False


@dataclass(frozen=True)
class DocSpec:
    key: str
    label: Any
    required: Callable[[Facts], bool] = always
    # The request form's file field that already brings it.
    from_field: str = ""


@dataclass(frozen=True)
class ProcedureSpec:
    kind: str
    facts: tuple[FactSpec, ...]
    steps: tuple[StepSpec, ...]
    documents: tuple[DocSpec, ...]


YES_NO = (("no", _("No")), ("yes", _("Yes")))


def _not_chinese(facts: Facts) -> bool:
    return facts.get("contract_language", "zh") != "zh"


def _restricted(facts: Facts) -> bool:
    return facts.get("export_class") == ExportClass.RESTRICTED


def _free(facts: Facts) -> bool:
    return facts.get("export_class") == ExportClass.FREE


def _no_residence(facts: Facts) -> bool:
    return facts.get("resident") == "no"


def _review_needed(facts: Facts) -> bool:
    return facts.get("made_in_china") == "yes" and facts.get("filing_abroad") == "yes"


CONTRACT_REGISTRATION = ProcedureSpec(
    kind=ProcedureKind.CONTRACT_REGISTRATION,
    facts=(
        FactSpec(
            "contract_language",
            _("Language of the contract"),
            (("zh", _("Chinese")), ("en", _("English")), ("other", _("Another language"))),
        ),
    ),
    steps=(
        StepSpec("documents", _("Documents collected"), "legal", 24, needs_documents=True),
        StepSpec("legal_review", _("Review by the legal department"), "legal", 16),
        StepSpec("submission", _("Submitted to the registration office"), "legal", 8),
        StepSpec(
            "registration", _("Registration number recorded"), "legal", 80, outcome="registration"
        ),
        StepSpec(
            "tax_followup", _("Tax-benefit follow-up (VAT exemption, income tax)"), "legal", 160
        ),
    ),
    documents=(
        DocSpec("contract", _("The signed contract"), from_field="contract_file"),
        DocSpec("annex", _("The technical annex")),
        DocSpec("price", _("The price breakdown")),
        DocSpec("ip_proof", _("Proofs of the IP rights (patent certificates, licences)")),
        DocSpec("chinese_text", _("A Chinese text with equal effect"), _not_chinese),
    ),
)

EXPORT_CONTROL = ProcedureSpec(
    kind=ProcedureKind.EXPORT_CONTROL,
    facts=(
        FactSpec(
            "direction",
            _("Direction"),
            (("out", _("Going abroad (export)")), ("in", _("Coming in (import)"))),
        ),
    ),
    steps=(
        StepSpec(
            "classify",
            _("Classified against the catalogue"),
            "scientific",
            16,
            outcome="classification",
            needs_documents=True,
        ),
        StepSpec("legal_check", _("Classification confirmed by the legal department"), "legal", 8),
        StepSpec(
            "licence",
            _("Technology import/export licence obtained"),
            "legal",
            240,
            applies=_restricted,
        ),
        StepSpec(
            "register",
            _("Contract registration of the free technology"),
            "legal",
            40,
            applies=_free,
        ),
    ),
    documents=(DocSpec("description", _("A description of the technology")),),
)

IP_FILING = ProcedureSpec(
    kind=ProcedureKind.IP_FILING,
    facts=(
        FactSpec("resident", _("Residence or business site in China"), YES_NO[::-1]),
        FactSpec("made_in_china", _("Invention made in China"), YES_NO),
        FactSpec(
            "filing_abroad",
            _("Also filed abroad"),
            YES_NO,
            derive=lambda answers: "yes" if answers.get("foreign_filing") else "no",
        ),
    ),
    steps=(
        StepSpec(
            "agency", _("A Chinese patent agency appointed"), "legal", 16, applies=_no_residence
        ),
        StepSpec(
            "confidentiality",
            _("Confidentiality review passed (before filing abroad)"),
            "legal",
            120,
            applies=_review_needed,
        ),
        StepSpec("filing", _("Application filed with CNIPA"), "legal", 40, needs_documents=True),
        StepSpec("receipt", _("Filing receipt recorded"), "legal", 40),
    ),
    documents=(
        DocSpec("specification", _("Description, claims and drawings")),
        DocSpec(
            "power_of_attorney", _("Power of attorney to the Chinese patent agency"), _no_residence
        ),
        DocSpec("review_decision", _("The confidentiality review's decision"), _review_needed),
    ),
)

FIE_REPORT = ProcedureSpec(
    kind=ProcedureKind.FIE_REPORT,
    facts=(
        FactSpec(
            "report",
            _("Report"),
            (
                ("initial", _("Initial report")),
                ("change", _("Change report")),
                ("annual", _("Annual report")),
            ),
        ),
    ),
    steps=(
        StepSpec("prepare", _("Report prepared"), "international", 16, needs_documents=True),
        StepSpec("legal_check", _("Checked by the legal department"), "legal", 8),
        StepSpec(
            "submit", _("Submitted through the enterprise registration system"), "international", 16
        ),
    ),
    documents=(
        DocSpec("licence", _("The business licence")),
        DocSpec("investors", _("The investors and their shares")),
        DocSpec(
            "change_proof", _("Documents of the change"), lambda f: f.get("report") == "change"
        ),
    ),
)

SPECS: dict[str, ProcedureSpec] = {
    spec.kind: spec for spec in (CONTRACT_REGISTRATION, EXPORT_CONTROL, IP_FILING, FIE_REPORT)
}


def spec_of(kind: str) -> ProcedureSpec:
    return SPECS[kind]


def step_spec(kind: str, key: str) -> StepSpec:
    return next(s for s in SPECS[kind].steps if s.key == key)


def label_of_step(kind: str, key: str) -> str:
    return str(step_spec(kind, key).label)


def label_of_document(kind: str, key: str) -> str:
    return str(next(d.label for d in SPECS[kind].documents if d.key == key))


def procedure_kinds() -> list[dict[str, Any]]:
    """The procedures staff may start, with their facts (for the start form)."""
    return [
        {
            "kind": kind,
            "label": ProcedureKind(kind).label,
            "facts": [(f.key, f.label, f.choices) for f in spec.facts],
        }
        for kind, spec in SPECS.items()
    ]


def facts_from_answers(kind: str, answers: Facts) -> dict[str, str]:
    """A procedure's facts as the request form answered them (unknown answers left out)."""
    out = {}
    for fact in SPECS[kind].facts:
        value = fact.derive(answers) if fact.derive else str(answers.get(fact.key) or "")
        if value in dict(fact.choices):
            out[fact.key] = value
    return out
