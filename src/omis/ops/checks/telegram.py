"""Doctor check of the Telegram bot: the token (getMe) and every configured chat (getChat)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import httpx

from omis.core.settings import TelegramSettings
from omis.ops.checks.base import CheckResult, fail, missing_settings, off, ok

NAME = "Telegram"

REJECTED_BOT_HINT = (
    "Telegram не принял токен бота: получите действующий у @BotFather (/mybots → бот → "
    "API Token; после /revoke старый не работает) и запишите его в OMIS_TELEGRAM_TOKEN"
)
CHAT_ID_HINT = (
    "узнать id чата: добавьте бота в группу, напишите в ней сообщение и откройте "
    "https://api.telegram.org/bot<токен>/getUpdates (поле chat.id; у групп оно начинается с -100)"
)


class _Refused(Exception):
    """Telegram answered ``ok: false``: its error code and description."""

    def __init__(self, method: str, code: int, description: str) -> None:
        super().__init__(f"{method}: {code} {description}")
        self.method, self.code, self.description = method, code, description


def check_telegram(settings: TelegramSettings) -> CheckResult:
    if not settings.token and not settings.chat_id:
        return off(NAME, "OMIS_TELEGRAM_TOKEN и OMIS_TELEGRAM_CHAT_ID не заданы")
    if not settings.token:
        return missing_settings(NAME, ["OMIS_TELEGRAM_TOKEN"])
    if not settings.chat_id:
        result = missing_settings(NAME, ["OMIS_TELEGRAM_CHAT_ID"])
        return fail(NAME, result.detail, CHAT_ID_HINT)
    token = settings.token.get_secret_value()
    result = _probe(settings, token)
    # Whatever went wrong, the token itself never reaches the screen or the journal.
    return replace(
        result, detail=result.detail.replace(token, "***"), hint=result.hint.replace(token, "***")
    )


def _probe(settings: TelegramSettings, token: str) -> CheckResult:
    base_url = f"{settings.api_url.rstrip('/')}/bot{token}"
    chats = [chat for chat in (settings.chat_id, settings.escalation_chat_id) if chat]
    try:
        with httpx.Client(base_url=base_url, timeout=settings.timeout_seconds) as client:
            bot = _call(client, "getMe", {})
            titles = [_chat_title(_call(client, "getChat", {"chat_id": chat})) for chat in chats]
    except _Refused as refused:
        return _refusal(refused, settings)
    except httpx.HTTPError as exc:
        return fail(
            NAME,
            f"нет связи с {settings.api_url}: {exc}",
            "проверьте доступ с этого сервера к api.telegram.org:443 (межсетевой экран, прокси); "
            "если Telegram доступен через свой шлюз, укажите его в OMIS_TELEGRAM_API_URL",
        )
    shown = ", ".join(f"«{title}» ({chat})" for title, chat in zip(titles, chats, strict=True))
    return ok(NAME, f"бот @{bot.get('username', '?')}; чат: {shown}")


def _call(client: httpx.Client, method: str, params: dict[str, str]) -> dict[str, Any]:
    response = client.post(f"/{method}", json=params)
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code == 200 and isinstance(body, dict) and body.get("ok"):
        result = body.get("result")
        return result if isinstance(result, dict) else {}
    description = body.get("description") if isinstance(body, dict) else None
    raise _Refused(method, response.status_code, str(description or response.reason_phrase))


def _chat_title(chat: dict[str, Any]) -> str:
    title = chat.get("title") or " ".join(
        part for part in (chat.get("first_name"), chat.get("last_name")) if part
    )
    return str(title or chat.get("username") or chat.get("id"))


def _refusal(refused: _Refused, settings: TelegramSettings) -> CheckResult:
    detail = f"{refused.method}: {refused.code} {refused.description}"
    if refused.method == "getMe" and refused.code in (401, 404):
        return fail(NAME, f"токен отклонён ({detail})", REJECTED_BOT_HINT)
    if refused.method == "getChat" and refused.code == 400:
        return fail(
            NAME,
            f"чат не найден ({detail})",
            "бот не состоит в чате или id неверен: добавьте бота в группу (в личном чате "
            "напишите ему /start) и проверьте OMIS_TELEGRAM_CHAT_ID и "
            f"OMIS_TELEGRAM_ESCALATION_CHAT_ID; {CHAT_ID_HINT}",
        )
    if refused.code == 403:
        return fail(
            NAME,
            f"доступ запрещён ({detail})",
            "бота удалили из чата или заблокировали: добавьте его снова",
        )
    if refused.code == 429:
        return fail(NAME, f"слишком много запросов ({detail})", "повторите проверку через минуту")
    return fail(NAME, detail, f"проверьте OMIS_TELEGRAM_API_URL ({settings.api_url})")
