"""Security headers, the production settings (`check --deploy`), one-line refusals in logs."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

SRC = Path(__file__).resolve().parents[2] / "src" / "techbridge"


@pytest.mark.django_db
def test_pages_send_a_strict_content_security_policy_and_permissions_policy() -> None:
    response = Client().get("/accounts/login/")
    csp = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", csp)
    assert script_src is not None
    assert "'unsafe-inline'" not in script_src.group(1)
    # Only the platform's own files (plus the page's nonce, on pages that use one).
    assert script_src.group(1).split()[0] == "'self'"
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_template_has_an_inline_script_without_the_nonce() -> None:
    """The policy refuses inline scripts: a template with one would break in browsers."""
    offenders = []
    for path in SRC.rglob("templates/**/*.html"):
        text = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and "csp_nonce" not in tag:
                offenders.append(f"{path}: {tag}")
        for attr in re.findall(r"\son[a-z]+\s*=\s*[\"']", text):
            offenders.append(f"{path}: {attr.strip()}")
        if re.search(r"href=[\"']javascript:", text):
            offenders.append(f"{path}: javascript: link")
    assert offenders == []


def _check_deploy(extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "techbridge.settings",
        "DJANGO_SECRET_KEY": "k9$Vq2!xZ7@pL4#rT8^wN1&bH6*eJ3(mS5)yC0_uF2+gD7=aK9",
        "DJANGO_ALLOWED_HOSTS": "techbridge.example",
        "DJANGO_DEBUG": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        **extra_env,
    }
    env.pop("TECHBRIDGE_TESTING", None)
    # The browser tests' conftest allows sync ORM calls in its own process; a deployment never does.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_deploy_is_clean_in_the_production_configuration() -> None:
    done = _check_deploy({"DJANGO_SECURE": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
    # ... and the same check does catch a laptop configuration.
    laptop = _check_deploy({"DJANGO_SECURE": "0"})
    assert laptop.returncode != 0 and "security.W004" in laptop.stderr + laptop.stdout


def test_refusals_are_logged_as_one_line_without_a_traceback(caplog: Any) -> None:
    logger = logging.getLogger("django.request")
    try:
        raise PermissionError("refused")
    except PermissionError:
        logger.warning(
            "Forbidden (Permission denied): /x", exc_info=True, extra={"status_code": 403}
        )
        logger.error("Internal Server Error: /y", exc_info=True, extra={"status_code": 500})
    forbidden, server_error = [r for r in caplog.records if r.name == "django.request"]
    assert forbidden.exc_info is None and "Traceback" not in caplog.text.split("/y")[0]
    assert server_error.exc_info is not None


@pytest.mark.django_db
def test_a_403_page_logs_one_line(client: Any, caplog: Any) -> None:
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get("/admin/accounts/user/")
    assert response.status_code in (302, 403)
    assert "Traceback" not in caplog.text
