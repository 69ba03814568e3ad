package dev.promptly.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network between a client and a server that the test can cut and mend: {@link #cut()} drops every connection
 * and refuses new ones, as a server gone down does; {@link #mend()} lets connections through again on the same port.
 * {@link #silence()} keeps connections open but lets nothing through, as a dead router or a sleeping laptop does.
 */
public final class CuttableProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;
    private volatile boolean silent;

    public CuttableProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            listening = bind(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = listening.getLocalPort();
        accept(listening);
    }

    public int port() {
        return port;
    }

    public synchronized void cut() {
        closeQuietly(listening);
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    /** From now on every byte sent either way is lost, and nobody is told. */
    public void silence() {
        silent = true;
    }

    public synchronized void mend() {
        try {
            listening = bind(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accept(listening);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket server) {
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(upstream);
                    daemon(() -> pump(client, upstream));
                    daemon(() -> pump(upstream, client));
                } catch (IOException e) {
                    return; // cut
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (!silent) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // one side closed: close the other below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "test-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
