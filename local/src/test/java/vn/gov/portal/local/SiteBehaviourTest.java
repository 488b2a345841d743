package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template's DirectoryIndexFunction, run as the local gateway runs it (the code CloudFront runs). */
class SiteBehaviourTest {

    private static final SiteBehaviour SITE = SiteBehaviour.of(Template.load(TestStack.ROOT.resolve("template.yaml")));

    private static SiteBehaviour.Outcome request(String path, String query) {
        return SITE.viewerRequest(
                "GET", path, query, Map.of("host", "thongtin.example.gov.vn", "cookie", "a=1; b=2"), "203.0.113.7");
    }

    @ParameterizedTest
    @CsvSource({
        "/, /index.html",
        "/bien-tap/, /bien-tap/index.html",
        "/van-ban/, /van-ban/index.html",
        "/tin-tuc/2018/12/14/, /tin-tuc/2018/12/14/index.html",
        "/tin-tuc/2018/12/14/hoi-nghi.html, /tin-tuc/2018/12/14/hoi-nghi.html",
        "/assets/site.css, /assets/site.css",
        "/robots.txt, /robots.txt",
        "/tin-tuc/2018/12/14/bai%20viet.html, /tin-tuc/2018/12/14/bai%20viet.html",
    })
    void aFolderReadsItsIndexAndAFileItself(String path, String key) {
        assertThat(request(path, null)).isEqualTo(new SiteBehaviour.Fetch(key));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/bien-tap||/bien-tap/",
                "/tin-tuc/2018/12/14||/tin-tuc/2018/12/14/",
                "/khong-co||/khong-co/",
                "/v1.2/ghi-chu||/v1.2/ghi-chu/",
                "/bien-tap|code=abc&state=s%2F1|/bien-tap/?code=abc&state=s%2F1",
                "/van-ban|linh-vuc=a&linh-vuc=b&trang=2|/van-ban/?linh-vuc=a&linh-vuc=b&trang=2",
                // never to another site: a browser reads '//host' and '/\\host' as a host
                "//evil.example/dang-nhap||/evil.example/dang-nhap/",
                "///evil.example/dang-nhap||/evil.example/dang-nhap/",
                "/\\evil.example/x||/evil.example/x/",
            })
    void aFolderWithoutItsSlashIsAPermanentRedirectKeepingTheQuery(String path, String query, String location) {
        assertThat(request(path, query)).isEqualTo(new SiteBehaviour.Respond(301, Map.of("location", location), ""));
    }

    /** The gateway's request threads share one compiled function; each call sees only its own event. */
    @Test
    void requestsOnManyThreadsEachGetTheirOwnAnswer() throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String folder = "/tin-tuc/2018/12/" + i;
                results.add(pool.submit(() ->
                        request(folder + "/", null).equals(new SiteBehaviour.Fetch(folder + "/index.html"))
                                && request(folder, "trang=" + folder)
                                        .equals(new SiteBehaviour.Respond(
                                                301, Map.of("location", folder + "/?trang=" + folder), ""))));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void aFunctionThatThrowsIsCloudFrontsFunctionError(@TempDir Path dir) throws IOException {
        SiteBehaviour broken = SiteBehaviour.of(template(dir, """
                      FunctionCode: |
                        function handler(event) { return event.request.nothing.uri; }
                """));
        var outcome = broken.viewerRequest("GET", "/bien-tap/", null, Map.of(), "203.0.113.7");
        assertThat(outcome).isInstanceOf(SiteBehaviour.Respond.class);
        assertThat(((SiteBehaviour.Respond) outcome).status()).isEqualTo(503);
    }

    @Test
    void aFunctionWithoutAHandlerIsRefusedAtStart(@TempDir Path dir) throws IOException {
        Template template = template(dir, """
                      FunctionCode: |
                        function main(event) { return event.request; }
                """);
        assertThatThrownBy(() -> SiteBehaviour.of(template)).hasMessageContaining("handler(event)");
    }

    /** A distribution whose site behaviour has one viewer-request function with this code. */
    private static Template template(Path dir, String functionCode) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  Index:
                    Type: AWS::CloudFront::Function
                    Properties:
                """ + functionCode + """
                  Distribution:
                    Type: AWS::CloudFront::Distribution
                    Properties:
                      DistributionConfig:
                        DefaultRootObject: index.html
                        DefaultCacheBehavior:
                          FunctionAssociations:
                            - EventType: viewer-request
                              FunctionARN: !GetAtt Index.FunctionARN
                """);
        return Template.load(file);
    }
}
