package vn.gov.portal.articles.publish;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import vn.gov.portal.articles.ArticleSearchDocument;
import vn.gov.portal.articles.edge.EdgePaths;
import vn.gov.portal.articles.render.ArticleLink;
import vn.gov.portal.articles.render.ArticleView;
import vn.gov.portal.articles.render.BodyRenderer;
import vn.gov.portal.articles.render.Figure;
import vn.gov.portal.articles.render.PageRenderer;
import vn.gov.portal.articles.render.Picture;
import vn.gov.portal.articles.render.RenderedBody;
import vn.gov.portal.articles.render.SitePaths;
import vn.gov.portal.articles.render.SymbolLinker;
import vn.gov.portal.articles.revisions.ArticleRevisions;
import vn.gov.portal.articles.revisions.RevisionStore;
import vn.gov.portal.articles.source.ArticleSource;
import vn.gov.portal.articles.source.ArticleSourceParser;
import vn.gov.portal.articles.source.ImageRef;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.articles.store.ArticleStore;
import vn.gov.portal.common.Dates;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.aws.SiteBucket;
import vn.gov.portal.common.aws.SiteStore;
import vn.gov.portal.common.aws.UploadObjectStore;
import vn.gov.portal.common.store.UploadsStore;
import vn.gov.portal.common.store.UploadsTable;
import vn.gov.portal.search.SearchIndexer;

/**
 * Publishes what editors upload, one upload at a time:
 * <ul>
 *   <li>an article source becomes its page, its metadata and the listings that show it (a
 *       source whose slug is already published on its day, or that names an article's id,
 *       updates that article in place);</li>
 *   <li>an image is checked and copied to the site under {@code /media/};</li>
 *   <li>an attachment is checked and waits for a directive to link it.</li>
 * </ul>
 * The order of writes keeps readers safe when a step fails and the event is retried: the page
 * exists before any listing points to it, and an old page goes only after no listing shows it.
 * An upload that is no longer pending was handled by an earlier delivery and is skipped.
 */
public final class UploadPublisher {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final UploadsStore uploads;
    private final ArticleStore articles;
    private final UploadObjectStore uploadObjects;
    private final SiteStore site;
    private final Listings listings;
    private final ArticleSourceParser parser = new ArticleSourceParser();
    private final BodyRenderer bodies = new BodyRenderer();
    private final PageRenderer pages;
    private final Clock clock;
    private final SymbolLinker symbolLinks;
    private final SearchIndexer search;
    private final AuditTrail audit;
    private final DraftPreviews drafts;
    private final ScheduledPublishing timing;
    private final RevisionStore revisions;
    private final EdgePaths edge;
    /** Where updated articles were and are, not yet invalidated (one container runs one batch at a time). */
    private final Set<Listings.Place> staleAtEdge = new LinkedHashSet<>();

    /**
     * @param symbolLinks links the directive symbols a body mentions to their documents' pages
     * @param search the search index, updated with every published version
     * @param edge invalidates the edge's copies of what an update changed
     */
    public UploadPublisher(
            UploadsStore uploads,
            ArticleStore articles,
            UploadObjectStore uploadObjects,
            SiteStore site,
            Listings listings,
            PageRenderer pages,
            Clock clock,
            SymbolLinker symbolLinks,
            SearchIndexer search,
            AuditTrail audit,
            DraftPreviews drafts,
            ScheduledPublishing timing,
            RevisionStore revisions,
            EdgePaths edge) {
        this.timing = timing;
        this.revisions = revisions;
        this.audit = audit;
        this.drafts = drafts;
        this.symbolLinks = symbolLinks;
        this.uploads = uploads;
        this.articles = articles;
        this.uploadObjects = uploadObjects;
        this.site = site;
        this.listings = listings;
        this.pages = pages;
        this.clock = clock;
        this.search = search;
        this.edge = edge;
    }

