package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DatePrecision", description = "How much of a date the source gives: DAY (full date), MONTH (month and year; the date is the "
        + "1st of the month), YEAR (year only; the date is 1 January)")
public enum DatePrecision {
    DAY, MONTH, YEAR
}
