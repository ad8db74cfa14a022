package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "TARGET: a goal set by an authority. FORECAST: an official's expectation for a period. ASPIRATION: a stated ambition without deadline.")
public enum TargetKind {
    TARGET, FORECAST, ASPIRATION
}
