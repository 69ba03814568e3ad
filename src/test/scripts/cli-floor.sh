#!/usr/bin/env bash
# The floor under the command line's start: what any Java 17 program pays to open a Promptly store with the SQLite
# driver Promptly ships and list one table, without Promptly's code, its command-line parser or its logging set-up.
# Compiles a 20-line program against Promptly's jar, gives it a class-data archive of its own (as the installed app
# has one), and times it in turn with a bare JVM, `promptly teams list` and a rep's queue (cli-interleaved.py).
#   src/test/scripts/cli-floor.sh STORE REP_EMAIL [RUNS]
# Uses the installed app (/opt/promptly: its runtime, jar, SQLite library and options) so that floor and commands
# run on the same JVM with the same options; install the .deb first (installer/README.md).
set -euo pipefail
store=$1 rep=$2 runs=${3:-15}
app=/opt/promptly/lib/app
java=/opt/promptly/lib/runtime/bin/java
options=(-Xms256m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC
         -Dorg.sqlite.lib.path=$app/native -Dorg.sqlite.lib.name=libsqlitejdbc.so)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cat > "$work/Floor.java" <<'JAVA'
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the store as Promptly does (WAL, foreign keys, busy timeout) and lists the teams. */
public class Floor {
    public static void main(String[] args) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + args[0]);
        try (Connection connection = source.getConnection();
             Statement statement = connection.createStatement();
             ResultSet teams = statement.executeQuery("SELECT id, name FROM teams ORDER BY name")) {
            while (teams.next()) {
                System.out.println(teams.getLong(1) + "  " + teams.getString(2));
            }
        }
    }
}
JAVA
printf 'public class Bare { public static void main(String[] a) { } }\n' > "$work/Bare.java"
javac -d "$work" -cp "$app/promptly.jar" "$work/Floor.java" "$work/Bare.java"
(cd "$work" && jar cf floor.jar Floor.class)
# The archive is made by a first run (JDK 17's dynamic archive, over the JDK's own).
"$java" "${options[@]}" -XX:ArchiveClassesAtExit="$work/floor.jsa" -cp "$app/promptly.jar:$work/floor.jar" \
    Floor "$store" > /dev/null 2>&1
"$(dirname "$0")/cli-interleaved.py" "$runs" \
  "bare=$java -cp $work Bare" \
  "floor=$java ${options[*]} -XX:SharedArchiveFile=$work/floor.jsa -cp $app/promptly.jar:$work/floor.jar Floor $store" \
  "teams=promptly --db $store teams list" \
  "queue=promptly --db $store queue --rep $rep"
