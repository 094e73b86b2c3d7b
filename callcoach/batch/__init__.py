"""Nightly batch over call archives: discovery, ledger, engines, archive outputs, search."""
