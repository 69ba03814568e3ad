#!/usr/bin/env bash
# Finishes the Linux application image before it is packaged; mvn -Pinstaller package runs it after jpackage made
# the image. Puts the native libraries of JavaFX and SQLite beside the jar, so that a start neither unpacks nor
# checksums them (JavaFX into ~/.openjfx, sqlite-jdbc into /tmp), and records which classes a start loads (a training start on a demo store, under Xvfb when there is no display), from which
# postinst makes the class-data archive on the user's machine. See docs/adr/0013-start-up.md.
#   installer/linux/prepare-image.sh target/installer/image/Promptly
set -euo pipefail
image=$(cd "$1" && pwd)
app="$image/lib/app"

arch=$(uname -m) # x86_64 or aarch64, as sqlite-jdbc names its folders
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$app/promptly.jar" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
mkdir -p "$app/native"
mv "$work/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$app/native/"
# JavaFX looks for its libraries in the jar's own folder before it unpacks them from the jar.
(cd "$app" && jar tf promptly.jar | grep -E '^lib[^/]*\.so$' | xargs jar xf promptly.jar)

# The training start: the first rep of a demo store, remembered as the user, so that it opens on their queue.
export XDG_DATA_HOME="$work/data"
export JAVA_TOOL_OPTIONS="-Duser.home=$work"
"$image/bin/Promptly" demo generate >/dev/null 2>&1
rep=$("$image/bin/Promptly" reps list --format json 2>/dev/null | grep -m1 '"email"' | cut -d'"' -f4)
mkdir -p "$work/.config/promptly"
echo "rep.email=$rep" > "$work/.config/promptly/settings.properties"
export JAVA_TOOL_OPTIONS="-Duser.home=$work -Dpromptly.reportStartup=true -XX:DumpLoadedClassList=$app/promptly.classlist"
display=()
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "prepare-image: no display and no xvfb-run; the package will make its class-data archive without a class list" >&2
    exit 0
  fi
  display=(xvfb-run -a -s '-screen 0 1440x900x24')
fi
if ! timeout 120 "${display[@]}" "$image/bin/Promptly" >"$work/training.log" 2>&1 \
    || ! grep -q usable-after-ms "$work/training.log"; then
  echo "prepare-image: the training start did not reach the queue; no class list" >&2
  cat "$work/training.log" >&2
  rm -f "$app/promptly.classlist"
  exit 0
fi
echo "prepare-image: $(wc -l < "$app/promptly.classlist") classes listed for the class-data archive"
