from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeskConfig(AppConfig):
    name = "techbridge.desk"
    label = "desk"
    verbose_name = _("Service desk")

    def ready(self) -> None:
        from techbridge.deals.guards import register_contract_guard
        from techbridge.desk import panels
        from techbridge.desk.procedure_reads import contract_guard
        from techbridge.notifications.kinds import register_kind

        register_kind("desk.case", _("New service requests for your department"))
        register_kind("desk.reply", _("Replies on service requests"))
        register_kind("desk.note", _("Internal notes on service requests"))
        register_kind("desk.status", _("Service request status changes"))
        register_kind("desk.assigned", _("Service requests assigned to you"))
        register_kind("desk.watch", _("Service requests you are asked to follow"))
        register_kind("desk.handoff", _("Service requests handed to your department"))
        register_kind("desk.sla", _("Service request deadlines (warnings and breaches)"))
        register_kind("desk.procedure", _("Procedures of service requests (steps, documents)"))
        register_contract_guard("desk.export_control", contract_guard)
        panels.register()
