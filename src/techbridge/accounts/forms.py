"""Organisation form: the one validator for pages and the API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from techbridge.core.choices import Language, OrganisationType, SizeBand
from techbridge.core.provinces import province_choices
from techbridge.core.regions import country_choices
from techbridge.core.taxonomy import sector_choices
from techbridge.core.widgets import SearchableChecklist

ALLOWED_LOGO_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, min_length=2)
    name_alt = forms.CharField(
        label=_("Name in the other language"), max_length=200, required=False
    )
    type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("— choose —")), *OrganisationType.choices]
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=lambda: [("", _("— choose —")), *country_choices()]
    )
    province = forms.ChoiceField(
        label=_("Province (China)"),
        required=False,
        choices=lambda: [("", "—"), *province_choices()],
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"), choices=sector_choices, required=False, widget=SearchableChecklist
    )
    size_band = forms.ChoiceField(
        label=_("Size"), choices=[("", "—"), *SizeBand.choices], required=False
    )
    founded = forms.IntegerField(label=_("Founding year"), required=False, min_value=1000)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    language = forms.ChoiceField(label=_("Main language"), choices=Language.choices, initial="en")
    broker_requested = forms.BooleanField(
        label=_("Ask the centre to mediate contacts"), required=False
    )
    logo = forms.FileField(
        label=_("Logo"), required=False, help_text=_("PNG, JPEG, GIF or WebP, at most 1 MB.")
    )

    def clean_founded(self) -> Any:
        year = self.cleaned_data.get("founded")
        if year is not None and year > timezone.localdate().year:
            raise forms.ValidationError(_("The founding year is in the future."))
        return year

    def clean_logo(self) -> Any:
        logo = self.cleaned_data.get("logo")
        if not logo:
            return None
        limit = settings.TECHBRIDGE["LOGO_MAX_BYTES"]
        if logo.size > limit:
            raise forms.ValidationError(
                _("The logo is too large (at most %(kb)d KB)."), params={"kb": limit // 1024}
            )
        try:
            image = Image.open(logo)
            image.verify()
            fmt = image.format
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise forms.ValidationError(_("The logo is not an image.")) from exc
        if fmt not in ALLOWED_LOGO_FORMATS:
            raise forms.ValidationError(_("Use a PNG, JPEG, GIF or WebP image."))
        logo.seek(0)
        return logo

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("country") == "CN" and not data.get("province"):
            self.add_error("province", _("Choose the province of a Chinese organisation."))
        if data.get("country") and data.get("country") != "CN":
            data["province"] = ""
        return data


class EmailConsentForm(forms.Form):
    """Consent to notices by e-mail (the privacy page and PUT /api/v1/me/email-consent)."""

    email_consent = forms.BooleanField(
        label=_("E-mail me notifications"),
        required=False,
        help_text=_(
            "At once or in the daily digest. Without it, notices stay on the site; e-mails "
            "about your account itself (password, sign-in) are still sent."
        ),
    )


class AccountDeleteForm(forms.Form):
    """Deleting one's own account: the password, and a box saying one understands."""

    password = forms.CharField(
        label=_("Your password"), max_length=128, strip=False, widget=forms.PasswordInput
    )
    understood = forms.BooleanField(
        label=_("I understand that this cannot be undone."), required=True
    )
