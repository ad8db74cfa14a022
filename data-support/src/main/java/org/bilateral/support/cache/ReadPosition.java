package org.bilateral.support.cache;

import jakarta.enterprise.context.RequestScoped;

/** The position the request's list page was read at, when it was kept or could have been ({@link ListPageValidators}). */
@RequestScoped
public class ReadPosition {

    private CurrentPages.Position position;

    CurrentPages.Position get() {
        return position;
    }

    void set(CurrentPages.Position position) {
        this.position = position;
    }
}
