package vn.gov.portal.edge;

import java.util.List;

/** One invalidation request to the CDN: these paths (wildcards allowed) are fetched again from the origin. */
public interface EdgeInvalidator {

    void invalidate(List<String> paths);

    /** The CDN refused for now (throttled, too many invalidations in progress): worth retrying later. */
    final class Busy extends RuntimeException {
        public Busy(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
