#!/bin/sh
# A streaming hot standby: on first start the data folder is cloned from the primary with
# pg_basebackup (--write-recovery-conf leaves standby.signal and primary_conninfo), then the image's
# own entrypoint starts PostgreSQL on it, read-only, following the primary.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host="$PRIMARY_HOST" --quiet; do sleep 1; done
  pg_basebackup --host="$PRIMARY_HOST" --username=replicator --pgdata="$PGDATA" \
    --wal-method=stream --write-recovery-conf --checkpoint=fast
fi
exec docker-entrypoint.sh postgres
