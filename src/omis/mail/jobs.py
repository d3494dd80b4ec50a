"""Job names of the mail pass: ``mail`` for the single mailbox of old, ``mail:<name>`` for
each mailbox of ``OMIS_MAIL_SOURCES``, each with its own lock, record, alert and health."""

from __future__ import annotations

from omis.core.jobs import instance_job, job_instance, job_kind
from omis.core.settings import Settings

MAIL_JOB = "mail"


def source_job(name: str) -> str:
    return instance_job(MAIL_JOB, name)


def source_of(job: str) -> str | None:
    """The mailbox a job reads (``mail:podryad`` → ``podryad``); None for other jobs."""
    return job_instance(job) if job_kind(job) == MAIL_JOB else None


def source_jobs(settings: Settings) -> list[str]:
    """One job per configured mailbox; empty when the single-mailbox settings are used."""
    if not settings.mail.mail_sources:
        return []
    return [source_job(name) for name, _mail in settings.mail.sources()]
