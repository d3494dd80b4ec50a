"""What a doctor check reports: a state, what was found, and how to fix it (in Russian)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from omis.adapters.channels.base import Channel, ChannelError
from omis.adapters.mailsources.base import MailSourceError


class State(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    OFF = "off"  # the outside system is not configured: shown, never a failure

    @property
    def label(self) -> str:
        return {"ok": "в порядке", "warn": "внимание", "fail": "ОШИБКА", "off": "не настроено"}[
            self.value
        ]


@dataclass(frozen=True)
class CheckResult:
    """One line of the doctor's table. ``hint`` says what to do; set for WARN and FAIL."""

    name: str
    state: State
    detail: str
    hint: str = ""


def ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, State.OK, detail)


def warn(name: str, detail: str, hint: str) -> CheckResult:
    return CheckResult(name, State.WARN, detail, hint)


def fail(name: str, detail: str, hint: str) -> CheckResult:
    return CheckResult(name, State.FAIL, detail, hint)


def off(name: str, detail: str) -> CheckResult:
    return CheckResult(name, State.OFF, detail)


def missing_settings(name: str, variables: list[str]) -> CheckResult:
    """A configured system with some required variables unset."""
    return fail(
        name,
        "не заданы: " + ", ".join(variables),
        "добавьте эти переменные в /etc/default/omis (Windows: файл окружения OMIS) "
        "или в .env рабочего каталога и повторите omis doctor",
    )


def probe_channels(name: str, channels: list[Channel], hints: Mapping[str, str]) -> CheckResult:
    """Probe each channel the jobs would use; the first error becomes a failure with the
    hint for its kind of problem (``hints["server"]`` when there is none for it)."""
    try:
        found = [channel.probe() for channel in channels]
    except ChannelError as exc:
        return fail(name, exc.message, hints.get(exc.problem, hints["server"]))
    return ok(name, "; ".join(found))


class ProbedMailbox(Protocol):
    """A mail source that can be probed: log in and open the folder, read no letter."""

    def probe(self) -> str: ...

    def close(self) -> None: ...


def probe_mailbox(
    name: str, source: ProbedMailbox, hint: Callable[[MailSourceError], str]
) -> CheckResult:
    """Probe the mail source the jobs read with, then close it; its error becomes a
    failure with the hint for it."""
    try:
        return ok(name, source.probe())
    except MailSourceError as exc:
        return fail(name, str(exc), hint(exc))
    finally:
        source.close()
