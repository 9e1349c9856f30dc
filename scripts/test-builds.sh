#!/usr/bin/env bash
# npm run test:e2e-builds: the test command's four builds, two at a time.
#   here:  the `next start` build (SITE_URL :3107), then the export into out/ (:3109); they leave
#          generated/ compiled from data/ alone, as the unit and end-to-end tests read it;
#   aside: the ×10 scale export with its byte budgets (bench/scale.ts), then the export with the
#          fictional third article into out-fixture/ (:3111), which comes back here.
# Arguments, if any, are a command run here once this side's builds are done, beside the aside
# ones (the test command runs the unit tests and the Nu checker so).
# A build writes .next/ and generated/ where it runs, so the aside pair runs in a copy of the
# working tree, .build-aside/, with node_modules hard-linked (the same packages, linked in under
# a second; Turbopack refuses a node_modules symlinked from outside its root).
# Why: one after another the four kept both cores 81 % busy on average; side by side, 93-98 %
# (docs/performance.md, "The test command").
set -euo pipefail
cd "$(dirname "$0")/.."
# No Turbopack cache: none of these builds is built again from it (next.config.js).
export BUILD_CACHE=0

aside=.build-aside
aside_pid=
cleanup() {
  # Stopped early (a signal, a failure here): the aside builds stop too, before their folder goes.
  if [ -n "$aside_pid" ] && kill -0 "$aside_pid" 2>/dev/null; then
    kill -- -"$aside_pid" 2>/dev/null || true
    wait "$aside_pid" 2>/dev/null || true
  fi
  rm -rf "$aside"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# No earlier run's fixture export may stand in for this one's.
rm -rf "$aside" out-fixture
mkdir "$aside"
# The working tree's sources as they are on disk, uncommitted edits included: what git tracks or
# would track (its ignores leave every build output out), and the local .env files Next reads.
git ls-files -z --cached --others --exclude-standard --deduplicate |
  while IFS= read -r -d '' file; do if [ -e "$file" ]; then printf '%s\0' "$file"; fi; done |
  xargs -0 cp -a --parents -t "$aside"
for file in .env*.local; do if [ -e "$file" ]; then cp -a "$file" "$aside/"; fi; done
# Hard links need one file system; where node_modules is on another, a full copy.
if ! cp -al node_modules "$aside/node_modules" 2>/dev/null; then
  echo "test-builds: node_modules cannot be hard-linked here; copying it." >&2
  rm -rf "$aside/node_modules"
  cp -a node_modules "$aside/node_modules"
fi

# In a session of its own, so cleanup() can stop all of it (npx, tsx, next and their workers).
setsid bash -c '
  set -euo pipefail
  cd "$1"
  npm run --silent test:scale -- --no-restore
  BRIEFING_EXTRA_SOURCES=e2e/fixtures/sources EXPORT_DIR=out-fixture \
    SITE_URL=http://127.0.0.1:3111 bash scripts/export.sh
' _ "$aside" > "$aside/build.log" 2>&1 &
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
aside_pid=
if [ "$aside_status" -eq 0 ]; then mv "$aside/out-fixture" out-fixture; fi

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
