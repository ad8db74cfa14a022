package org.bilateral.ventures.api.model;

import org.bilateral.support.seed.SeedReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records a seed import added, per kind. */
@Schema(name = "ImportReport")
public record ImportReportView(int sources, int organisations, int ventures, int claims) {

    public static ImportReportView of(SeedReport r) {
        return new ImportReportView(r.sources(), r.added("organisations"), r.added("ventures"), r.added("claims"));
    }
}
