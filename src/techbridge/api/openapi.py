"""The OpenAPI schema tells every refusal the API can give (issue 17, point 3).

The error handlers in api/urls.py answer every refusal as `ErrorOut` (`{"message",
"fields"}`); which refusals an operation can give follows from its shape, so they are added
here once instead of in every route: a body can be refused as malformed (400) or invalid
(422), parameters as invalid (422), a path as naming nothing the caller may see (404), and
an operation behind authentication answers 401 without credentials and 403 when the session
fails its CSRF check or the caller may not act. Routes still declare what only they know
(409 conflicts, 429 limits)."""

from __future__ import annotations

from typing import Any

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
DESCRIPTIONS = {
    400: "The body is not a JSON object sent as application/json.",
    401: "Authentication required: send a valid API token.",
    403: "Not allowed (or the session's CSRF check failed).",
    404: "Not found, or not visible to the caller.",
    422: "Some fields are not valid: `fields` names them.",
}
METHODS = {"get", "put", "post", "delete", "patch"}


def refusals(operation: dict[str, Any]) -> set[int]:
    """The refusals an operation's shape makes possible."""
    codes: set[int] = set()
    params = operation.get("parameters", [])
    if "requestBody" in operation:
        codes |= {400, 422}
    if params:
        codes.add(422)
    if any(p.get("in") == "path" for p in params):
        codes.add(404)
    if operation.get("security"):
        codes |= {401, 403}
    return codes


def document_refusals(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the refusals each operation can give to its documented responses (in place)."""
    if "ErrorOut" not in schema.get("components", {}).get("schemas", {}):
        return schema
    for item in schema.get("paths", {}).values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            responses = operation.setdefault("responses", {})
            for code in sorted(refusals(operation)):
                responses.setdefault(
                    code,
                    {
                        "description": DESCRIPTIONS[code],
                        "content": {"application/json": {"schema": ERROR_REF}},
                    },
                )
    return schema
