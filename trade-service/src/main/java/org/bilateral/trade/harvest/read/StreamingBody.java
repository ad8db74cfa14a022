package org.bilateral.trade.harvest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP answer's body as a blocking InputStream that fails when the provider sends nothing for the read
 * timeout (java.net.http only times out until the headers; a body that stalls would block forever). Asks the
 * connection for one more chunk only when the previous one is used up, so memory stays at a chunk or two
 * whatever the answer's size. An answer that ends early (connection closed before Content-Length, a broken
 * chunk) surfaces as the IOException the client reports.
 */
final class StreamingBody extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final long timeoutMillis;
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> chunks;
    private ByteBuffer current;
    private boolean done;
    private IOException failure;

    StreamingBody(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        queue.add(t);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.remaining());
        current.get(b, off, n);
        return n;
    }

    @SuppressWarnings("unchecked")
    private boolean fill() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (chunks != null && chunks.hasNext()) {
                current = chunks.next();
                continue;
            }
            if (failure != null) {
                throw failure;
            }
            if (done) {
                return false;
            }
            Object next;
            try {
                next = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw failure = new IOException("interrupted while reading the answer");
            }
            if (next == null) {
                cancel();
                throw failure = new BodyStallException("the provider sent nothing for " + timeoutMillis / 1000.0 + " s (read timeout)");
            }
            if (next == END) {
                done = true;
                return false;
            }
            if (next instanceof Throwable t) {
                failure = t instanceof IOException io ? io : new IOException(t.getMessage(), t);
                throw failure;
            }
            chunks = ((List<ByteBuffer>) next).iterator();
            current = null;
            subscription.request(1);
        }
        return true;
    }

    private void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            cancel();
        }
    }
}
