# The bot as a container: `docker build -t safeguarding-bot .` (docs/deploy.md).
#
# Two stages: the first installs the locked dependencies and the bot into a virtual
# environment with uv, bytecode compiled (so a read-only root filesystem costs nothing at
# start); the second is a slim Python with that environment only, run as a non-root user.

FROM python:3.11-slim-bookworm AS build
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
RUN pip install --no-cache-dir uv==0.13.9
WORKDIR /src
# Dependencies first: their layer is reused until the lock file changes.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project
COPY bot ./bot
COPY storage ./storage
RUN uv sync --locked --no-dev --no-editable

FROM python:3.11-slim-bookworm
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --home-dir /nonexistent --shell /usr/sbin/nologin bot \
    && mkdir /data && chown bot:bot /data
COPY --from=build /app/.venv /app/.venv
# SQLite by default, on the /data volume; set DATABASE_URL to PostgreSQL for replicas.
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_URL=sqlite:////data/safeguarding.db
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:3000/healthz', timeout=4)"]
ENTRYPOINT ["safeguarding-bot"]
CMD ["run", "--host", "0.0.0.0", "--port", "3000"]
