"""Slack flows: what talks to Slack's Web API on the use cases' behalf (posting and redrawing
a case, who may use the bot) and the scheduler's jobs."""
