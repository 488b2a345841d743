package vn.gov.portal.directives;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesStore;

/**
 * The "latest directives" box of every page reads {@value #PATH} from the site, so it stays
 * current without republishing articles: the newest {@value #SIZE} directives as the API lists
 * them (status as of the write: the box does not show it), rewritten after each create, import and delete.
 */
public final class LatestSnapshot {

    public static final String PATH = SiteBucket.LATEST_DIRECTIVES;
    public static final int SIZE = 10;

    /** Newest issue date first, then id: the order of the table's date index. */
    static final Comparator<Directive> NEWEST_FIRST = Comparator.comparing(Directive::issuedOn)
            .thenComparing(Directive::id)
            .reversed();

    private final DirectivesStore table;
    private final SiteStore site;
    private final Clock clock;

    public LatestSnapshot(DirectivesStore table, SiteStore site, Clock clock) {
        this.table = table;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Rewrites the snapshot. The date index is eventually consistent, so a directive written or
     * deleted a moment ago may be missing from it or still in it: the caller's own changes are
     * applied on top of what the index returns.
     */
    public void refresh(Collection<Directive> added, Set<String> removedIds) {
        List<Directive> items = merge(table.latest(SIZE + removedIds.size()), added, removedIds);
        DirectiveResponses.Latest body = new DirectiveResponses.Latest(
                DirectiveResponses.items(items, DirectiveStatus.today(clock)),
                OffsetDateTime.ofInstant(clock.instant(), Dates.VIETNAM).toString());
        site.putText(PATH, Json.write(body), "application/json; charset=utf-8", SiteBucket.LISTING_CACHE);
    }

    static List<Directive> merge(List<Directive> indexed, Collection<Directive> added, Set<String> removedIds) {
        return merge(indexed, added, removedIds, SIZE);
    }

    /** The newest {@code size} of what the index returned, with the caller's own changes applied. */
    static List<Directive> merge(
            List<Directive> indexed, Collection<Directive> added, Set<String> removedIds, int size) {
        Map<String, Directive> byId = new LinkedHashMap<>();
        indexed.forEach(d -> byId.put(d.id(), d));
        added.forEach(d -> byId.put(d.id(), d));
        removedIds.forEach(byId::remove);
        List<Directive> all = new ArrayList<>(byId.values());
        all.sort(NEWEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(size, all.size())));
    }
}
