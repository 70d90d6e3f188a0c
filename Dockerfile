# syntax=docker/dockerfile:1
# heartline: the companion bot, as a small image that runs as a non-root user.
#
#   docker compose up -d            (see docs/deploy.md)
#
# Dependencies come from the project's own metadata (`pip install .`). The
# SQLite database lives on the /data volume. At start the entrypoint runs
# `heartline check` and then `heartline run`; the health check reads /healthz.

ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /src
# Only what .dockerignore lets through: pyproject.toml and the packages.
COPY . .
RUN python -m venv /opt/heartline \
 && /opt/heartline/bin/pip install .

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/heartline/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HEARTLINE_DB=/data/heartline.db \
    HEARTLINE_HEALTH_HOST=0.0.0.0 \
    HEARTLINE_HEALTH_PORT=8080
COPY --from=build /opt/heartline /opt/heartline
COPY docker/entrypoint.sh /usr/local/bin/heartline-entrypoint
RUN groupadd --system --gid 10001 heartline \
 && useradd --system --uid 10001 --gid heartline --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin heartline \
 && mkdir -p /data \
 && chown heartline:heartline /data \
 && chmod 0755 /usr/local/bin/heartline-entrypoint
# A new named volume starts as a copy of /data here, owned by heartline.
VOLUME ["/data"]
WORKDIR /data
USER heartline:heartline
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('HEARTLINE_HEALTH_PORT', '8080'), timeout=4)"]
ENTRYPOINT ["heartline-entrypoint"]
CMD ["run"]
