"""Ingestion: corpus files -> cleaned blocks -> chunks -> embeddings -> store."""
