package vn.gov.portal.articles.publish;

/** The upload cannot be published yet (e.g. an image it shows is still being processed). */
public final class RetryLater extends RuntimeException {
    public RetryLater(String message) {
        super(message, null, false, false);
    }
}
