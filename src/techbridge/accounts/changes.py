"""Organisation changes: the accounts services announce `OrganisationChange(id)` after an
organisation is created, registered or edited (search re-indexes its denormalised name, type
and province). See core.reactions."""

from __future__ import annotations

from dataclasses import dataclass

from techbridge.core.reactions import Reactions


@dataclass(frozen=True)
class OrganisationChange:
    id: int


organisation_changed: Reactions[OrganisationChange] = Reactions("organisation_changed")
