#!/bin/sh
# /usr/local/bin/omis: run an OMIS command exactly as the systemd units do: as the omis
# user, with the variables of /etc/default/omis, in /var/lib/omis.
# Install: sudo install -m 0755 /opt/omis/ops/systemd/omis-admin.sh /usr/local/bin/omis
# Use:     sudo omis doctor      sudo omis db backup      sudo omis user --help
set -eu
if [ -t 0 ] && [ -t 1 ]; then io=--pty; else io=--pipe; fi
exec systemd-run --quiet --wait --collect "$io" \
    --uid=omis --gid=omis \
    --property=EnvironmentFile=/etc/default/omis \
    --property=WorkingDirectory=/var/lib/omis \
    /opt/omis/venv/bin/omis "$@"
