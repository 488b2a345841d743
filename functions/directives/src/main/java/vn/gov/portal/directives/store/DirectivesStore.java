package vn.gov.portal.directives.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where directives are kept: what the directive services need of {@link DirectivesTable} (the
 * DynamoDB one); unit tests use an in-memory one with the same rules (a registration is idempotent
 * per symbol or title and day, an attachment belongs to one directive, a relation's target must
 * be as it was read).
 */
public interface DirectivesStore {

    /** Stores a new directive, or returns the one already registered under the same symbol (or title) and day. */
    DirectivesTable.Saved insert(Directive d);

    /** {@link #insert(Directive)} with the changes it makes to the documents it relates to; 409 when one changed meanwhile. */
    DirectivesTable.Saved insert(Directive d, List<DirectivesTable.Target> targets);

    boolean delete(Directive d);

    /** Removes a directive and what it did to the documents it relates to; false when it was already gone. */
    boolean delete(Directive d, List<DirectivesTable.Target> targets);

    Optional<Directive> get(String id);

    /** A directive and what other documents did to it. */
    Optional<DirectivesTable.Full> full(String id);

    /** The directive registered under a symbol (or title) key on a day, if any. */
    Optional<Directive> byDedupKey(String dedupKey, LocalDate issuedOn);

    /** The id of the directive an upload is attached to, if any. */
    Optional<String> attachmentOwner(String uploadId);

    /** The newest {@code n} directives by issue date. */
    List<Directive> latest(int n);

    /** {@link #bySymbol}, or nothing for a document without a symbol. */
    List<Directive> bySymbolIfAny(String symbol);

    /** Every directive registered under a symbol, newest issue date first. */
    List<Directive> bySymbol(String symbol);

    /** Directives issued on days {@code from..to}, newest first, optionally of one type and/or issuer. */
    DirectivesTable.Page between(LocalDate from, LocalDate to, String type, String issuer, int limit, String cursor);

    /** A filtered page of the list. */
    DirectivesTable.Page browse(DirectivesTable.Filter f, int limit, String cursor);
}
