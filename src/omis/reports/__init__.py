"""Reports: the figures supervisors ask for, one library function each.

* :func:`omis.reports.contractors.contractor_performance`: per contractor and step,
  how many positions, median and 90th-percentile durations, breaches, what is still open;
* :func:`omis.reports.mail.automation_rate`: letters decided by OMIS, sent to review,
  ignored, per day; how review items were resolved and how long they waited;
* :func:`omis.reports.delays.delays`: positions that became late, reminders and
  escalations sent, per day;
* :func:`omis.reports.pos.pos_progress`: the POS sync per day and installation.

Each takes a read session and a :class:`omis.reports.period.Period` and returns a frozen
result; the web page, ``omis report`` and the exports (:mod:`omis.reports.tables`) all
read the same results. Heavy lifting (grouping, the first time a position reached each
status) happens in SQL; what needs the working calendar happens here.
"""
