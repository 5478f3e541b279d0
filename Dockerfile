# lossmon's service image: `lossmon web` (gunicorn) by default; `lossmon worker` and
# `lossmon db upgrade` run from the same image (see docker-compose.yml).

# The base images are build arguments (defaults: the official images) so that stand-ins can be
# used where no registry is reachable (bench/compose_podman.sh).
ARG NODE_IMAGE=node:22-slim
ARG PYTHON_IMAGE=python:3.12-slim

# uPlot comes from the npm registry, pinned by package-lock.json (no CDN at run time).
FROM ${NODE_IMAGE} AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --silent

FROM ${PYTHON_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    LOSSMON_HOME=/data
WORKDIR /app
COPY pyproject.toml setup.py README.md ./
COPY monitor ./monitor
COPY client ./client
COPY migrations ./migrations
COPY --from=assets /src/node_modules/uplot/dist/uPlot.iife.min.js \
     /src/node_modules/uplot/dist/uPlot.min.css ./monitor/dashboard/static/vendor/
RUN pip install ".[server]" \
    && useradd --system --uid 10001 --home-dir /data --create-home lossmon
USER lossmon
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"
CMD ["lossmon", "web", "--bind", "0.0.0.0:8000"]
