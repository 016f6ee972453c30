package org.simine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simine.index.SiMineIndex;
import org.simine.index.TestRecords;
import org.simine.index.ingest.PaperWriter;
import org.simine.index.query.PropertyGroup;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Unit;

/**
 * {@code property:retention} finds the retentions with and without a cycle count (capacity_retention, and
 * cycling_stability in %), while every record keeps its own property; remaining capacities after N cycles (mAh/g)
 * are capacities and stay out.
 */
class PropertyGroupSearchTest {
    static final String DOC = "10.1000/retention";
    static final Record RATE_CAPABILITY = TestRecords.retention(DOC, "Si@C", 67, 2, RateUnit.A_PER_G)
            .toBuilder().cycles(null).build();
    static final Record AFTER_CYCLES = cycling("Si/G", 85.2, Unit.PERCENT);
    static final Record REMAINING_CAPACITY = cycling("Si/G", 1210, Unit.MAH_PER_G);
    static final Record CAPACITY = TestRecords.retention(DOC, "Si NW", 1500, 0.2, RateUnit.A_PER_G).toBuilder()
            .property(Property.SPECIFIC_CAPACITY).unit(Unit.MAH_PER_G).cycles(null).build();

    @TempDir
    static Path dir;
    static SiMineIndex index;

    static Record cycling(String material, double value, Unit unit) {
        return TestRecords.retention(DOC, material, value, 1, RateUnit.A_PER_G).toBuilder()
                .property(Property.CYCLING_STABILITY).unit(unit).rate(Rate.of(1, RateUnit.A_PER_G)).cycles(500)
                .build();
    }

    @BeforeAll
    static void build() throws Exception {
        index = SiMineIndex.open(dir.resolve("index"));
        try (PaperWriter writer = index.writer()) {
            writer.put(TestRecords.paper(DOC, "Retention", List.of("Silicon anodes retain their capacity."),
                    List.of(RATE_CAPABILITY, AFTER_CYCLES, REMAINING_CAPACITY, CAPACITY)), "/papers/r.pdf", "sha256:r",
                    Instant.parse("2025-01-01T00:00:00Z"), null);
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    static List<Record> found(String query) throws Exception {
        SearchRequest byPaper = new SearchRequest(query, 10, SortOrder.PAPER, List.of(FacetDimension.PROPERTY));
        return index.search(byPaper).hits().stream().map(RecordHit::record).toList();
    }

    @Test
    void retentionFindsRetentionsWithAndWithoutACycleCount() throws Exception {
        assertEquals(List.of(RATE_CAPABILITY, AFTER_CYCLES), found("property:retention"));
        assertEquals(List.of(RATE_CAPABILITY, AFTER_CYCLES), found("property:Retention value:>=60"));
        assertEquals(List.of(AFTER_CYCLES), found("property:retention cycles:>=100"));
        assertEquals(List.of(RATE_CAPABILITY), found("property:retention NOT property:cycling"));
    }

    @Test
    void eachRecordKeepsItsOwnProperty() throws Exception {
        assertEquals(List.of(RATE_CAPABILITY), found("property:capacity_retention"));
        assertEquals(List.of(RATE_CAPABILITY), found("property:rate_retention"));
        assertEquals(List.of(AFTER_CYCLES, REMAINING_CAPACITY), found("property:cycling_stability"));
        Facets f = index.search(new SearchRequest("property:retention", 10, SortOrder.PAPER,
                List.of(FacetDimension.PROPERTY))).facets();
        assertEquals(1, f.count(FacetDimension.PROPERTY, "capacity_retention"));
        assertEquals(1, f.count(FacetDimension.PROPERTY, "cycling_stability"));
        assertEquals(2, index.count("property:retention"));
    }

    @Test
    void theGroupIsListedWithItsMembers() {
        PropertyGroup retention = PropertyGroup.named("Retention").orElseThrow();
        assertEquals("property:retention", retention.term());
        assertEquals(Set.of(Property.CAPACITY_RETENTION, Property.CYCLING_STABILITY), retention.properties());
        assertEquals(List.of(new PropertyGroup.Member(Property.CAPACITY_RETENTION, null),
                new PropertyGroup.Member(Property.CYCLING_STABILITY, Unit.PERCENT)), retention.members());
        assertEquals(List.of(retention), PropertyGroup.all());
    }
}
