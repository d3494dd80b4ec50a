"""Job names of the mail pass: ``mail`` for the single mailbox of old, ``mail.<name>`` for
each mailbox of ``OMIS_MAIL_SOURCES``, each with its own lock, record, alert and health."""

from __future__ import annotations

from omis.core.settings import Settings

MAIL_JOB = "mail"
PREFIX = "mail."


def source_job(name: str) -> str:
    return f"{PREFIX}{name}"


def source_of(job: str) -> str | None:
    """The mailbox a job reads (``mail.podryad`` → ``podryad``); None for other jobs."""
    return job.removeprefix(PREFIX) if job.startswith(PREFIX) else None


def source_jobs(settings: Settings) -> list[str]:
    """One job per configured mailbox; empty when the single-mailbox settings are used."""
    if not settings.mail.mail_sources:
        return []
    return [source_job(name) for name, _mail in settings.mail.sources()]


def title(job: str, titles: dict[str, str]) -> str:
    """The job's Russian title; a mailbox's job is the mail pass of that mailbox."""
    name = source_of(job)
    if name is not None:
        return f"{titles.get(MAIL_JOB, MAIL_JOB)}, ящик «{name}»"
    return titles.get(job, job)
