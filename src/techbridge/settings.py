"""Django settings. Every knob that differs between a laptop and production is an environment
variable; the defaults give the embedded single-process set-up (SQLite under ./var/)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(os.environ.get("TECHBRIDGE_HOME", Path(__file__).resolve().parents[2]))
VAR_DIR = Path(os.environ.get("TECHBRIDGE_VAR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)
TESTING = "pytest" in sys.modules or os.environ.get("TECHBRIDGE_TESTING") == "1"


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "insecure-demo-key-change-me-in-production-0123456789abcdef"
)
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_countries",
    "django_htmx",
    "ninja",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "simple_history",
    "django_tasks_db",
    "techbridge.core",
    "techbridge.accounts",
    "techbridge.notifications",
    "techbridge.profiles",
    "techbridge.search",
    "techbridge.matches",
    "techbridge.deals",
    "techbridge.events",
    "techbridge.training",
    "techbridge.desk",
    "techbridge.incubation",
    "techbridge.exchange",
    "techbridge.domiciliation",
    "techbridge.web",
    "techbridge.api",
    "techbridge.tooling",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "techbridge.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before any view or CSRF check reads the body: oversized uploads refused from their size.
    "techbridge.core.middleware.RequestSizeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "techbridge.core.middleware.DomainErrorMiddleware",
    "techbridge.core.scope.WebRequestMiddleware",
    # Innermost: public pages for visitors without a session from the cache (core.pagecache).
    "techbridge.core.pagecache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "techbridge.urls"
WSGI_APPLICATION = "techbridge.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "web" / "overrides"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "techbridge.web.context.platform",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'techbridge.sqlite3'}"),
        # Persistent connections (each web thread keeps its own; checked before reuse): a
        # PostgreSQL connection costs a process start, more than most pages' queries.
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0" if TESTING else "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses locked accounts and addresses before any password is checked.
    "techbridge.accounts.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# django-allauth: e-mail is the login, verified before first login.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[TechBridge] "
# allauth's own failed-login limit counts per process (its cache) and locks a whole address
# out: accounts.lockout replaces it (shared counters, per account and per address).
ACCOUNT_RATE_LIMITS = False if TESTING else {"login_failed": None}
ACCOUNT_ADAPTER = "techbridge.accounts.adapter.AccountAdapter"
# Two-factor authentication (allauth's MFA): an authenticator app (TOTP) with recovery codes,
# set up at /accounts/2fa/; the admin's login goes through the same sign-in (urls.py).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "TechBridge"
LOGIN_REDIRECT_URL = "web:dashboard"
LOGIN_URL = "account_login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
# Our corrections of Django's locale formats (digit grouping in Chinese): core/formats/.
FORMAT_MODULE_PATH = ["techbridge.core.formats"]
LOCALE_PATHS = [Path(__file__).resolve().parent / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("TECHBRIDGE_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = TESTING or DEBUG
# Uploaded files live outside the web root and are served only through permission-checked views.
MEDIA_ROOT = Path(os.environ.get("TECHBRIDGE_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

MAILERS = {
    "default": {
        "BACKEND": os.environ.get("EMAIL_BACKEND", "techbridge.core.mail.ReadableConsoleBackend")
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "TechBridge <noreply@techbridge.example>")
# Demo mode: every mail sent is also kept in this folder and listed at /outbox/ (`make demo`).
OUTBOX_DIR = os.environ.get("TECHBRIDGE_OUTBOX", "")
# The site's public address: links in e-mails are built on it (notifications.links).
SITE_URL = os.environ.get("TECHBRIDGE_SITE_URL", "http://127.0.0.1:8000")

# Django's task framework: in-process by default; TASKS_BACKEND=database for workers.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if os.environ.get("TASKS_BACKEND") == "database"
            else "django.tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Progress of long tasks, seen by every process of the machine (a worker writes it while its
# transaction is open, web processes read it): files under var/ unless configured.
# One Redis setting, REDIS_URL (e.g. redis://127.0.0.1:6379/0): when set, the default cache is
# Redis, shared by every web process and task worker (suggestion scores a worker computed,
# counts), and the shared counters (login lockouts, rate limits; core.counters) use it too.
# Unset: a per-process cache and counters in the database. (TECHBRIDGE_REDIS_URL is no longer
# read: `techbridge check` warns when it is still set.)
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    "progress": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get(
            "TECHBRIDGE_PROGRESS_CACHE", str(VAR_DIR / "cache" / "progress")
        ),
    },
}

# DJANGO_SECURE=1 (production behind HTTPS): HSTS, secure cookies, HTTPS redirects.
# `techbridge check --deploy` is clean with it (tests/core/test_security.py).
SECURE = env_bool("DJANGO_SECURE", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = SECURE or env_bool("DJANGO_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31_536_000)) if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
# Preload only takes effect once the domain is submitted to the browsers' list.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", SECURE)
# The reverse proxy terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Content-Security-Policy (Django's own middleware): scripts only from the platform itself
# or with the page's nonce; no plugins, no framing, forms post only here. Inline style
# attributes stay allowed (bar widths, htmx's indicator style).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Features no page uses are switched off (core.middleware.SecurityHeadersMiddleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "filters": {"one_line_client_errors": {"()": "techbridge.core.logs.OneLineClientErrors"}},
    "loggers": {
        # 403/404 and other refusals: one line each, no traceback (500s keep theirs).
        "django.request": {"filters": ["one_line_client_errors"]},
        "django.security": {"filters": ["one_line_client_errors"]},
        "jieba": {"level": "ERROR"},
        "django.tasks": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Platform limits (configurable).
TECHBRIDGE = {
    "LOGO_MAX_BYTES": int(os.environ.get("TECHBRIDGE_LOGO_MAX_BYTES", 1024 * 1024)),
    "ATTACHMENT_MAX_BYTES": int(
        os.environ.get("TECHBRIDGE_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
    ),
    "EOI_PER_ORG_PER_DAY": int(os.environ.get("TECHBRIDGE_EOI_PER_ORG_PER_DAY", 20)),
    "PAGE_SIZE": 20,
    # Spreadsheet imports (exchange): the largest file and the most rows accepted.
    "IMPORT_MAX_BYTES": int(os.environ.get("TECHBRIDGE_IMPORT_MAX_BYTES", 128 * 1024 * 1024)),
    "IMPORT_MAX_ROWS": int(os.environ.get("TECHBRIDGE_IMPORT_MAX_ROWS", 100_000)),
    # Requests declaring a larger body are refused before it is read (core.middleware):
    # the largest attachment plus 1 MiB, and the import size on the import paths.
    "LARGE_REQUEST_PATHS": ("/data/imports/", "/api/v1/exchange/imports"),
    # Contract values: above CONTRACT_VALUE_MAX (in the contract's currency) a value is refused
    # as implausible; above CONTRACT_SECOND_APPROVAL_CNY a verified contract counts in the
    # figures only after a second member of staff approved it.
    "CONTRACT_VALUE_MAX": int(os.environ.get("TECHBRIDGE_CONTRACT_VALUE_MAX", 10**11)),
    "CONTRACT_SECOND_APPROVAL_CNY": int(
        os.environ.get("TECHBRIDGE_CONTRACT_SECOND_APPROVAL_CNY", 50_000_000)
    ),
    "API_MAX_PAGE_SIZE": 100,
    # B2B meetings: the sides mark (and correct) held / no-show until this many hours after
    # the meeting's end; staff of the centre afterwards (events.selectors.attendance).
    "ATTENDANCE_CORRECTION_HOURS": int(
        os.environ.get("TECHBRIDGE_ATTENDANCE_CORRECTION_HOURS", 48)
    ),
    # Shared counters (core.counters: login lockouts, rate limits): Redis when REDIS_URL is
    # set, else the database, which also takes over while Redis is unreachable.
    "REDIS_URL": REDIS_URL,
    "REDIS_PREFIX": os.environ.get("TECHBRIDGE_REDIS_PREFIX", "techbridge:"),
    # Login lockout (accounts.lockout): failures per account, per address, and the window.
    "LOGIN_FAILURES_PER_ACCOUNT": int(os.environ.get("TECHBRIDGE_LOGIN_FAILURES_PER_ACCOUNT", 5)),
    "LOGIN_FAILURES_PER_ADDRESS": int(os.environ.get("TECHBRIDGE_LOGIN_FAILURES_PER_ADDRESS", 50)),
    "LOGIN_LOCKOUT_SECONDS": int(os.environ.get("TECHBRIDGE_LOGIN_LOCKOUT_SECONDS", 900)),
    # Reverse proxies in front of the web processes: the client's address is this many
    # entries from the right of X-Forwarded-For (0: REMOTE_ADDR).
    "PROXY_HOPS": int(os.environ.get("TECHBRIDGE_PROXY_HOPS", 0)),
    # Notify both owners of a new match scoring at least this. Measured on the demo's 4,452
    # matches: 5.5 % reach 0.4 (3.5 % reach 0.5, where the English battery-recycling offers
    # of a Chinese 锂电池回收 request, at 0.41-0.48, would not be announced).
    "MATCH_NOTIFY_THRESHOLD": float(os.environ.get("TECHBRIDGE_MATCH_NOTIFY_THRESHOLD", "0.4")),
    # Search queries from an in-memory index over the search rows ("resident", the default
    # when empty: search.backends.RESIDENT) or SQL ("database"); writes go to the database
    # either way.
    "SEARCH_BACKEND": os.environ.get("TECHBRIDGE_SEARCH_BACKEND", ""),
    # The resident index's segment files (one directory per database), memory-mapped by
    # every process of the machine; rebuilt from the database when missing or damaged.
    "SEARCH_INDEX_DIR": os.environ.get("TECHBRIDGE_SEARCH_INDEX_DIR", str(VAR_DIR / "search")),
    # Anonymous page cache (core.pagecache): the public pages below, for visitors without a
    # session, kept at most this long (0: off; off in tests unless a test switches it on),
    # dropped at once when a model below is written or the search index changes.
    "PAGE_CACHE_SECONDS": int(
        os.environ.get("TECHBRIDGE_PAGE_CACHE_SECONDS", 0 if TESTING else 300)
    ),
    "PAGE_CACHE_VIEWS": (
        "web:home",
        "search:search",
        "profiles:list",
        "profiles:detail",
        "api:profile_list",
    ),
    "PAGE_CACHE_MODELS": ("profiles.*", "accounts.Organisation"),
    # Cross-lingual search: a Chinese query also finds English profiles and the reverse.
    "SEARCH_QUERY_EXPANDER": os.environ.get(
        "TECHBRIDGE_SEARCH_QUERY_EXPANDER", "techbridge.search.crosslingual.DictionaryExpander"
    ),
}
