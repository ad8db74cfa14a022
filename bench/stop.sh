#!/usr/bin/env bash
# Stops the bench PostgreSQL (the scripts leave it running so data sets are generated once).
source "$(dirname "$0")/lib.sh"
pg_stop
