#!/usr/bin/env bash
# The page's browser tests drive Debian's Chromium (playwright-core downloads no browser of its
# own): install it when missing, so the README's test command passes on a fresh machine.
set -euo pipefail
command -v chromium >/dev/null && exit 0
echo "installing Debian's chromium for the browser tests (once)…" >&2
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
