package vn.gov.portal.articles.site;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Json;

/**
 * The SiteAssets custom resource: on Create and Update (every deployment that changes this
 * function or the site's address) it installs the site's fixed files for its {@code SiteUrl}
 * property and records that address for the functions that write pages (SiteEdge); on Delete it
 * leaves the buckets as they are. It always answers CloudFormation, so a failure fails the
 * deployment instead of hanging it.
 */
public final class SiteAssetsHandler implements RequestHandler<CloudFormationCustomResourceEvent, Void> {

    private final Function<String, SiteAssets> assets;

    public SiteAssetsHandler() {
        this(Env.system());
    }

    public SiteAssetsHandler(Env env) {
        this.assets = new ArticlesModule(env).siteAssets();
    }

    @Override
    public Void handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        String status = "SUCCESS";
        String reason = "";
        try {
            if (!"Delete".equals(event.getRequestType())) {
                Map<String, Object> properties =
                        event.getResourceProperties() == null ? Map.of() : event.getResourceProperties();
                if (!(properties.get("SiteUrl") instanceof String siteUrl) || siteUrl.isBlank()) {
                    throw new IllegalArgumentException("the SiteUrl property is missing");
                }
                SiteAssets site = assets.apply(siteUrl);
                int files = site.install();
                if (event.getResourceProperties() != null
                        && event.getResourceProperties().get("AuthUrl") != null) {
                    site.installConsoleConfig(event.getResourceProperties());
                    files++;
                }
                reason = "Installed " + files + " files";
            }
        } catch (RuntimeException e) {
            status = "FAILED";
            reason = "Could not install the site's files: " + e.getMessage();
            if (context != null) {
                context.getLogger().log(reason, LogLevel.ERROR);
            }
        }
        respond(event, status, reason);
        return null;
    }

    private static void respond(CloudFormationCustomResourceEvent event, String status, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Status", status);
        body.put("Reason", reason);
        body.put(
                "PhysicalResourceId",
                event.getPhysicalResourceId() != null ? event.getPhysicalResourceId() : "site-assets");
        body.put("StackId", event.getStackId());
        body.put("RequestId", event.getRequestId());
        body.put("LogicalResourceId", event.getLogicalResourceId());
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(event.getResponseUrl()).toURL().openConnection();
            connection.setRequestMethod("PUT");
            connection.setDoOutput(true);
            connection.setRequestProperty("content-type", ""); // the pre-signed URL signs an empty content type
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            if (connection.getResponseCode() >= 300) {
                throw new IOException("CloudFormation answered " + connection.getResponseCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not answer CloudFormation", e);
        }
    }
}
