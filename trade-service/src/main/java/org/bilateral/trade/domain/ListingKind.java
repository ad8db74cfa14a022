package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "MAJOR_EXPORT: named among the main goods in that direction. DEMAND_INTEREST: goods the importer is reported to be interested in.")
public enum ListingKind {
    MAJOR_EXPORT, DEMAND_INTEREST
}
