"""Prometheus metrics: requests, latency, and the time spent retrieving and generating."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("jamplan_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("jamplan_request_seconds", "HTTP request latency", ["method", "route"],
                                 registry=self.registry,
                                 buckets=(0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10, 30))
        self.retrieval = Histogram("jamplan_retrieval_seconds", "Retrieval time per chat turn", registry=self.registry,
                                   buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2))
        self.generation = Histogram("jamplan_generation_seconds", "Generation time per chat turn", ["backend"],
                                    registry=self.registry, buckets=(0.01, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60))
        self.answers = Counter("jamplan_answers_total", "Chat answers", ["mode", "grounded"], registry=self.registry)
        self.rate_limited = Counter("jamplan_rate_limited_total", "Requests refused with 429", registry=self.registry)
        self.ingest_running = Gauge("jamplan_ingest_running", "1 while an ingest job runs", registry=self.registry)
