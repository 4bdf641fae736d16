"""Paths, settings and secrets; chair.config.secrets is the only module that imports keyring."""
