package vn.gov.portal.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The portal's calendar: Vietnam's day (UTC+7, no daylight saving), strict YYYY-MM-DD input. */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /** Parses a calendar day; 2018-02-30, 2018-13-01, 0000-00-00 and 99999-01-01 are refused. */
    public static LocalDate parseDay(String field, String value) {
        if (value == null || value.length() != 10) {
            throw new DomainException.Invalid(field, "must be a date YYYY-MM-DD");
        }
        try {
            LocalDate day = LocalDate.parse(value, DAY);
            if (day.getYear() < 1900 || day.getYear() > 2200) {
                throw new DomainException.Invalid(field, "must be a date between 1900 and 2200");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new DomainException.Invalid(field, "must be a real date YYYY-MM-DD");
        }
    }

    /** The Vietnam calendar day of an instant: 2018-12-14T23:30+07:00 is 14 December. */
    public static LocalDate vietnamDay(OffsetDateTime time) {
        return time.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    /** ISO-8601 with seconds and offset, always: 2018-12-14T09:30:00+07:00. */
    public static String iso(OffsetDateTime time) {
        return time.format(ISO_SECONDS);
    }

    /** The same instant shown in Vietnam time (+07:00). */
    public static OffsetDateTime inVietnam(OffsetDateTime time) {
        return time.atZoneSameInstant(VIETNAM).toOffsetDateTime();
    }
}
