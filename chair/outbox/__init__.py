"""Sending the "?" forward and matching replies to escalations."""
