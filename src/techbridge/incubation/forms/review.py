"""Review forms: a round and its rubric (staff), and the one score form that validates a
reviewer's scores against the rubric for the pages and the API alike."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.core.taxonomy import sector_choices
from techbridge.incubation.forms.applications import clean_text
from techbridge.incubation.models import AdvanceBy, CommentRule, Criterion, Round

SCORE_PREFIX = "s_"
COMMENT_PREFIX = "c_"


class RoundForm(forms.ModelForm):
    class Meta:
        model = Round
        fields = [
            "order", "kind", "name_en", "name_zh", "blind", "min_reviews", "aggregation",
            "advance_by", "advance_count",
        ]  # fmt: skip

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("advance_by") == AdvanceBy.RANK and not data.get("advance_count"):
            self.add_error("advance_count", _("Say how many applications advance by rank."))
        return data


class CriterionForm(forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["key", "label_en", "label_zh", "weight", "max_score", "comment", "order"]

    def clean_weight(self) -> Any:
        weight = self.cleaned_data["weight"]
        if weight is not None and weight <= 0:
            raise forms.ValidationError(_("A weight is above zero."))
        return weight

    def clean_max_score(self) -> Any:
        top = self.cleaned_data["max_score"]
        if top is not None and not 0 < top <= 1000:
            raise forms.ValidationError(_("A maximum score is between 1 and 1000."))
        return top


class ReviewerForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of the reviewer's account"))
    sectors = forms.MultipleChoiceField(label=_("Sectors of expertise"), required=False)
    max_load = forms.IntegerField(
        label=_("Most applications per round"), min_value=1, max_value=500, initial=10
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sectors"].choices = sector_choices()  # type: ignore[attr-defined]


class ScoreForm(forms.Form):
    """One score per criterion, an integer from 0 to the criterion's maximum, and its comment
    (required where the rubric says so). `cleaned_data["scores"]`: key → (value, comment)."""

    comment = forms.CharField(
        label=_("Overall comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, criteria: list[Criterion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for c in criteria:
            self.fields[SCORE_PREFIX + c.key] = forms.IntegerField(
                label=_("%(criterion)s (0 to %(max)s)")
                % {"criterion": c.label, "max": c.max_score},
                required=True,
                error_messages={
                    "required": _("Give a score for “%(criterion)s”.") % {"criterion": c.label},
                    "invalid": _("The score for “%(criterion)s” is a whole number.")
                    % {"criterion": c.label},
                },
            )
            self.fields[COMMENT_PREFIX + c.key] = forms.CharField(
                label=_("Comment on “%(criterion)s”") % {"criterion": c.label}
                + (" *" if c.comment == CommentRule.REQUIRED else ""),
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        scores: dict[str, tuple[int, str]] = {}
        for c in self.criteria:
            name = SCORE_PREFIX + c.key
            value = data.get(name)
            comment = clean_text(data.get(COMMENT_PREFIX + c.key))
            if name in self.errors or COMMENT_PREFIX + c.key in self.errors or value is None:
                continue
            if not 0 <= value <= c.max_score:
                self.add_error(
                    name,
                    _("The score for “%(criterion)s” must be between 0 and %(max)s.")
                    % {"criterion": c.label, "max": c.max_score},
                )
                continue
            if c.comment == CommentRule.REQUIRED and not comment:
                self.add_error(
                    COMMENT_PREFIX + c.key,
                    _("A comment on “%(criterion)s” is required.") % {"criterion": c.label},
                )
                continue
            scores[c.key] = (value, comment)
        data["scores"] = scores
        data["comment"] = clean_text(data.get("comment"))
        return data


def score_data(scores: dict[str, Any], comments: dict[str, Any], comment: str = "") -> dict:
    """An API payload as the score form's data (unknown criteria are reported, not ignored)."""
    data: dict[str, Any] = {"comment": comment}
    data.update({SCORE_PREFIX + k: v for k, v in scores.items()})
    data.update({COMMENT_PREFIX + k: v for k, v in comments.items()})
    return data


class DeclarationForm(forms.Form):
    conflict = forms.TypedChoiceField(
        label=_("Conflict of interest"),
        choices=[
            ("no", _("I have no conflict of interest with this applicant")),
            ("yes", _("I have a conflict of interest: I abstain")),
        ],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )
