package org.bilateral.agreements.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bilateral.agreements.config.AgreementsConfig;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.support.concurrency.ETags;
import org.bilateral.support.paging.Page;
import org.bilateral.support.paging.PageRequest;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The agreement dates as an RFC 5545 calendar, for subscribing in Google, Apple, Outlook or
 * Thunderbird calendars. Each signing and each start and end of validity is an all-day event whose
 * UID depends only on the agreement id and the event kind, so a changed agreement updates its
 * events instead of adding new ones.
 */
@Path("/api/v1/agreements/calendar")
@Tag(name = "Agreements")
public class CalendarResource {

    public static final String TEXT_CALENDAR = "text/calendar";
    /** Marks how much of a date the sources give, on every event. */
    static final String PRECISION_PROPERTY = "X-BILATERAL-DATE-PRECISION";

    private final AgreementsConfig config;

    CalendarResource(AgreementsConfig config) {
        this.config = config;
    }

    /** The kinds of dated event an agreement can have; the name is part of the UID, so never rename one. */
    enum EventKind {
        SIGNED("signed"), VALID_FROM("valid-from"), VALID_UNTIL("valid-until");

        final String uidPart;

        EventKind(String uidPart) {
            this.uidPart = uidPart;
        }
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "agreementsCalendar", summary = "Agreement dates as an iCalendar feed",
            description = "RFC 5545 text/calendar with an all-day VEVENT for each signing and for the first and the last day of each "
                    + "validity of the agreements matching the filters (the same filters, checked the same way, as the list). "
                    + "UIDs are <agreement id>-signed|valid-from|valid-until@<domain> and never change, so a subscribed calendar "
                    + "updates its events; LAST-MODIFIED and DTSTAMP are when the agreement record last changed; URL links the "
                    + "agreement's JSON. A signing known only to the month or year is not put on an invented day: the event spans "
                    + "the whole month or year (DTSTART on its first day, DTEND the day after its last), its SUMMARY says "
                    + "'(month known)' or '(year known)', and X-BILATERAL-DATE-PRECISION is MONTH or YEAR (DAY otherwise). "
                    + "A strong ETag over the calendar answers If-None-Match with 304, so clients can poll cheaply. "
                    + "Read by Google Calendar, Apple Calendar, Outlook and Thunderbird (subscribe by URL).")
    @APIResponse(responseCode = "200", description = "The calendar",
            headers = {@Header(name = "ETag", description = "Strong validator of this calendar, for If-None-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "How long a client may reuse the calendar", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "yearKnownSigning", summary = "A signing known only to the year", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag named in If-None-Match")
    @APIResponse(responseCode = "406", description = "Accept does not allow text/calendar",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<String> calendar(@BeanParam AgreementFilterParams filters, @Context UriInfo uri, @Context HttpHeaders headers) {
        Agreement.Filter filter = filters.toFilter();
        int max = config.calendar().maxAgreements();
        Page<Agreement> found = Agreement.search(filter, new PageRequest(0, max, Agreement.SORT.parse(null)), null);
        if (found.totalItems() > max) {
            throw new ApiException(ProblemType.CALENDAR_TOO_LARGE, found.totalItems() + " agreements match; one calendar "
                    + "holds at most " + max + ": narrow it with the list's filters", null);
        }
        String body = render(found.items(), Agreement.lastModified(found.items().stream().map(a -> a.id).toList()),
                recordBase(uri, headers));
        EntityTag etag = new EntityTag(sha256(body).substring(0, 32));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(config.calendar().maxAgeSeconds());
        if (ETags.noneMatchHits(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), "\"" + etag.getValue() + "\"")) {
            return RestResponse.ResponseBuilder.<String>notModified(etag).cacheControl(cache).build();
        }
        return RestResponse.ResponseBuilder.ok(body, TEXT_CALENDAR + "; charset=utf-8").tag(etag).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"agreements.ics\"").build();
    }

    /**
     * Calendar clients need absolute links. Behind the gateway they point at the host the client
     * called, which the gateway passes in X-Forwarded-Host and X-Forwarded-Proto.
     */
    private static String recordBase(UriInfo uri, HttpHeaders headers) {
        String host = headers.getHeaderString("X-Forwarded-Host");
        String proto = headers.getHeaderString("X-Forwarded-Proto");
        if (host != null && host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
            String scheme = "https".equalsIgnoreCase(proto) ? "https" : "http";
            return scheme + "://" + host + "/api/v1/agreements/";
        }
        return uri.getBaseUri().resolve("api/v1/agreements/").toString();
    }

    String render(List<Agreement> agreements, Map<Long, Instant> lastModified, String recordBase) {
        ICalendarText cal = new ICalendarText();
        cal.raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0").text("PRODID", "-//Bilateral//Agreements calendar 1.0//EN")
                .raw("CALSCALE", "GREGORIAN").text("NAME", "Bilateral agreements").text("X-WR-CALNAME", "Bilateral agreements")
                .text("X-WR-CALDESC", "Signings and validity of the registered agreements")
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT" + Math.max(1, config.calendar().maxAgeSeconds() / 60) + "M");
        for (Agreement a : agreements) {
            Instant modified = lastModified.getOrDefault(a.id, Instant.EPOCH);
            String link = recordBase + a.id;
            if (a.signedDate != null) {
                DatePrecision precision = a.signedPrecision == null ? DatePrecision.DAY : a.signedPrecision;
                LocalDate end = switch (precision) {
                    case DAY -> a.signedDate.plusDays(1);
                    case MONTH -> a.signedDate.withDayOfMonth(1).plusMonths(1);
                    case YEAR -> a.signedDate.withDayOfYear(1).plusYears(1);
                };
                LocalDate start = switch (precision) {
                    case DAY -> a.signedDate;
                    case MONTH -> a.signedDate.withDayOfMonth(1);
                    case YEAR -> a.signedDate.withDayOfYear(1);
                };
                String known = switch (precision) {
                    case DAY -> "";
                    case MONTH -> " (month known)";
                    case YEAR -> " (year known)";
                };
                String verb = a.recordedStatus == AgreementStatus.PLANNED ? "Planned signing: " : "Signed: ";
                event(cal, a, EventKind.SIGNED, start, end, precision, verb + a.title + known, a.signedPlace, modified, link,
                        switch (precision) {
                            case DAY -> "Signing day.";
                            case MONTH -> "The sources give only the month of signing; the event spans that month.";
                            case YEAR -> "The sources give only the year of signing; the event spans that year.";
                        });
            }
            if (a.validFrom != null) {
                event(cal, a, EventKind.VALID_FROM, a.validFrom, a.validFrom.plusDays(1), DatePrecision.DAY, "Validity begins: " + a.title,
                        null, modified, link, "First day of validity.");
            }
            if (a.validUntil != null) {
                event(cal, a, EventKind.VALID_UNTIL, a.validUntil, a.validUntil.plusDays(1), DatePrecision.DAY, "Last day of validity: " + a.title,
                        null, modified, link, "Last day of validity (inclusive).");
            }
        }
        if (agreements.stream().noneMatch(a -> a.signedDate != null || a.validFrom != null || a.validUntil != null)) {
            // RFC 5545 §3.6 wants at least one component: a filter matching no dates still gives a valid calendar
            cal.raw("BEGIN", "VTIMEZONE").raw("TZID", "UTC").raw("BEGIN", "STANDARD").raw("DTSTART", "19700101T000000")
                    .raw("TZOFFSETFROM", "+0000").raw("TZOFFSETTO", "+0000").text("TZNAME", "UTC").raw("END", "STANDARD")
                    .raw("END", "VTIMEZONE");
        }
        cal.raw("END", "VCALENDAR");
        return cal.toString();
    }

    private void event(ICalendarText cal, Agreement a, EventKind kind, LocalDate start, LocalDate endExclusive, DatePrecision precision,
            String summary, String location, Instant modified, String link, String what) {
        cal.raw("BEGIN", "VEVENT")
                .text("UID", a.id + "-" + kind.uidPart + "@" + config.calendar().uidDomain())
                .utc("DTSTAMP", modified)
                .utc("LAST-MODIFIED", modified)
                .raw("SEQUENCE", Integer.toString(Math.max(0, a.version - 1)))
                .date("DTSTART", start)
                .date("DTEND", endExclusive)
                .text("SUMMARY", summary)
                .text("DESCRIPTION", what + (a.summary == null || a.summary.isBlank() ? "" : "\n" + a.summary) + "\nRecord: " + link);
        if (location != null && !location.isBlank()) {
            cal.text("LOCATION", location);
        }
        cal.raw("URL", link)
                .raw("STATUS", a.recordedStatus == AgreementStatus.PLANNED ? "TENTATIVE" : "CONFIRMED")
                .raw("TRANSP", "TRANSPARENT")
                .raw(PRECISION_PROPERTY, precision.name())
                .raw("X-BILATERAL-AGREEMENT-ID", Long.toString(a.id))
                .raw("END", "VEVENT");
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String EXAMPLE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bilateral//Agreements calendar 1.0//EN\r\n"
            + "CALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:3-signed@bilateral.example\r\nDTSTAMP:20261123T101530Z\r\n"
            + "LAST-MODIFIED:20261123T101530Z\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20180101\r\nDTEND;VALUE=DATE:20190101\r\n"
            + "SUMMARY:Signed: Roadmap of cooperation 2019-2020 (year known)\r\n"
            + "DESCRIPTION:The sources give only the year of signing\\; the event spans that year.\\nRecord: https://api.example/api/v1/agreements/3\r\n"
            + "URL:https://api.example/api/v1/agreements/3\r\nSTATUS:CONFIRMED\r\nTRANSP:TRANSPARENT\r\n"
            + "X-BILATERAL-DATE-PRECISION:YEAR\r\nX-BILATERAL-AGREEMENT-ID:3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
