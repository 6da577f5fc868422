"""Connection pages: thin — parse, call a selector or service, render. Every object comes
from `deals.selectors`, so a page shows nothing the actor may not see."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core import exports as core_exports
from techbridge.core.errors import DomainError, NotFound
from techbridge.core.pagination import page_of
from techbridge.deals import exports, forms, selectors, services
from techbridge.deals.choices import Status
from techbridge.deals.models import NdaStep
from techbridge.deals.verification_views import trust_context
from techbridge.deals.view_helpers import (
    back_to_connection,
    file_download,
    form_error_message,
    run_and_report,
)
from techbridge.profiles.selectors import present, profile_get_for


@login_required
def connection_list(request: HttpRequest) -> HttpResponse:
    qs = selectors.connection_list(actor=request.user)
    status = request.GET.get("status", "")
    if status in Status.values:
        qs = qs.filter(status=status)
    if fmt := core_exports.requested(request):
        return exports.connection_list_response(fmt, qs, request.user)
    page = page_of(qs, request.GET.get("page"), per_page=30)
    rows = [_row(c, request.user) for c in page.object_list]
    return render(
        request,
        "deals/list.html",
        {"page": page, "rows": rows, "status": status, "statuses": Status.choices},
    )


def _row(connection: Any, actor: Any) -> dict[str, Any]:
    """What a list row shows: the other side only when the actor may know it."""
    show_owner = selectors.owner_visible(actor, connection)
    return {
        "c": connection,
        "owner_name": connection.owner_org.name if show_owner else "",
        "unread": getattr(connection, "unread", 0),
    }


@login_required
@require_POST
def connection_create(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = profile_get_for(actor=request.user, profile_id=profile_id)
    form = forms.EoiForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_message(form))
        return redirect("profiles:detail", profile_id=profile.id)
    try:
        connection = services.connection_create(
            actor=request.user,
            profile=profile,
            message=form.cleaned_data["message"],
            partnership_type=form.cleaned_data["partnership_type"],
            related_profile_id=form.cleaned_data.get("related_profile"),
            match_id=form.cleaned_data.get("match"),
            organisation=selectors.sending_organisation(
                actor=request.user, organisation_id=form.cleaned_data.get("organisation")
            ),
        )
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect("profiles:detail", profile_id=profile.id)
    messages.success(request, _("Your expression of interest is sent."))
    return redirect("deals:detail", connection_id=connection.id)


@login_required
def connection_detail(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    services.connection_mark_read(actor=request.user, connection=connection)
    return render(request, "deals/detail.html", _detail_context(request, connection))


def _detail_context(request: HttpRequest, connection: Any) -> dict[str, Any]:
    actor = request.user
    side = selectors.side_of(actor, connection)
    can_edit = side is not None and selectors.can_edit_side(actor, connection, side)
    profile = profile_get_for_or_none(actor, connection.profile_id)
    return {
        "c": connection,
        "side": side,
        "can_edit": can_edit,
        "disclosed": selectors.disclosed(connection) or side in ("owner", "staff"),
        "card": present(profile, actor=actor) if profile is not None else None,
        "contacts": selectors.contacts_of(connection, actor=actor),
        "conversation": selectors.messages_for(actor=actor, connection=connection),
        "history": selectors.history_of(connection),
        "nda": NdaStep.objects.filter(connection=connection).first(),
        "owner_visible": selectors.owner_visible(actor, connection),
        "message_form": forms.MessageForm(),
        "decision_form": forms.DecisionForm(),
        "stage_form": forms.StageForm(),
        "intention_form": forms.IntentionForm(auto_id="intention_%s"),
        "contract_form": forms.ContractForm(auto_id="contract_%s"),
        "broker_form": forms.BrokerForm(),
        "next_stages": _next_stages(connection),
        **trust_context(actor, connection, side),
    }


def profile_get_for_or_none(actor: Any, profile_id: int) -> Any:
    try:
        return profile_get_for(actor=actor, profile_id=profile_id)
    except NotFound:
        # A closed or expired profile: the parties still see the connection, not the page.
        return None


def _next_stages(connection: Any) -> list[str]:
    if not connection.is_open:
        return []
    return sorted(services.NEXT_STAGES.get(connection.stage, frozenset()))


@login_required
@require_POST
def connection_decide(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    form = forms.DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_message(form))
        return back_to_connection(connection.id)
    data = form.cleaned_data
    if data["decision"] == "accept":
        return run_and_report(
            request,
            connection.id,
            lambda: services.connection_accept(actor=request.user, connection=connection),
            _("Accepted: you can now talk to each other."),
        )
    return run_and_report(
        request,
        connection.id,
        lambda: services.connection_decline(
            actor=request.user, connection=connection, reason=data["reason"], note=data["note"]
        ),
        _("Declined."),
    )


@login_required
@require_POST
def connection_broker(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    form = forms.BrokerForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_message(form))
        return back_to_connection(connection.id)
    data, actor = form.cleaned_data, request.user
    calls = {
        "forward": lambda: services.connection_forward(
            actor=actor, connection=connection, note=data["note"]
        ),
        "decline": lambda: services.connection_decline(
            actor=actor, connection=connection, reason=data["reason"], note=data["note"]
        ),
        "note": lambda: services.connection_broker_note(
            actor=actor, connection=connection, note=data["note"]
        ),
        "assign": lambda: services.connection_assign_department(
            actor=actor, connection=connection, department=data["department"]
        ),
    }
    return run_and_report(request, connection.id, calls[data["action"]], _("Done."))


@login_required
@require_POST
def connection_stage(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    form = forms.StageForm(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_message(form))
        return back_to_connection(connection.id)
    data = form.cleaned_data
    return run_and_report(
        request,
        connection.id,
        lambda: services.connection_advance(
            actor=request.user,
            connection=connection,
            stage=data["stage"],
            note=data["note"],
            lost_reason=data["lost_reason"],
        ),
        _("The stage is updated."),
    )


def _record(
    request: HttpRequest, connection_id: int, form_class: Any, service: Any, done: Any
) -> HttpResponse:
    """Validate a pipeline record (intention, contract) and hand it to its service."""
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, form_error_message(form))
        return back_to_connection(connection.id)
    return run_and_report(
        request,
        connection.id,
        lambda: service(actor=request.user, connection=connection, **form.cleaned_data),
        done,
    )


@login_required
@require_POST
def intention_create(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _record(
        request,
        connection_id,
        forms.IntentionForm,
        services.intention_record,
        _("The cooperation intention is recorded."),
    )


@login_required
@require_POST
def contract_create(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _record(
        request,
        connection_id,
        forms.ContractForm,
        services.contract_record,
        _("The contract is recorded."),
    )


@login_required
@require_POST
def nda_action(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    actor = request.user
    if request.POST.get("action") == "confirm":
        return run_and_report(
            request,
            connection.id,
            lambda: services.nda_confirm(actor=actor, connection=connection),
            _("You confirmed the NDA."),
        )
    upload = request.FILES.get("document")
    if upload is None:
        messages.error(request, _("Choose the NDA document."))
        return back_to_connection(connection.id)
    return run_and_report(
        request,
        connection.id,
        lambda: services.nda_upload(actor=actor, connection=connection, upload=upload),
        _("The NDA document is shared."),
    )


@login_required
def nda_download(request: HttpRequest, connection_id: int) -> FileResponse:
    nda = selectors.nda_get_for(actor=request.user, connection_id=connection_id)
    return file_download(nda.document, nda.filename, nda.content_type)


@login_required
def broker_queue(request: HttpRequest) -> HttpResponse:
    from django.core.exceptions import PermissionDenied as DjangoPermissionDenied

    from techbridge.accounts.selectors import is_staff

    if not is_staff(request.user):
        raise DjangoPermissionDenied
    page = page_of(selectors.broker_queue(actor=request.user), request.GET.get("page"), 50)
    return render(request, "deals/broker_queue.html", {"page": page})
