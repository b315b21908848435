# jamplan API image. Build: docker build -t jamplan .   Run with compose: docker compose up (see README).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    JAMPLAN_DATA_DIR=/data JAMPLAN_API_HOST=0.0.0.0 JAMPLAN_API_PORT=8000

WORKDIR /app
# Dependencies first so code changes don't reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir -p assistant ingest api jamplan evals benchmarks && \
    touch assistant/__init__.py ingest/__init__.py api/__init__.py jamplan/__init__.py evals/__init__.py \
          benchmarks/__init__.py && \
    pip install -e . && rm -rf assistant ingest api jamplan evals benchmarks
COPY assistant ./assistant
COPY ingest ./ingest
COPY api ./api
COPY jamplan ./jamplan
COPY evals ./evals
COPY benchmarks ./benchmarks
COPY prompts ./prompts
COPY web ./web
COPY corpus ./corpus

RUN useradd --create-home --uid 10001 jamplan && mkdir -p /data && chown jamplan /data
USER jamplan
VOLUME /data
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"

# Several workers need a Chroma server (JAMPLAN_CHROMA_URL); one worker can use the local store.
CMD ["sh", "-c", "jamplan serve --workers ${WORKERS:-2}"]
