"""jamplan's core: configuration, shared models, embeddings, store and retrieval."""
