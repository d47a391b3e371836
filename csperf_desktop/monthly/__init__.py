"""The month (月度考核), in the order it runs. Each step imports only the steps above it in
this list (import-linter checks it; the package itself imports nothing, so the window can
paint before any of it loads).

- ``scoring``: the arithmetic, pure (base 80, cap 100, bonuses and deductions, ranks);
- ``standings``: the month's live standings from its events and figures;
- ``periods``: a month's state, the lock every change checks (``ensure_open``), the
  fingerprinted snapshot and ``republish`` after an upheld appeal;
- ``events``: recording and voiding bonus / deduction events (``insert_in`` / ``void_in``
  write inside a caller's ``change()``);
- ``figures``: the month's figures (CSAT, attendance, ...) typed in or imported;
- ``proposal``: the ``Proposal`` record the providers return;
- ``exams``, ``spotchecks``, ``gifts``: exams (full marks propose B02), spot checks (failed
  items propose deductions), order gifts;
- ``proposals``: every proposal of the month from the three providers, confirmed or dismissed;
- ``appeals``: re-check applications in the appeal window, decided item by item;
- ``month_end``: the checklist that gates publishing;
- ``lifecycle``: ``publish_month``, ``close_month`` (refused while an appeal waits),
  ``reopen_month``;
- ``verify``: the integrity check of the database, the audit chain and the published snapshots.
"""
