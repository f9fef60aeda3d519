#!/usr/bin/env bash
# Installs axe-core (the accessibility rules engine the browser tests inject
# into each section) from the npm registry into tests/e2e/vendor/node_modules.
# Pinned: a new axe version can add rules, and CI must not change under us.
# Called by .ci/run; safe to run again (does nothing when the version is there).
set -euo pipefail
cd "$(dirname "$0")"
VERSION=4.14.1
have=$(node -p "require('./node_modules/axe-core/package.json').version" 2>/dev/null || true)
if [ "$have" = "$VERSION" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is missing (apt-get install npm); the accessibility tests need it." >&2
  exit 1
fi
npm install --no-save --no-package-lock --no-audit --no-fund --silent --prefix . "axe-core@$VERSION"
echo "axe-core $VERSION installed in $(pwd)/node_modules"
