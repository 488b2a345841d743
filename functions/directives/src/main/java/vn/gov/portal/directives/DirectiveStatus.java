package vn.gov.portal.directives;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import vn.gov.portal.common.Dates;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.Relation;

/**
 * A document's legal status on a Vietnam calendar day, computed from dates only, so it is right on
 * the day it changes without anything being rewritten:
 * <ul>
 *   <li>{@code het-hieu-luc} (hết hiệu lực) from its end day on: {@code expiresOn} (the first day no
 *       longer in effect), or the first day in effect of a document replacing or repealing it,
 *       whichever comes first (also when that is before it ever took effect);</li>
 *   <li>{@code chua-co-hieu-luc} (chưa có hiệu lực) else, before its first day in effect
 *       ({@code effectiveOn}, else the issue day);</li>
 *   <li>{@code con-hieu-luc} (còn hiệu lực) in between.</li>
 * </ul>
 * An amendment does not end a document's effect.
 */
public enum DirectiveStatus {
    NOT_YET("chua-co-hieu-luc", "Chưa có hiệu lực"),
    IN_EFFECT("con-hieu-luc", "Còn hiệu lực"),
    ENDED("het-hieu-luc", "Hết hiệu lực");

    private final String key;
    private final String label;

    DirectiveStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<DirectiveStatus> of(String key) {
        for (DirectiveStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The status on {@code today} of a document in effect from {@code effectiveFrom} until the day before {@code endsOn}. */
    public static DirectiveStatus on(LocalDate today, LocalDate effectiveFrom, LocalDate endsOn) {
        if (endsOn != null && !today.isBefore(endsOn)) {
            return ENDED;
        }
        return today.isBefore(effectiveFrom) ? NOT_YET : IN_EFFECT;
    }

    /**
     * The first day out of effect: the earlier of its own {@code expiresOn} and the first day in
     * effect of any incoming replacement or repeal; null when nothing ends it.
     */
    public static LocalDate endsOn(LocalDate expiresOn, Collection<Relation> incoming) {
        LocalDate end = expiresOn;
        for (Relation r : incoming) {
            if (r.incoming()
                    && r.kind().endsEffect()
                    && (end == null || r.effectiveFrom().isBefore(end))) {
                end = r.effectiveFrom();
            }
        }
        return end;
    }

    public static DirectiveStatus of(Directive d, LocalDate today) {
        return on(today, d.effectiveFrom(), d.endsOn());
    }

    /** Today on the Vietnam calendar. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Dates.VIETNAM);
    }
}
