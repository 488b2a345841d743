package vn.gov.portal.ratings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * A secret that rotates without breaking what its previous value made: both its current and its
 * previous version (AWSCURRENT, then AWSPREVIOUS once a rotation made one) are kept, re-read
 * every {@link #REFRESH} so a rotation reaches every container, and earlier when a caller met a
 * value that no known version explains ({@link #refreshSoon}: another container may already have
 * the new version). Read on first use, not at init: an unreachable Secrets Manager fails that
 * request (503) and the next one reads again; a failed re-read keeps the versions read before.
 * Used by both secrets the ratings functions hold (OriginVerifySecret and RatingsSecret).
 *
 * <p>The first read fetches the current version only (one call on a cold start, not two): the
 * previous one is fetched the first time a caller meets a value the current version does not
 * explain ({@link #refreshSoon}, at once, not rate-limited, since it happens once a container),
 * and with every re-read from then on.
 */
public final class RotatingSecret {

    static final Duration REFRESH = Duration.ofMinutes(5);
    /** The earliest re-read a caller can ask for, so that wrong answers cannot drive Secrets Manager calls. */
    static final Duration SOONEST = Duration.ofSeconds(30);

    private final SecretsManagerClient secrets;
    private final String secretId;
    private final Clock clock;
    private List<byte[]> versions;
    private Instant readAt = Instant.MIN;
    private boolean previousWanted;

    private RotatingSecret(SecretsManagerClient secrets, String secretId, Clock clock, List<byte[]> versions) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.clock = clock;
        this.versions = versions;
    }

    public static RotatingSecret of(SecretsManagerClient secrets, String secretId, Clock clock) {
        return new RotatingSecret(secrets, secretId, clock, null);
    }

    /** A secret that never rotates (tests, benchmarks). */
    public static RotatingSecret fixed(byte[] value) {
        return new RotatingSecret(null, null, Clock.systemUTC(), List.of(value));
    }

    /** The current version, then the previous one if read; the same list until a re-read changes it. */
    public synchronized List<byte[]> versions() {
        if (secrets != null && (versions == null || clock.instant().isAfter(readAt.plus(REFRESH)))) {
            read();
        }
        return versions;
    }

    /**
     * Re-reads now, previous version included, unless the last read is under {@link #SOONEST} old
     * and already had the previous version; returns whether the versions changed.
     */
    public synchronized boolean refreshSoon() {
        if (secrets == null
                || versions == null
                || (previousWanted && clock.instant().isBefore(readAt.plus(SOONEST)))) {
            return false;
        }
        previousWanted = true;
        List<byte[]> before = versions;
        read();
        return versions != before;
    }

    private void read() {
        try {
            List<byte[]> values = new ArrayList<>();
            values.add(read("AWSCURRENT")
                    .orElseThrow(() -> new IllegalStateException("The secret has no AWSCURRENT version")));
            if (previousWanted) {
                read("AWSPREVIOUS").ifPresent(values::add);
            }
            versions = List.copyOf(values);
            readAt = clock.instant();
        } catch (RuntimeException e) {
            if (versions == null) {
                throw e; // nothing to work with yet: the request fails (503), the next one reads again
            }
            // keep the versions read before; a later request tries again
        }
    }

    private Optional<byte[]> read(String stage) {
        try {
            return Optional.ofNullable(
                            secrets.getSecretValue(r -> r.secretId(secretId).versionStage(stage))
                                    .secretString())
                    .map(s -> s.getBytes(StandardCharsets.UTF_8));
        } catch (ResourceNotFoundException noSuchVersion) {
            return Optional.empty(); // no previous version before the first rotation
        }
    }
}
