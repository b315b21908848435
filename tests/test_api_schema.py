"""Schemathesis generates requests from the OpenAPI schema and sends them to the real server: no input may
produce a 5xx, and every response must match what the schema documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from api.persistence import Database
from assistant.index.components import Components
from tests.live import LiveServer
from tests.test_api import start_api

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.needs_corpus_index]


@pytest.fixture(scope="module")
def live_api(corpus_components, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:  # type: ignore[no-untyped-def]
    components: Components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path_factory.mktemp('schema-db') / 's.sqlite'}"}))
    server, keys = start_api(components, db, rate_limit_per_minute=1_000_000, rate_limit_burst=1_000_000,
                             data_dir=tmp_path_factory.mktemp("schema-data"))
    yield server, keys["anna"]
    server.stop()


OPERATIONS = [
    "POST /v1/chat", "GET /v1/conversations", "GET /v1/conversations/{conversation_id}",
    "DELETE /v1/conversations/{conversation_id}", "POST /v1/drafts", "GET /v1/drafts", "GET /v1/drafts/{draft_id}",
    "PUT /v1/drafts/{draft_id}", "DELETE /v1/drafts/{draft_id}", "GET /v1/drafts/{draft_id}/versions/{version}",
    "GET /v1/drafts/{draft_id}/export", "GET /v1/sources/{chunk_id}", "POST /v1/feedback", "POST /v1/ingest",
    "GET /v1/ingest/{job_id}", "GET /v1/modes", "GET /healthz", "GET /readyz",
    "GET /v1/admin/rejected", "GET /v1/admin/flagged", "POST /v1/widget/sessions",
]


def test_schema_lists_every_operation(live_api: tuple[LiveServer, str]) -> None:
    server, _ = live_api
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    found = {op.ok().label for op in schema.get_all_operations()}
    assert set(OPERATIONS) <= found


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_input_breaks_the_api(live_api: tuple[LiveServer, str], label: str) -> None:
    server, key = live_api
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operation = next(op.ok() for op in schema.get_all_operations() if op.ok().label == label)

    # schemathesis' own pytest plugin does not run on this pytest; hypothesis drives its strategy directly.
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=operation.as_strategy())
    def run(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(
            headers={"Authorization": f"Bearer {key}"},
            checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
            timeout=60,
        )

    run()
