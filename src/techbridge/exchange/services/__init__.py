"""Every write of the data exchange. An upload is checked row by row (the dry run), then
applied on confirmation in one transaction; external ids make a re-import update what the
last one created."""

from techbridge.exchange.services.applying import apply_progress, import_apply
from techbridge.exchange.services.confirming import import_confirm, import_discard
from techbridge.exchange.services.dry_run import (
    check_rows,
    context_of,
    import_check,
    importer_for,
)
from techbridge.exchange.services.uploads import import_upload

__all__ = [
    "apply_progress",
    "check_rows",
    "context_of",
    "import_apply",
    "import_check",
    "import_confirm",
    "import_discard",
    "import_upload",
    "importer_for",
]
