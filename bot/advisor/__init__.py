"""The advisor side: who the advisors are, their work on leads, its German texts, reminders, export."""
