# lossmon's service image: `lossmon web` (gunicorn) by default; `lossmon worker` and
# `lossmon db upgrade` run from the same image (see docker-compose.yml).

# uPlot comes from the npm registry, pinned by package-lock.json (no CDN at run time).
FROM node:22-slim AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --silent

FROM python:3.12-slim
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
