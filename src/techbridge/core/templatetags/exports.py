"""`{% export_links %}`: links to the current list as CSV and XLSX, with the filters of the
address kept (the page number dropped), shown to staff only."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def export_links(context: template.Context) -> SafeString | str:
    request = context.get("request")
    if request is None or not getattr(request.user, "is_staff", False):
        return ""
    links = []
    for fmt in ("csv", "xlsx"):
        params = request.GET.copy()
        params.pop("page", None)
        params["export"] = fmt
        links.append((fmt, f"{request.path}?{params.urlencode()}"))
    return format_html(
        '<p class="small export-links" data-testid="export-links">{} '
        '<a href="{}" download data-testid="export-csv">CSV</a> · '
        '<a href="{}" download data-testid="export-xlsx">XLSX</a></p>',
        _("Export this list:"),
        links[0][1],
        links[1][1],
    )
