package vn.gov.portal.uploads;

import java.util.Map;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/**
 * GET /api/uploads/{uploadId}/preview?token= (whoever holds the link): a draft rendered in
 * full, never indexed or cached; 404 for a wrong or expired link or a draft no longer there.
 */
public final class PreviewDraftHandler extends ApiHandler {

    private final Drafts drafts;

    public PreviewDraftHandler() {
        this(Env.system());
    }

    public PreviewDraftHandler(Env env) {
        this.drafts = UploadsModule.drafts(env);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        for (String name : request.queryParameters().keySet()) {
            if (!name.equals("token")) {
                throw new DomainException.Invalid(name, "is not a known parameter");
            }
        }
        String html = drafts.preview(
                request.pathParameter("uploadId"), request.query("token").orElse(null));
        return new ApiResponse(
                200,
                Map.of(
                        "content-type",
                        "text/html; charset=utf-8",
                        "cache-control",
                        "private, no-store",
                        "x-robots-tag",
                        "noindex, nofollow",
                        "referrer-policy",
                        "no-referrer"),
                html);
    }
}
