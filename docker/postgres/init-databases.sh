#!/bin/bash
# Runs once, when the PostgreSQL volume is empty: one database per owning service, each owned by its own role,
# so ingest-service cannot touch target-service's tables and the other way round.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v ingest_password="$INGEST_DB_PASSWORD" -v target_password="$TARGET_DB_PASSWORD" <<'SQL'
CREATE ROLE plantrack_ingest LOGIN PASSWORD :'ingest_password';
CREATE DATABASE plantrack_ingest OWNER plantrack_ingest;
CREATE ROLE plantrack_target LOGIN PASSWORD :'target_password';
CREATE DATABASE plantrack_target OWNER plantrack_target;
SQL
