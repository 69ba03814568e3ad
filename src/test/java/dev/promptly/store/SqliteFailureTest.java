package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptly.common.StoreBusyException;
import dev.promptly.common.StoreDamagedException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteFailureTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            SQLITE_FULL,                DISK_FULL
            SQLITE_IOERR_SHMSIZE,       DISK_FULL
            SQLITE_READONLY,            READ_ONLY
            SQLITE_READONLY_DIRECTORY,  READ_ONLY
            SQLITE_READONLY_CANTINIT,   READ_ONLY
            SQLITE_READONLY_DBMOVED,    OTHER
            SQLITE_CORRUPT,             DAMAGED
            SQLITE_CORRUPT_INDEX,       DAMAGED
            SQLITE_NOTADB,              NOT_A_DATABASE
            SQLITE_BUSY,                BUSY
            SQLITE_BUSY_SNAPSHOT,       BUSY
            SQLITE_LOCKED,              BUSY
            SQLITE_CANTOPEN,            CANNOT_OPEN
            SQLITE_IOERR_WRITE,         OTHER
            SQLITE_ERROR,               OTHER
            """)
    void sqliteResultCodesMeanWhatTheUserIsTold(SQLiteErrorCode code, SqliteFailure meaning) {
        assertThat(SqliteFailure.of(new SQLiteException("raw", code))).isEqualTo(meaning);
    }

    @org.junit.jupiter.api.Test
    void theUserReadsTheCauseNotSqlitesSymptom() {
        Path file = Path.of("promptly.db");

        assertThat(SqliteFailure.explain(new SQLiteException("I/O error within xShmMap", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE),
                file)).hasMessage("the disk holding the store (promptly.db) is full; nothing was written");
        assertThat(SqliteFailure.explain(new SQLiteException("malformed", SQLiteErrorCode.SQLITE_CORRUPT), file))
                .isInstanceOf(StoreDamagedException.class)
                .hasMessage("the store promptly.db is damaged; run promptly check");
        assertThat(SqliteFailure.explain(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY), file))
                .isInstanceOf(StoreBusyException.class);
        assertThat(SqliteFailure.explain(new SQLException("something else"), file))
                .hasMessage("the store at promptly.db failed: something else");
    }
}
