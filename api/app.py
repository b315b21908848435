"""Kept so `api.app:create_app` (CLI, tests, benchmarks, uvicorn factories) still imports; see `api.main`."""

from api.main import create_app, create_local_demo_app

__all__ = ["create_app", "create_local_demo_app"]
