# One image for web, worker and beat; docker-compose.yml picks the command.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    VAR_DIR=/var/lib/portal \
    STATIC_MANIFEST=true

WORKDIR /app
COPY pyproject.toml constraints.txt ./
RUN pip install --constraint constraints.txt .
COPY . .
RUN useradd --system --home-dir /app portal \
    && mkdir -p "$VAR_DIR" && chown portal "$VAR_DIR" \
    && SECRET_KEY=build-only-not-secret python manage.py collectstatic --noinput

USER portal
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
