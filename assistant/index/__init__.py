"""What is built at ingest and searched at question time: embeddings, the Chroma store, BM25 and hybrid retrieval."""
