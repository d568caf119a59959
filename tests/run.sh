#!/usr/bin/env bash
# The one command that runs every test: installs what the tests need, restores, builds, tests,
# and ends with a plain "N passed, N failed" line. Exit code is non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup-debian.sh
dotnet build CampaignFlow.sln -c Release -nologo -v quiet
log=$(mktemp)
set +e
# The console logger at minimal prints each failed test with its message and stack trace, which quiet hides.
dotnet test CampaignFlow.sln -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# Sum the per-project summary lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...").
python3 - "$log" <<'PY'
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -f "$log"
exit "$status"
