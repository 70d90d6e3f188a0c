"""Crisis risk screening and the crisis response.

* :mod:`bot.risk.screener`: :class:`~bot.risk.screener.RuleScreener`, the
  rule stage that screens every message before anything else happens;
* :mod:`bot.risk.crisis`: the deterministic crisis reply and crisis lines;
* :mod:`bot.risk.normalize`: the text folding the rules are written against.

Nothing in this package does I/O except :meth:`CrisisDirectory.load`, which
reads the shipped table and an operator's override file once at start-up.
"""
