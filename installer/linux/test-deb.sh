#!/usr/bin/env bash
# Builds the .deb, installs it on this machine, and checks what a user gets: the command line on the PATH, a demo
# store made by it, the desktop launcher opening a window (under Xvfb, with a screenshot), the menu entry, and that
# removing the package leaves the user's data. Needs root (dpkg), xvfb, imagemagick. Run from anywhere:
#   sudo installer/linux/test-deb.sh [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
shot=${1:-docs/screenshots/installed.png}
for tool in dpkg xvfb-run import zip; do
    command -v "$tool" >/dev/null || { echo "test-deb.sh needs $tool" >&2; exit 1; }
done

mvn -B -q -Pinstaller package
deb=$(ls target/installer/promptly_*.deb)
echo "Built $deb: $(du -h "$deb" | cut -f1)"

# A minimal system (no desktop menu) must install it too, only without the menu entry.
apt-get install -y -q "./$deb" >/dev/null

echo "promptly on the PATH: $(command -v promptly)"
promptly --version
# The store goes where a user's would: the per-user data folder (here under a temporary XDG_DATA_HOME).
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data"
promptly demo generate
promptly teams list
store="$XDG_DATA_HOME/promptly/promptly.db"
promptly check

desktop=$(ls /usr/share/applications/*romptly*.desktop 2>/dev/null || true)
echo "Menu entry: ${desktop:-none}"
[ -n "$desktop" ] && grep -E '^(Name|Exec|Icon|Categories)=' "$desktop"

# The desktop launcher, as a user's menu would start it, on the demo store.
xvfb-run -a -s '-screen 0 1440x900x24' bash -c "
  /opt/promptly/bin/Promptly > $work/app.log 2>&1 &
  sleep 10
  import -window root -crop 1320x820+0+0 $shot
  kill %1
"
echo "Screenshot: $shot"

dpkg -r promptly >/dev/null
[ -f "$store" ] && echo "Removed the package; the user's store is still there: $store"
[ ! -e /usr/bin/promptly ] && echo "Removed: /usr/bin/promptly is gone"
