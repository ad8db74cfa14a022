package org.bilateral.support.seed;

import java.util.List;

/** What a service seeds; the one bean of this type in a service is what {@link SeedRunner} imports. */
public interface SeedPlan {

    /** The service's schema: names the advisory lock its replicas share. */
    String schema();

    /** In import order: an entry may refer to records of kinds listed before its own. */
    List<SeedKind<?>> kinds();
}
