#!/usr/bin/env bash
# The browser end-to-end tests and the README screenshots, from a clean clone:
#   scripts/e2e.sh test          set up, package the .vsix, compile, run the scenarios
#   scripts/e2e.sh screenshots   the same, but regenerate docs/images/*.png instead
# npm run test:e2e and npm run screenshots call this. Every step has a time limit, so that a
# hang fails the run instead of blocking CI; the drivers stop code-server and Chromium on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

mode="${1:-test}"
case "$mode" in
  test) driver=out/test/e2e/browser/run.js limit=1200 ;;
  screenshots) driver=out/test/e2e/browser/screenshots.js limit=600 ;;
  *)
    echo "usage: $0 [test|screenshots]" >&2
    exit 2
    ;;
esac

started=$SECONDS
timeout 1800 bash scripts/e2e-setup.sh
timeout 300 npm run --silent package
timeout 300 npx tsc -p .
echo "e2e: setup, packaging and compiling took $((SECONDS - started)) s"

started=$SECONDS
status=0
rm -rf .e2e-cache/failures
timeout --kill-after=30 "$limit" node "$driver" || status=$?
echo "e2e: $mode took $((SECONDS - started)) s"
if [ "$status" -ne 0 ] && [ -d .e2e-cache/failures ]; then
  echo "e2e: screenshots and code-server logs of the failures are in .e2e-cache/failures/"
fi
exit "$status"
