"""The conversation of a connection: its messages (read and posted, an htmx partial) and
their attachments, downloaded only by the parties (`deals.selectors`)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError
from techbridge.deals import forms, selectors, services
from techbridge.deals.view_helpers import back_to_connection, file_download, form_error_message


@login_required
def message_list(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    return _conversation(request, connection)


def _conversation(request: HttpRequest, connection: Any, form: Any = None) -> HttpResponse:
    services.connection_mark_read(actor=request.user, connection=connection)
    context = {
        "c": connection,
        "conversation": selectors.messages_for(actor=request.user, connection=connection),
        "message_form": form or forms.MessageForm(),
        "side": selectors.side_of(request.user, connection),
    }
    return render(request, "deals/partials/conversation.html", context)


@login_required
@require_POST
def message_post(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = selectors.connection_get_for(actor=request.user, connection_id=connection_id)
    form = forms.MessageForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            services.message_post(
                actor=request.user,
                connection=connection,
                body=form.cleaned_data["body"],
                files=request.FILES.getlist("files"),
            )
            form = forms.MessageForm()
        except DomainError as exc:
            error = " ".join([str(exc.message), *(m for v in exc.fields.values() for m in v)])
    if not request.htmx:
        if error or form.errors:
            messages.error(request, error or form_error_message(form))
        return back_to_connection(connection.id)
    response = _conversation(request, connection, form)
    if error:
        response.content = (
            f'<p class="msg error" data-testid="message-error">{_escape(error)}</p>'.encode()
            + response.content
        )
    return response


def _escape(text: str) -> str:
    from django.utils.html import escape

    return escape(text)


@login_required
def attachment_download(
    request: HttpRequest, connection_id: int, attachment_id: int
) -> FileResponse:
    attachment = selectors.attachment_get_for(
        actor=request.user, connection_id=connection_id, attachment_id=attachment_id
    )
    return file_download(attachment.file, attachment.filename, attachment.content_type)
