"""Evaluation code with thresholds, kept apart from unit tests."""
