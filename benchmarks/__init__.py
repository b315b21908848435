"""Speed and memory benchmarks, each measured beside the LangChain recipe in the same run."""
