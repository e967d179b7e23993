#!/bin/sh
# A nightly pg_dump of the primary in custom format (what `npm run db:backup` writes, and
# `npm run db:restore` reads), kept for BACKUP_KEEP_DAYS days. Server and user come from PG* variables.
set -eu
while true; do
  file="/backups/werkbrug-$(date -u +%Y%m%dT%H%M%SZ).dump"
  # Written aside and renamed when complete, so a failed dump never looks like a backup.
  if pg_dump --format=custom --file="$file.partial"; then
    mv "$file.partial" "$file"
    echo "backup written: $file ($(du -h "$file" | cut -f1))"
  else
    rm -f "$file.partial"
    echo "backup FAILED at $(date -u)" >&2
  fi
  find /backups -name 'werkbrug-*.dump' -mtime +"$BACKUP_KEEP_DAYS" -delete
  sleep "$BACKUP_INTERVAL_SECONDS"
done
