#!/usr/bin/env bash
# npm run test:e2e-builds: the four builds the end-to-end tests need, two at a time.
#   here:  the `next start` build (SITE_URL :3107), then the export into out/ (:3109); they leave
#          generated/ compiled from data/ alone, as the unit and end-to-end tests read it;
#   aside: the ×10 scale export with its byte budgets (bench/scale.ts), then the export with the
#          fictional third article into out-fixture/ (:3111), which comes back here.
# Arguments, if any, are a command run here once this side's builds are done, beside the aside
# ones (the test command runs the unit tests and the Nu checker so).
# A build writes .next/ and generated/ where it runs, so the aside pair runs in a copy of the
# working tree, .build-aside/, with node_modules hard-linked (the same packages, copied in under
# a second; Turbopack refuses a node_modules symlinked from outside its root).
# Why two at a time: one build alone leaves a core idle about a fifth of the time (the bake and
# page generation are single-threaded); side by side both stay busy (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."

aside=.build-aside
rm -rf "$aside"
trap 'rm -rf "$aside"' EXIT
mkdir "$aside"
shopt -s dotglob
for entry in *; do
  case "$entry" in
    # Build outputs and what is not source: the copy's builds write their own.
    node_modules | .git | .next | .next-start-kept | out | out-* | generated | test-results | \
      playwright-report | blob-report | "$aside") ;;
    *) cp -a "$entry" "$aside/" ;;
  esac
done
# Hard links need one file system; where node_modules is elsewhere, a full copy.
cp -al node_modules "$aside/node_modules" 2>/dev/null || cp -a node_modules "$aside/node_modules"

(
  cd "$aside"
  npx tsx bench/scale.ts --sizes 10 --check --no-restore
  BRIEFING_EXTRA_SOURCES=e2e/fixtures/sources EXPORT_DIR=out-fixture \
    SITE_URL=http://127.0.0.1:3111 bash scripts/export.sh
) > "$aside/build.log" 2>&1 &
aside_pid=$!

status=0
SITE_URL=http://127.0.0.1:3107 npm run build && SITE_URL=http://127.0.0.1:3109 npm run export ||
  status=$?
then_status=0
if [ "$status" -eq 0 ] && [ "$#" -gt 0 ]; then
  "$@" || then_status=$?
fi
aside_status=0
wait "$aside_pid" || aside_status=$?

echo "── the scale and fixture exports (built in $aside/) ──"
cat "$aside/build.log"
if [ "$aside_status" -ne 0 ]; then
  echo "test-builds: the scale or fixture export failed (exit $aside_status), above." >&2
  exit "$aside_status"
fi
if [ "$status" -ne 0 ]; then
  echo "test-builds: the next start build or the export failed (exit $status)." >&2
  exit "$status"
fi
if [ "$then_status" -ne 0 ]; then
  echo "test-builds: $* failed (exit $then_status)." >&2
  exit "$then_status"
fi
rm -rf out-fixture
mv "$aside/out-fixture" out-fixture
