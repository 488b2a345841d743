package vn.gov.portal.directives;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;
import vn.gov.portal.common.text.VietnameseText;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesStore;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;

/**
 * The directives' static pages in the site bucket: one per document at
 * {@code /van-ban/<year issued>/<symbol slug>.html} and the list's first page at {@value #LIST_PATH}.
 * A change rewrites the pages it affects (the document's, those of the documents it relates to in
 * either direction, the list), each from a fresh consistent read; a deletion removes the page.
 */
public final class DirectiveSite {

    public static final String LIST_PATH = "/van-ban/index.html";
    public static final int LIST_SIZE = 20;
    private static final int MAX_TITLE_SLUG = 80;

    private final DirectivesStore table;
    private final SiteStore site;
    private final Supplier<DirectivePages> pages;
    private final Clock clock;

    /** @param pages built on first use: the read routes never compile templates */
    public DirectiveSite(DirectivesStore table, SiteStore site, Supplier<DirectivePages> pages, Clock clock) {
        this.table = table;
        this.site = site;
        this.pages = pages;
        this.clock = clock;
    }

    // ----------------------------------------------------------------------------------- paths

    /** A document's page: the path stored when it was registered, else the one its fields give. */
    public static String pagePath(Directive d) {
        return d.pagePath() != null ? d.pagePath() : path(d, false);
    }

    /**
     * The page path for a new document. A symbol is unique within a year in practice (numbering
     * restarts every year), so the symbol names the page; a symbol used again in the same year on
     * another day gets the day appended, and so does a title (the title and day are the key).
     *
     * @param sameSymbol the documents already registered under this symbol
     */
    public String pagePathFor(Directive d, List<Directive> sameSymbol) {
        boolean taken = sameSymbol.stream()
                .anyMatch(o -> !o.id().equals(d.id())
                        && !o.issuedOn().equals(d.issuedOn())
                        && o.issuedOn().getYear() == d.issuedOn().getYear());
        return path(d, taken);
    }

    private static String path(Directive d, boolean dated) {
        String prefix = "/van-ban/" + d.issuedOn().getYear() + "/";
        if (d.symbol() != null) {
            return prefix + VietnameseText.slug(d.symbol()) + (dated ? "-" + d.issuedOn() : "") + ".html";
        }
        String slug = VietnameseText.slug(d.title());
        if (slug.length() > MAX_TITLE_SLUG) {
            // a cut slug could be shared by two long titles of the same day: the id's start tells them apart
            slug = slug.substring(0, MAX_TITLE_SLUG).replaceAll("-[^-]*$", "") + "-" + d.id().substring(0, 8);
        }
        return prefix + (slug.isEmpty() ? "van-ban" : slug) + "-" + d.issuedOn() + ".html";
    }

    // ---------------------------------------------------------------------------------- writes

    /** Writes the page of a document just registered (or found registered) and of the documents it relates to. */
    public void published(String id, Collection<String> relatedIds) {
        write(id);
        relatedIds.forEach(this::write);
    }

    /**
     * Removes a deleted document's page and rewrites the pages of the documents that named it or
     * that it named (their links to it change), then the list.
     */
    public void removed(Directive d, Collection<String> sourceIds, Collection<String> targetIds) {
        site.delete(pagePath(d));
        Set<String> related = new HashSet<>(sourceIds);
        related.addAll(targetIds);
        related.remove(d.id());
        related.forEach(this::write);
        listChanged(List.of(), Set.of(d.id()));
    }

    /**
     * Rewrites the list's first page: the newest {@value #LIST_SIZE} from the date index, with the
     * caller's own changes applied on top (the index is eventually consistent).
     */
    public void listChanged(Collection<Directive> added, Set<String> removedIds) {
        List<Directive> indexed = table.latest(LIST_SIZE + 1 + removedIds.size());
        List<Directive> merged = LatestSnapshot.merge(indexed, added, removedIds, LIST_SIZE + 1);
        List<Directive> items = merged.subList(0, Math.min(LIST_SIZE, merged.size()));
        // The script asks the API for the next page; it starts after the last item shown.
        String next = merged.size() > LIST_SIZE ? DirectivesTable.cursorAfter(items.getLast()) : null;
        site.putText(
                LIST_PATH,
                pages.get().listPage(items, next, LIST_SIZE, DirectiveStatus.today(clock)),
                "text/html; charset=utf-8",
                SiteBucket.LISTING_CACHE);
    }

    /** Writes one document's page from a fresh read; nothing if it is gone. */
    private void write(String id) {
        table.full(id).ifPresent(full -> {
            Set<String> gone = new HashSet<>();
            for (Relation r : full.directive().outgoing()) {
                if (table.get(r.id()).isEmpty()) {
                    gone.add(r.id());
                }
            }
            site.putText(
                    pagePath(full.directive()),
                    pages.get().directivePage(full, gone, DirectiveStatus.today(clock)),
                    "text/html; charset=utf-8",
                    SiteBucket.PAGE_CACHE);
        });
    }
}
