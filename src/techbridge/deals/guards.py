"""Checks upper apps register against the pipeline's contract stage (the service desk's
export-control check: a technology classified as prohibited cannot reach a contract). The
deals app cannot import those apps; they register here in their AppConfig.ready()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# A guard gets the connection and returns the reason the contract is blocked, or "".
ContractGuard = Callable[[Any], str]
_contract_guards: dict[str, ContractGuard] = {}


def register_contract_guard(name: str, guard: ContractGuard) -> None:
    _contract_guards[name] = guard


def contract_blocker(connection: Any) -> str:
    """The first reason a registered guard gives against recording the contract, or ""."""
    for guard in _contract_guards.values():
        reason = guard(connection)
        if reason:
            return reason
    return ""
