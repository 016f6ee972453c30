package org.simine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.SourceKind;

/** Checks shared by the tests on real documents. */
final class RecordAssertions {
    private RecordAssertions() {
    }

    /** The one record with these facts; fails listing what was found when there is none. */
    static Record find(List<Record> records, Property property, double value, String material) {
        Predicate<Record> wanted = r -> r.property() == property && r.value() != null
                && Math.abs(r.value() - value) <= Math.abs(value) * 1e-9 && Objects.equals(material, r.material());
        List<Record> found = records.stream().filter(wanted).toList();
        assertEquals(1, found.size(), () -> "want one " + property + " " + value + " of " + material + " among:\n"
                + String.join("\n", records.stream().map(RecordAssertions::describe).toList()));
        return found.get(0);
    }

    static void assertRate(Record r, double value, RateUnit unit) {
        assertEquals(Rate.of(value, unit), r.rate(), () -> describe(r));
    }

    /**
     * Provenance invariants: a text source with a sentence index, a rule id, and offsets whose span in the
     * page text is the same text as in the snippet.
     */
    static void assertProvenance(Record r, String docId, String pageText) {
        assertEquals(docId, r.doc());
        assertEquals(SourceKind.TEXT, r.source().kind());
        assertNotNull(r.source().rule(), "rule id");
        assertNotNull(r.source().sentence(), "sentence index");
        assertTrue(r.source().sentence() >= 0);
        int start = r.source().start();
        int end = r.source().end();
        assertTrue(0 <= start && start < end && end <= pageText.length(), () -> "offsets out of page: " + describe(r));
        String span = pageText.substring(start, end).replace('\n', ' ');
        assertTrue(r.source().snippet().contains(span), () -> "span '" + span + "' not in snippet: " + describe(r));
        assertNotNull(r.confidence());
    }

    static String describe(Record r) {
        return r.property() + " " + r.value() + " " + r.unit() + " rate=" + r.rate() + " cycles=" + r.cycles()
                + " material=" + r.material() + " page=" + r.source().page() + " rule=" + r.source().rule()
                + " | " + r.source().snippet();
    }
}
