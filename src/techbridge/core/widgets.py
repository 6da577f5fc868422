"""Form widgets the apps share."""

from __future__ import annotations

from django import forms


class SearchableChecklist(forms.CheckboxSelectMultiple):
    """A long multiple choice as checkboxes in a scrolling box with a filter field above it
    (web/static/web/checklist.js): no Ctrl-click, and it still works without JavaScript."""

    template_name = "core/widgets/checklist.html"
