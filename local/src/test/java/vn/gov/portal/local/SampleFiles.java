package vn.gov.portal.local;

import java.nio.charset.StandardCharsets;

/** Small valid files the suites upload. */
public final class SampleFiles {

    private SampleFiles() {}

    /** A one-page PDF, as a directive attachment. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }
}
