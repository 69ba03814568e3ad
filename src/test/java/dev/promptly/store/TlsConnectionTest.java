package dev.promptly.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptly.StoreLocation;
import dev.promptly.common.StoreException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team store that requires TLS, reached with {@code sslmode=verify-full} and the server's CA certificate, as
 * docs/team-server.md tells a team to; a server whose certificate another CA signed is refused. The certificates are
 * made here with openssl, as an administrator would.
 */
class TlsConnectionTest {

    @TempDir
    Path folder;

    @Test
    void verifyFullConnectsToTheRealServerAndRefusesAnImpostor() throws Exception {
        Path ca = authority("ca");
        Path other = authority("other-ca");
        Path serverKey = folder.resolve("server.key");
        openssl("req", "-new", "-nodes", "-newkey", "rsa:2048", "-keyout", serverKey.toString(), "-subj",
                "/CN=localhost", "-out", folder.resolve("server.csr").toString());
        Files.writeString(folder.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl("x509", "-req", "-in", folder.resolve("server.csr").toString(), "-CA", ca.resolveSibling("ca.crt")
                .toString(), "-CAkey", ca.toString(), "-CAcreateserial", "-days", "2", "-extfile",
                folder.resolve("san.ext").toString(), "-out", folder.resolve("server.crt").toString());
        Files.setPosixFilePermissions(serverKey, PosixFilePermissions.fromString("rw-------"));

        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", folder.resolve("server.crt").toString())
                .setServerConfig("ssl_key_file", serverKey.toString())
                .start()) {
            StoreLocation.Server trusted = (StoreLocation.Server) StoreLocation.parse("postgresql://postgres@localhost:"
                    + server.getPort() + "/postgres?sslmode=verify-full&sslrootcert=" + folder.resolve("ca.crt"));
            StoreLocation.Server impostor = (StoreLocation.Server) StoreLocation.parse("postgresql://postgres@localhost:"
                    + server.getPort() + "/postgres?sslmode=verify-full&sslrootcert=" + folder.resolve("other-ca.crt"));

            StoreSetup.setUp(trusted, null);
            Store store = Store.open(trusted, null);
            try {
                assertThat(store.info().engine()).startsWith("PostgreSQL");
                java.util.Optional<Boolean> encrypted = store.database().withConnection(c -> Jdbc.queryOne(c,
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", row -> row.getBoolean(1)));
                assertThat(encrypted).contains(true);
            } finally {
                store.close();
            }
            assertThatThrownBy(() -> Store.open(impostor, null))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the team server at localhost:" + server.getPort() + " could not be "
                            + "verified over TLS");
        }
    }

    /** A certificate authority: its key (returned) and its certificate beside it, NAME.crt. */
    private Path authority(String name) throws Exception {
        Path key = folder.resolve(name + ".key");
        openssl("req", "-x509", "-new", "-nodes", "-newkey", "rsa:2048", "-keyout", key.toString(), "-subj",
                "/CN=" + name, "-days", "2", "-out", folder.resolve(name + ".crt").toString());
        return key;
    }

    private void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.log").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("openssl.log"))).isZero();
    }
}
