#!/bin/sh
# Installs the Debian packages the screen reader suite needs (tests/atspi), when missing.
# Only where apt-get exists and we are root (or on CI, through sudo without a password);
# anywhere else it says why and the suite skips itself with the same reason.
# Usage: install_system_packages.sh PACKAGE...
missing=""
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not installing$missing: no apt-get here; the screen reader tests will be skipped."
    exit 0
fi
if [ "$(id -u)" = "0" ]; then
    run=""
elif [ "${CI:-}" = "true" ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run="sudo -n"
else
    echo "Not installing$missing: that needs root; the screen reader tests will be skipped."
    exit 0
fi
echo "Installing$missing for the screen reader tests..."
export DEBIAN_FRONTEND=noninteractive
if ! { $run apt-get update -q >/dev/null && \
       $run apt-get install -y -q --no-install-recommends $missing >/dev/null; }; then
    echo "Could not install$missing; the screen reader tests will be skipped."
fi
exit 0
