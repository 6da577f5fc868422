"""Checking uploaded files (KYC documents, envelope photos, scans) before anything is saved:
size, and the content's own signature (never the name or the browser's claim)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 10 * 1024 * 1024
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def sniff(head: bytes) -> str | None:
    """The content type of a PDF, PNG or JPEG file from its first bytes, else None."""
    return next((kind for magic, kind in SIGNATURES if head.startswith(magic)), None)


def checked_upload(upload: Any) -> tuple[Any, str]:
    """The upload and its real content type, or forms.ValidationError."""
    if upload is None:
        raise forms.ValidationError(_("Choose a file."))
    if upload.size == 0:
        raise forms.ValidationError(_("The file is empty."))
    if upload.size > MAX_BYTES:
        raise forms.ValidationError(_("The file is larger than 10 MB."))
    upload.seek(0)
    kind = sniff(upload.read(16))
    upload.seek(0)
    if kind is None:
        raise forms.ValidationError(_("Send a PDF, PNG or JPEG file."))
    return upload, kind


class CheckedFileField(forms.FileField):
    """A PDF, PNG or JPEG file up to 10 MB; cleaned to (upload, content type)."""

    def clean(self, data: Any, initial: Any = None) -> Any:
        upload = super().clean(data, initial)
        if not upload:
            return None
        return checked_upload(upload)
