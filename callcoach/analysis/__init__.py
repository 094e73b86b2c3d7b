"""Analysers: pure functions (Conversation, Recording | None, Config) -> report section."""
