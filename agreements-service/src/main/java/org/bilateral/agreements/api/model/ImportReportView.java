package org.bilateral.agreements.api.model;

import org.bilateral.support.seed.SeedReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records a seed import added, per kind. */
@Schema(name = "ImportReport")
public record ImportReportView(int sources, int agreements, int claims, int commissions, int events) {

    public static ImportReportView of(SeedReport r) {
        return new ImportReportView(r.sources(), r.added("agreements"), r.added("claims"), r.added("commissions"), r.added("events"));
    }
}
