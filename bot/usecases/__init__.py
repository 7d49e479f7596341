"""Use cases: one function each, one transaction each, audited; no Slack. Their read models
(:mod:`bot.usecases.read_models`) are plain data the views may see."""
