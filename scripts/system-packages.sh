#!/usr/bin/env bash
# Install the Debian packages named as arguments that are not installed yet.
# As root: apt-get. Otherwise sudo when it works without a password prompt failing, else
# print the exact command to run and fail.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "practice needs these system packages: ${missing[*]}; install them with your package manager" >&2
  exit 1
fi
cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
echo "installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
else
  echo "practice needs system packages it cannot install without root; run:" >&2
  echo "  sudo apt-get update && sudo ${cmd[*]}" >&2
  exit 1
fi
