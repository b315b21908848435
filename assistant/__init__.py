"""jamplan's core, by step: index/ (search), grounding/ (support), generation/ (answers), service.py (entry point).

Importing this package is cheap: no model, store client or LLM client is loaded until used.
"""
