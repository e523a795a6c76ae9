"""Operations: scheduled jobs, backup, health, webhook, logs, heap, catalog check."""
