"""Flask configuration from :class:`WebSettings`, with the refusals that keep production safe.

Production (``OMIS_WEB_PRODUCTION``, on by default) refuses to start without
``OMIS_WEB_SECRET_KEY`` (or with a short or blank one) and never runs the debugger. Outside
production a missing or blank key is replaced by a random one for this process (sessions
end when it restarts).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from omis.core.errors import ConfigError
from omis.core.settings import WebSettings

MIN_SECRET_LENGTH = 16
SESSION_COOKIE = "omis_session"


def secret_key(web: WebSettings) -> str:
    """The configured key; in production a missing, blank or short key is a ConfigError."""
    configured = web.secret_key.get_secret_value() if web.secret_key else ""
    problem = _key_problem(configured)
    if problem is None:
        return configured
    if web.production:
        raise ConfigError(
            f"OMIS_WEB_SECRET_KEY {problem}: в рабочем режиме веб-интерфейс без него не "
            "запускается; пример: OMIS_WEB_SECRET_KEY=$(python -c 'import secrets; "
            "print(secrets.token_hex(32))') (для разработки: OMIS_WEB_PRODUCTION=false)"
        )
    return configured if configured.strip() else secrets.token_hex(32)


def _key_problem(key: str) -> str | None:
    """What is wrong with ``key`` as a session key, or None. Blanks are no secret (a key of
    spaces is as guessable as none), so they do not count towards its length."""
    if not key:
        return "не задан"
    if not key.strip():
        return "состоит из одних пробелов"
    if len(key.strip()) < MIN_SECRET_LENGTH:
        return f"короче {MIN_SECRET_LENGTH} символов"
    return None


def check_debug(web: WebSettings, debug: bool) -> bool:
    """Debug only when asked for, and never in production (the debugger runs code)."""
    if debug and web.production:
        raise ConfigError(
            "OMIS_WEB_DEBUG: режим отладки недоступен при OMIS_WEB_PRODUCTION=true; "
            "для разработки: OMIS_WEB_PRODUCTION=false"
        )
    return debug


def flask_config(web: WebSettings) -> dict[str, Any]:
    """Everything Flask, Flask-Login and Flask-WTF read from ``app.config``."""
    return {
        "SECRET_KEY": secret_key(web),
        "DEBUG": check_debug(web, web.debug),
        "PROPAGATE_EXCEPTIONS": False,
        "MAX_CONTENT_LENGTH": web.max_upload_mb * 1024 * 1024,
        "SESSION_COOKIE_NAME": SESSION_COOKIE,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SECURE": web.cookie_secure,
        "SESSION_COOKIE_SAMESITE": web.cookie_samesite,
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=web.session_hours),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SECURE": web.cookie_secure,
        "REMEMBER_COOKIE_SAMESITE": web.cookie_samesite,
        # A form left open through a long shift must still submit: the token lives as
        # long as the session, not one hour.
        "WTF_CSRF_TIME_LIMIT": None,
        "WTF_CSRF_SSL_STRICT": web.cookie_secure,
        "WTF_I18N_ENABLED": False,
        "JSON_AS_ASCII": False,
    }
