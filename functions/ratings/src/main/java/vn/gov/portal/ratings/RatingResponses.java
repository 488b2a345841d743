package vn.gov.portal.ratings;

/**
 * The ratings routes' response bodies, as openapi.yaml shows them. The ratings of an article
 * ({@code GET} and {@code POST /api/articles/{id}/ratings}) are {@link RatingService.Summary}, the
 * service's own result, written as is.
 */
public final class RatingResponses {

    private RatingResponses() {}

    /** {@code POST /api/captchas}: the image as a data: URL, and when the captcha stops being accepted. */
    public record Captcha(String captchaId, String image, String expiresAt) {

        static Captcha of(CaptchaService.Issued issued) {
            return new Captcha(
                    issued.captchaId(),
                    issued.imageDataUrl(),
                    issued.expiresAt().toString());
        }
    }
}
