"""The `jamplan` command line."""
