"""The advisor side: the roster, work on leads, its German texts (view), reminders, export."""
