"""The domain: the calendar, the statutory timetable, the checklist, the guard, the yearly
figures. Pure Python: no Slack, no SQL."""
