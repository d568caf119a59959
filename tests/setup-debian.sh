#!/usr/bin/env bash
# Installs the Debian packages the tests use as real parts, once; does nothing when they are there.
#   poppler-utils      pdftotext, to read back the PDFs the letter channel writes
#   python3-aiosmtpd   a real SMTP server for the email channel
#   chromium           the browser Playwright drives for the web UI tests
#   postgresql         the server for the PostgreSQL store tests
#   fonts-dejavu-core  DejaVuSans.ttf, the font the letter channel embeds in its PDFs
set -euo pipefail
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages for the tests: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
