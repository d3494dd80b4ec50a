"""The contractor directory: who a request belongs to, where their mail comes from, their
own delay limits and escalation target. The sender check is :mod:`.sender` (pure)."""
