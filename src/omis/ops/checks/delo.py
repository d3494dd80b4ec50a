"""Doctor check of the DELO servers: the sync's own configuration and client code.

For the default installation and every named one: the configuration is loaded as the sync
loads it (a BOM, a bad value or a missing file is reported in the sync's own words), then
the sync's client logs in, reads one row through the production filter and logs out
(:func:`omis.pos.sync.probe_delo`), so a CA bundle, a proxy or a refused account shows here
exactly as the next run would meet it.
"""

from __future__ import annotations

from omis.adapters.delo.client import DeloError, Problem
from omis.core.errors import ConfigError
from omis.core.settings import DeloSettings
from omis.ops.checks.base import CheckResult, State, fail, off, ok, warn
from omis.pos.config import DEFAULT_INSTALLATION, installation_names, load_pos_config
from omis.pos.sync import probe_delo

NAME = "СЭД «Дело»"
CONFIG_HINT = (
    "исправьте файл по образцу из docs/ru/05-delo.md (или переменные OMIS_DELO_*) и "
    "повторите omis doctor"
)
HINTS = {
    Problem.UNREACHABLE: (
        "проверьте адрес (login_url и graphql_endpoint в connection_config.json или "
        "OMIS_DELO_URL), что сервер «Дела» работает и доступен с этого сервера (межсетевой "
        "экран, VPN, прокси)"
    ),
    Problem.TLS: (
        "укажите в OMIS_DELO_CA_BUNDLE (или caBundle в processing_config.json) файл с "
        "корневым сертификатом организации (PEM)"
    ),
    Problem.TIMEOUT: (
        "сервер принимает соединения, но не отвечает: проверьте службы «Дела» (IIS, "
        "CoreHost); медленному серверу — больше readTimeout в processing_config.json"
    ),
    Problem.LOGIN: (
        "проверьте username и password в connection_config.json (или OMIS_DELO_USERNAME и "
        "OMIS_DELO_PASSWORD) и поле app; учётная запись должна быть активна в «Деле»"
    ),
    Problem.SERVER: (
        "проверьте login_url, logout_url и graphql_endpoint в connection_config.json: "
        "сервер ответил ошибкой"
    ),
    Problem.ANSWER: (
        "«Дело» ответило не так, как описано в docs/ru/05-delo.md: проверьте posGroupApiName "
        "и docKinds, права учётной записи на чтение рубрик; подробности в журнале"
    ),
    Problem.SESSION: "ответ на вход должен ставить cookie сессии: прокси перед «Делом» не должен её срезать",
    Problem.DEADLINE: "увеличьте runDeadlineMinutes или уменьшите pagination.pageSize",
}


def check_delo(settings: DeloSettings) -> CheckResult:
    names = installation_names(settings)
    if not settings.configured and not names:
        return off(
            NAME, "OMIS_DELO_CONFIG_DIR и OMIS_DELO_URL не заданы: синхронизация ПОС выключена"
        )
    installations = ([DEFAULT_INSTALLATION] if settings.configured else []) + names
    results = [check_installation(settings, name) for name in installations]
    if len(results) == 1:
        return results[0]
    worst = max(results, key=lambda r: _SEVERITY[r.state])
    detail = "; ".join(
        f"«{name}»: {r.detail}" for name, r in zip(installations, results, strict=True)
    )
    hints = "; ".join(dict.fromkeys(r.hint for r in results if r.hint))
    return CheckResult(NAME, worst.state, detail, hints)


_SEVERITY = {State.OK: 0, State.OFF: 0, State.WARN: 1, State.FAIL: 2}


def check_installation(settings: DeloSettings, installation: str) -> CheckResult:
    """One DELO installation, checked by the sync's own code."""
    try:
        config = load_pos_config(None, settings, installation)
        probe = probe_delo(config)
    except ConfigError as exc:
        return fail(NAME, str(exc), CONFIG_HINT)
    except DeloError as exc:
        return fail(NAME, str(exc), HINTS[exc.problem])
    if not probe.logged_out:
        return warn(
            NAME,
            f"{probe.description}; выход ({config.connection.logout_url}) не удался",
            "проверьте logout_url в connection_config.json",
        )
    return ok(NAME, probe.description)
