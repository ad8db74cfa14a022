package org.bilateral.support.jsonb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.hibernate.type.descriptor.java.MutabilityPlan;

/**
 * How Hibernate copies a jsonb list of records for the snapshot it compares at flush. Its default for a
 * JSON column is to write the value out and parse it back (two Jackson passes per column per loaded row,
 * a quarter of a list request's CPU). The elements here are records of immutable values, so copying the
 * list is an exact copy: a list changed in place or replaced still differs from its snapshot.
 * Put it on a {@code List} attribute only when its elements are immutable.
 */
public final class ValueListMutability implements MutabilityPlan<List<?>> {

    @Override
    public boolean isMutable() {
        return true;
    }

    @Override
    public List<?> deepCopy(List<?> value) {
        return value == null ? null : new ArrayList<>(value);
    }

    @Override
    public Serializable disassemble(List<?> value, SharedSessionContract session) {
        return value == null ? null : new ArrayList<>(value);
    }

    @Override
    public List<?> assemble(Serializable cached, SharedSessionContract session) {
        return cached == null ? null : new ArrayList<>((List<?>) cached);
    }
}
