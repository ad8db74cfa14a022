package org.bilateral.support.history;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

/** Version rules every replace shares. */
public final class Versions {

    private Versions() {
    }

    /**
     * Every acknowledged replace is a new version, even one that changes nothing (such as a PUT of exactly what GET
     * answered): the client gets a new ETag, and the revision log records who confirmed the record when. Hibernate
     * writes nothing for an unchanged entity, so the version is forced up here; a changed one gets its new version from
     * the flush as always. Call after applying the body, inside the write's transaction.
     */
    public static void newVersionEvenIfUnchanged(Object managedEntity) {
        EntityManager em = Panache.getEntityManager(managedEntity.getClass());
        if (!em.unwrap(Session.class).isDirty()) {
            // UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?: a concurrent writer makes it a 412
            em.lock(managedEntity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.refresh(managedEntity);
        }
    }
}