    public enum Outcome {
        PUBLISHED,
        REJECTED,
        ALREADY_DONE,
        UNKNOWN_UPLOAD
    }

    /**
     * Requests one invalidation (EdgePaths) for every article updated since the last call (the publish function
     * calls it after each SQS batch): a batch of corrections shares the home page, feed and month
     * paths, and counts once against CloudFront's 15 wildcard invalidations in progress.
     */
    public void invalidateEdge() {
        if (!staleAtEdge.isEmpty()) {
            Set<Listings.Place> places = new LinkedHashSet<>(staleAtEdge);
            staleAtEdge.clear();
            edge.invalidate(places);
        }
    }

    /** Handles the object at {@code incoming/<uploadId>}. */
    public Outcome publish(String uploadId) {
        if (!Ids.isWellFormed(uploadId)) {
            return Outcome.UNKNOWN_UPLOAD;
        }
        Optional<UploadsTable.Upload> found = uploads.get(uploadId);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_UPLOAD;
        }
        UploadsTable.Upload upload = found.get();
        if (!UploadsTable.PENDING.equals(upload.status())) {
            return Outcome.ALREADY_DONE;
        }
        try {
            byte[] bytes = read(upload);
            switch (upload.kind()) {
                case "article" -> publishArticle(upload, bytes);
                case "image" -> publishImage(upload, bytes);
                case "attachment" -> acceptAttachment(upload, bytes);
                default -> throw new DomainException.Invalid("kind", "is not publishable");
            }
            return Outcome.PUBLISHED;
        } catch (DomainException.Invalid e) {
            rejected(upload, e.errors());
            return Outcome.REJECTED;
        }
    }

    /** The last delivery failed too: the upload will never publish, so say so. */
    public void giveUp(String uploadId, String reason) {
        if (Ids.isWellFormed(uploadId)) {
            Optional<UploadsTable.Upload> upload = uploads.get(uploadId);
            if (upload.isPresent() && UploadsTable.PENDING.equals(upload.get().status())) {
                rejected(upload.get(), List.of(new FieldError("upload", reason)));
            }
        }
    }

    /**
     * Records the outcome in the audit trail, then settles the upload: a crash between the two is
     * redelivered and recorded again (at least once), never lost.
     */
    private void published(UploadsTable.Upload upload, String articleId, String url) {
        audited(upload, articleId, url);
        uploads.markPublished(upload.uploadId(), articleId, url);
    }

    private void audited(UploadsTable.Upload upload, String articleId, String url) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("kind", upload.kind());
        details.put("url", url);
        audit.record(
                upload.requestedBy(),
                "upload.publish",
                articleId != null ? "article/" + articleId : "upload/" + upload.uploadId(),
                "published",
                details);
    }

    private void rejected(UploadsTable.Upload upload, List<FieldError> errors) {
        String reasons = String.join(
                "; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
        audit.record(
                upload.requestedBy(),
                "upload.publish",
                "upload/" + upload.uploadId(),
                "rejected",
                Map.of(
                        "kind",
                        upload.kind(),
                        "reasons",
                        reasons.length() > 1000 ? reasons.substring(0, 1000) + "…" : reasons));
        uploads.markRejected(upload.uploadId(), errors);
    }

    private byte[] read(UploadsTable.Upload upload) {
        byte[] bytes = uploadObjects
                .read(upload.key(), (int) Math.min(Integer.MAX_VALUE - 8, upload.contentLength() + 1))
                .orElseThrow(() -> new RetryLater("The uploaded object is not there yet."));
        if (bytes.length != upload.contentLength()) {
            throw new DomainException.Invalid(
                    "contentLength",
                    "the file has " + bytes.length + " bytes, not the " + upload.contentLength() + " announced");
        }
        return bytes;
    }

    private void publishArticle(UploadsTable.Upload upload, byte[] bytes) {
        String text = utf8(bytes);
        ArticleSource source = parser.parse(text, upload.contentType(), upload.createdAt());
        Map<String, Figure> figures = figures(source.images());
        Optional<Article> previous = previous(source);
        String id = previous.map(Article::id).orElseGet(Ids::newId);
        String url = SitePaths.articlePath(source.category(), source.publishedAt(), source.slug());
        RenderedBody body = symbolLinks.link(bodies.render(source, figures));
        Picture lead = figures.values().stream()
                .findFirst()
                .map(UploadPublisher::picture)
                .orElse(null);
        Article article = Article.builder()
                .id(id)
                .slug(source.slug())
                .title(source.title())
                .summary(source.summary())
                .category(source.category())
                .author(source.author())
                .publishedAt(Dates.inVietnam(source.publishedAt()))
                .url(url)
                .sourceUploadId(upload.uploadId())
                .updatedAt(clock.instant())
                .ratingCount(previous.map(Article::ratingCount).orElse(0L))
                .ratingSum(previous.map(Article::ratingSum).orElse(0L))
                .lead(lead)
                .build();
        List<ArticleLink> related = Listings.links(RelatedArticles.choose(
                id, article.title(), articles.sectionBefore(article, RelatedArticles.CANDIDATES)));

        String page = pages.articlePage(ArticleView.builder()
                .id(id)
                .title(article.title())
                .summary(article.summary())
                .author(article.author())
                .publishedAt(article.publishedAt())
                .url(url)
                .bodyHtml(body.html())
                .figures(body.trailingFigures())
                .category(article.category())
                .updatedAt(article.updatedAt())
                .lead(lead)
                .related(related)
                .build());
        if (source.draft() && !upload.draftApproved()) {
            drafts.save(upload, page, article.title()); // nothing public is written
            return;
        }
        if (timing.mustWait(upload, source.publishedAt())) {
            timing.schedule(upload, source.publishedAt(), source.slug(), article.title()); // nothing public is written
            return;
        }
        site.putText(url, page, "text/html; charset=utf-8", SiteBucket.PAGE_CACHE);
        try {
            articles.save(article, previous.orElse(null));
        } catch (TransactionCanceledException e) {
            // a concurrent upload of the same article or slug got there first: look again on the retry
            throw new RetryLater("The article or its slug changed while publishing: " + e.getMessage());
        }
        search.index(ArticleSearchDocument.of(article, body)); // before the listings: found once listed
        Set<Listings.Place> places = new LinkedHashSet<>();
        places.add(Listings.Place.of(article));
        previous.ifPresent(p -> places.add(Listings.Place.of(p)));
        listings.refresh(places);
        previous.filter(p -> !p.url().equals(url)).ifPresent(p -> site.delete(p.url()));
        timing.expiry(id, source.expiresAt(), upload.requestedBy());
        revisions.record(new ArticleRevisions.Revision(
                id,
                upload.uploadId(),
                upload.createdAt(),
                clock.instant(),
                upload.requestedBy(),
                article.title(),
                url));
        if (previous.isPresent()) {
            // an update, correction or restored revision: the old version is cached at the edge. A new
            // article needs none: its page was never cached, and listings show it when their 60 s max-age ends.
            staleAtEdge.addAll(places);
        }
        published(upload, id, url);
    }

    /**
     * The published article a source updates: the one its {@code id} names, or else the one its
     * slug names on its Vietnam day (a recurring title on another day is another article).
     */
    private Optional<Article> previous(ArticleSource source) {
        Optional<String> owner = articles.idForSlug(Dates.vietnamDay(source.publishedAt()), source.slug());
        if (source.id() == null) {
            return owner.flatMap(articles::get);
        }
        Article named = articles.get(source.id())
                .orElseThrow(() -> new DomainException.Invalid(
                        "id", "is not the id of a published article; leave it out to publish a new one"));
        if (owner.isPresent() && !owner.get().equals(named.id())) {
            throw new DomainException.Invalid(
                    "slug",
                    "is already used on " + Dates.vietnamDay(source.publishedAt()) + " by another article ("
                            + owner.get() + "); give this one its own slug");
        }
        return Optional.of(named);
    }

    /** A figure as the lead image: its picture, or the bare URL when its size is unknown. */
    private static Picture picture(Figure f) {
        return f.picture() != null
                ? new Picture(
                        f.url(),
                        f.alt(),
                        f.picture().width(),
                        f.picture().height(),
                        f.picture().variantWidths())
                : new Picture(f.url(), f.alt(), 0, 0, List.of());
    }

    /** Front matter images, resolved to their published URLs. */
    private Map<String, Figure> figures(List<ImageRef> images) {
        Map<String, Figure> out = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ImageRef ref = images.get(i);
            Optional<UploadsTable.Upload> image =
                    Ids.isWellFormed(ref.uploadId()) ? uploads.get(ref.uploadId()) : Optional.empty();
            if (image.isEmpty() || !"image".equals(image.get().kind())) {
                errors.add(new FieldError("images[" + i + "].key", "is not the id of an image upload"));
            } else if (UploadsTable.PENDING.equals(image.get().status())) {
                throw new RetryLater("Image " + ref.uploadId() + " is still being processed.");
            } else if (UploadsTable.REJECTED.equals(image.get().status())) {
                errors.add(new FieldError("images[" + i + "].key", "refers to an image upload that was rejected"));
            } else {
                UploadsTable.ImageMeta meta = image.get().image();
                out.put(
                        ref.uploadId(),
                        new Figure(
                                image.get().url(),
                                ref.caption(),
                                null,
                                meta == null
                                        ? null
                                        : new Picture(
                                                image.get().url(),
                                                ref.caption(),
                                                meta.width(),
                                                meta.height(),
                                                meta.variantWidths())));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return out;
    }

    private void publishImage(UploadsTable.Upload upload, byte[] bytes) {
        String extension = switch (upload.contentType()) {
            case "image/jpeg" -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? "jpg" : null;
            case "image/png" ->
                startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}) ? "png" : null;
            case "image/webp" ->
                bytes.length > 12
                                && startsWith(bytes, new byte[] {'R', 'I', 'F', 'F'})
                                && Arrays.equals(Arrays.copyOfRange(bytes, 8, 12), new byte[] {'W', 'E', 'B', 'P'})
                        ? "webp"
                        : null;
            default -> null;
        };
        if (extension == null) {
            throw new DomainException.Invalid("file", "is not a " + upload.contentType() + " image");
        }
        String url = "/media/" + upload.uploadId() + "." + extension;
        site.copyFrom(
                uploadObjects.bucket(), upload.key(), url, upload.contentType(), SiteBucket.IMMUTABLE_CACHE, null);
        UploadsTable.ImageMeta meta = ImageVariants.of(bytes)
                .map(r -> {
                    Picture names = new Picture(url, "", r.width(), r.height(), List.of());
                    for (ImageVariants.Variant v : r.variants()) {
                        site.putBytes(names.variantUrl(v.width()), v.jpeg(), "image/jpeg", SiteBucket.IMMUTABLE_CACHE);
                    }
                    return new UploadsTable.ImageMeta(
                            r.width(),
                            r.height(),
                            r.variants().stream()
                                    .map(ImageVariants.Variant::width)
                                    .toList());
                })
                .orElse(null);
        audited(upload, null, url);
        uploads.markImagePublished(upload.uploadId(), url, meta);
    }

    private void acceptAttachment(UploadsTable.Upload upload, byte[] bytes) {
        boolean matches = switch (upload.contentType()) {
            case "application/pdf" -> startsWith(bytes, PDF);
            case "application/msword" -> startsWith(bytes, OLE2);
            default -> startsWith(bytes, ZIP); // .docx is a zip package
        };
        if (!matches) {
            throw new DomainException.Invalid("file", "is not a " + upload.contentType() + " document");
        }
        published(upload, null, null);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException.Invalid("file", "is not UTF-8 text");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
