package org.bilateral.trade.harvest.read;

import java.io.IOException;

/** The provider stopped sending the answer's body for longer than the read timeout. */
final class BodyStallException extends IOException {

    BodyStallException(String message) {
        super(message);
    }
}
