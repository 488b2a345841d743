package vn.gov.portal.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class with a portal of its own (its own stack name, on the one emulator of this test JVM,
 * see {@link TestStack}): started before the class's own {@code @BeforeAll} methods, closed after its
 * {@code @AfterAll} methods. {@link #http} speaks to it as a reader, {@link #editor} as an editor; a
 * class that needs another timeout assigns {@link #http} again in its own {@code @BeforeAll}.
 *
 * <p>The fields are static because JUnit's class-level callbacks are; test classes run one after
 * another in a JVM (no parallel execution is configured), each assigning them for itself.
 */
public abstract class PortalTest {

    protected static LocalPortal portal;
    protected static Http http;
    protected static EditorClient editor;

    @BeforeAll
    static void startPortal() {
        portal = TestStack.portal();
        http = new Http(portal.baseUrl());
        editor = new EditorClient(portal);
    }

    @AfterAll
    static void closePortal() {
        portal.close();
    }
}
