"""Writing the answer: the backend protocol (base.py), the extractive and openai backends, drafts and prompts."""
