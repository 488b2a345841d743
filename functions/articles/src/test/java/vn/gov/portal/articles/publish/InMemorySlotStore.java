package vn.gov.portal.articles.publish;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.gov.portal.articles.store.SlotStore;

/** The scheduled slots in memory: one upload per slug and Vietnam day. */
final class InMemorySlotStore implements SlotStore {

    private final Map<String, String> slots = new HashMap<>();

    @Override
    public synchronized Optional<String> swap(LocalDate day, String slug, String uploadId) {
        String before = slots.put(day + "#" + slug, uploadId);
        return Optional.ofNullable(before).filter(b -> !b.equals(uploadId));
    }

    @Override
    public synchronized Optional<String> get(LocalDate day, String slug) {
        return Optional.ofNullable(slots.get(day + "#" + slug));
    }
}
