#!/usr/bin/env bash
# Finishes the Linux application image before it is packaged; mvn -Pinstaller package runs it after jpackage made
# the image. Puts the native libraries of JavaFX and SQLite beside the jar, so that a start neither unpacks nor
# checksums them (JavaFX into ~/.openjfx, sqlite-jdbc into /tmp), takes out of the jar the native libraries the
# package does not need, stores the jar's entries uncompressed for the package's compressor, and records which
# classes a start loads (a training start on a demo store, under Xvfb when there is no display), from which
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
# The jar then needs none of its native libraries but JNA's own for this machine: SQLite's for every platform
# (about 11 MB packed), JavaFX's (now beside it) and JNA's for other systems go.
jna="linux-${arch//_/-}"
(cd "$app" && jar tf promptly.jar \
  | grep -E '^org/sqlite/native/.+[^/]$|^lib[^/]*\.so$|^com/sun/jna/[^/]+/(lib)?jnidispatch\.' \
  | grep -v "^com/sun/jna/$jna/" \
  | zip -q -d promptly.jar -@)
# The jar's entries stored, not deflated: the package's xz then compresses the classes and resources themselves,
# which it does far better than deflate did one entry at a time (xz gains next to nothing on deflated data): the
# .deb 48.9 MB to 35.5 MB, the installed jar 30 MB to 67 MB (docs/benchmarks.md). The entries keep their order,
# and the folders theirs (Flyway finds its migrations by folder).
mkdir "$work/jar"
(cd "$app" && jar tf promptly.jar) > "$work/entries"
(cd "$work/jar" && jar xf "$app/promptly.jar" && zip -q -0 -X -nw "$work/promptly.jar" -@ < "$work/entries")
mv "$work/promptly.jar" "$app/promptly.jar"
rm -rf "$work/jar" "$work/entries"
# jlink archives the JDK's classes twice, the second time for heaps over 32 GB (no compressed pointers), which a
# desktop app with a 256 MB heap never has: about 2 MB of the package.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

# The training starts: the command line listing teams and showing a rep's queue, then the window opening on that
# rep's queue (the first rep of a demo store, remembered as the user), each listing the classes it loads.
export XDG_DATA_HOME="$work/data"
export JAVA_TOOL_OPTIONS="-Duser.home=$work"
"$image/bin/Promptly" demo generate >/dev/null 2>&1
rep=$("$image/bin/Promptly" reps list --format json 2>/dev/null | grep -m1 '"email"' | cut -d'"' -f4)
for command in "teams list" "queue --rep $rep"; do
  JAVA_TOOL_OPTIONS="-Duser.home=$work -XX:DumpLoadedClassList=$work/cli-${command%% *}.classlist" \
    "$image/bin/Promptly" $command >/dev/null 2>&1
done
mkdir -p "$work/.config/promptly"
echo "rep.email=$rep" > "$work/.config/promptly/settings.properties"
export JAVA_TOOL_OPTIONS="-Duser.home=$work -Dpromptly.reportStartup=true -XX:DumpLoadedClassList=$work/window.classlist"
display=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  display=(xvfb-run -a -s '-screen 0 1440x900x24')
fi
if [ -z "${DISPLAY:-}" ] && [ ${#display[@]} -eq 0 ]; then
  echo "prepare-image: no display and no xvfb-run; no class list for the window's class-data archive" >&2
  rm -f "$work/window.classlist"
elif ! timeout 120 "${display[@]}" "$image/bin/Promptly" >"$work/training.log" 2>&1 \
    || ! grep -q usable-after-ms "$work/training.log"; then
  echo "prepare-image: the training start did not reach the queue; no class list for the window's class-data archive" >&2
  cat "$work/training.log" >&2
  rm -f "$work/window.classlist"
fi
# The window's classes, and the command line's (each class once, in the order first loaded): postinst makes an
# archive of each.
if [ -f "$work/window.classlist" ]; then
  grep -v '^#' "$work/window.classlist" > "$app/promptly.classlist"
fi
cat "$work"/cli-*.classlist | grep -v '^#' | awk '!seen[$0]++' > "$app/promptly-cli.classlist"
echo "prepare-image: $(wc -l < "$app/promptly-cli.classlist") classes listed for the command line's class-data archive"
[ -f "$app/promptly.classlist" ] && echo "prepare-image: $(wc -l < "$app/promptly.classlist") for the window's"
exit 0
