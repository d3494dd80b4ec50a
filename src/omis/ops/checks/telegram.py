"""Doctor check of the Telegram bot: the channels the jobs send through, probed (``getMe``
for the token, ``getChat`` for each chat); this module only turns their errors into hints."""

from __future__ import annotations

from omis.adapters.channels import CHANNEL_BUILDERS
from omis.core.settings import Settings
from omis.ops.checks.base import CheckResult, fail, missing_settings, off, probe_channels

NAME = "Telegram"

REJECTED_BOT_HINT = (
    "Telegram не принял токен бота: получите действующий у @BotFather (/mybots → бот → "
    "API Token; после /revoke старый не работает) и запишите его в OMIS_TELEGRAM_TOKEN"
)
CHAT_ID_HINT = (
    "узнать id чата: добавьте бота в группу, напишите в ней сообщение и откройте "
    "https://api.telegram.org/bot<токен>/getUpdates (поле chat.id; у групп оно начинается с -100)"
)
HINTS = {
    "auth": REJECTED_BOT_HINT,
    "target": "бот не состоит в чате или id неверен: добавьте бота в группу (в личном чате "
    "напишите ему /start) и проверьте OMIS_TELEGRAM_CHAT_ID и OMIS_TELEGRAM_ESCALATION_CHAT_ID; "
    + CHAT_ID_HINT,
    "forbidden": "бота удалили из чата или заблокировали: добавьте его снова",
    "rate": "слишком много запросов: повторите проверку через минуту",
    "network": "проверьте доступ с этого сервера к api.telegram.org:443 (межсетевой экран, "
    "прокси); если Telegram доступен через свой шлюз, укажите его в OMIS_TELEGRAM_API_URL",
    "server": "проверьте OMIS_TELEGRAM_API_URL",
}


def check_telegram(settings: Settings) -> CheckResult:
    config = settings.telegram
    if not config.token and not config.chat_id:
        return off(NAME, "OMIS_TELEGRAM_TOKEN и OMIS_TELEGRAM_CHAT_ID не заданы")
    if not config.token:
        return missing_settings(NAME, ["OMIS_TELEGRAM_TOKEN"])
    if not config.chat_id:
        result = missing_settings(NAME, ["OMIS_TELEGRAM_CHAT_ID"])
        return fail(NAME, result.detail, CHAT_ID_HINT)
    build = CHANNEL_BUILDERS["telegram"]
    channels = [*build(settings, "reminder"), *build(settings, "escalation")]
    return probe_channels(NAME, channels, HINTS)
