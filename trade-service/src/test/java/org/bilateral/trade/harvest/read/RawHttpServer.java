package org.bilateral.trade.harvest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare HTTP/1.1 server for faults a stub library smooths over: each connection's request is read and
 * answered by a script that writes raw bytes (headers promising more than is sent, a body that stops, a close
 * mid-stream).
 */
final class RawHttpServer implements AutoCloseable {

    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    RawHttpServer(Script script) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    readRequest(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    script.answer(out);
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    // the client went away, or the server is closing
                }
            }
        }, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void readRequest(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int c;
        while (matched < 4 && (c = in.read()) >= 0) {
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
