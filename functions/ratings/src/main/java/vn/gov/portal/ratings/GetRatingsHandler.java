package vn.gov.portal.ratings;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** GET /api/articles/{id}/ratings: average, count and histogram. */
public final class GetRatingsHandler extends ApiHandler {

    private final RatingService ratings;

    public GetRatingsHandler() {
        this(Env.system());
    }

    public GetRatingsHandler(Env env) {
        this.ratings = new RatingsModule(env).summaries();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(ratings.summary(request.pathParameter("id")));
    }
}
