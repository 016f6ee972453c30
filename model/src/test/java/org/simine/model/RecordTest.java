package org.simine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordFormatException;
import org.simine.model.io.RecordJson;

class RecordTest {
    static final Record FULL = Record.builder()
            .doc("10.1039/d4ee05595k").material("Mn-doped Si").property(Property.CHARGE_TRANSFER_RESISTANCE)
            .value(59.0).unit(Unit.OHM).raw("59").baseline(101.0)
            .dopant(Dopant.of(List.of("Mn"), 0.5, Unit.PERCENT))
            .source(Source.table(8, "2.2 Improving the conductivity", "2", 1, 3, "Mn 0.5 59 101", "table.rct"))
            .confidence(0.9).build();

    static final Record TEXT = Record.builder()
            .doc("sha256:00ff").material("P0.125Si").property(Property.CAPACITY_RETENTION)
            .value(50.0).unit(Unit.PERCENT).approx(true).raw("~50%").rate(Rate.of(8, RateUnit.A_PER_G))
            .cycles(100).source(Source.text(9, null, 12, 100, 140, "It delivers ~50% at 8 A g^-1, \"quoted\"",
                    "retention.at-rate").withBinding("paragraph", 2))
            .build();

    static final Record RELATIVE = Record.builder()
            .doc("d").material("Si").property(Property.LI_DIFFUSION_COEFFICIENT).unit(Unit.CM2_PER_S).factor(10.0)
            .raw("10 times increase").dopant(Dopant.of(List.of("Sn", "Sb"), null, null))
            .source(Source.table(8, null, "2", 11, 5, "Sn, Sb 5, 10 18.9 424.6 10 times increase", "t"))
            .build();

    static final Record RANGE = Record.builder()
            .doc("d").material("Li2O").property(Property.LI_MIGRATION_BARRIER).value(0.28).valueMax(0.33)
            .unit(Unit.EV).comparator(null).temperature(50.0).raw("0.28–0.33")
            .source(Source.table(13, null, "4", 1, 2, "Li2O 0.28–0.33", "t")).build();

    @Test
    void jsonRoundTripIsExact() throws Exception {
        for (Record r : List.of(FULL, TEXT, RELATIVE, RANGE)) {
            assertEquals(r, RecordJson.fromJson(RecordJson.toJson(r)));
        }
    }

    @Test
    void jsonUsesSnakeCaseAndCarriesSchemaVersion() {
        String json = RecordJson.toJson(RANGE);
        assertTrue(json.startsWith("{\"schema_version\":\"1.2\",\"doc\":\"d\""), json);
        assertTrue(json.contains("\"value_max\":0.33"), json);
        assertTrue(json.contains("\"unit\":\"eV\""), json);
    }

    @Test
    void csvRoundTripIsExact() throws Exception {
        StringBuilder sb = new StringBuilder();
        List<Record> all = List.of(FULL, TEXT, RELATIVE, RANGE);
        RecordCsv.write(all, sb);
        assertTrue(sb.toString().startsWith(String.join(",", RecordCsv.HEADER) + "\n"));
        assertEquals(all, RecordCsv.read(new StringReader(sb.toString())));
    }

    @Test
    void everyRecordFormValidatesAgainstTheJsonSchema() throws Exception {
        JsonSchema schema = schema();
        for (Record r : List.of(FULL, TEXT, RELATIVE, RANGE)) {
            Set<ValidationMessage> errors = schema.validate(RecordJson.toTree(r));
            assertTrue(errors.isEmpty(), errors::toString);
        }
    }

    @Test
    void schemaRejectsWhatTheTypeRejects() throws Exception {
        JsonSchema schema = schema();
        JsonNode bad = RecordJson.mapper().readTree(
                "{\"schema_version\":\"1.0\",\"doc\":\"d\",\"property\":\"charge_transfer_resistance\","
                        + "\"unit\":\"Ohms\",\"approx\":false,\"value\":1,\"source\":{\"kind\":\"text\",\"rule\":\"r\"}}");
        assertEquals(1, schema.validate(bad).size());
        JsonNode noValue = RecordJson.mapper().readTree(
                "{\"schema_version\":\"1.0\",\"doc\":\"d\",\"property\":\"charge_transfer_resistance\","
                        + "\"unit\":\"Ohm\",\"approx\":false,\"source\":{\"kind\":\"text\",\"rule\":\"r\"}}");
        assertTrue(!schema.validate(noValue).isEmpty());
    }

    @Test
    void invalidRecordsAreRefused() {
        var b = FULL.toBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.unit(Unit.EV).build());
        assertThrows(IllegalArgumentException.class, () -> FULL.toBuilder().valueMax(1.0).build());
        assertThrows(IllegalArgumentException.class, () -> FULL.toBuilder().value(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> FULL.toBuilder().cycles(0).build());
        assertThrows(IllegalArgumentException.class, () -> FULL.toBuilder().comparator("~").build());
        assertThrows(IllegalArgumentException.class, () -> Rate.of(-1, RateUnit.C));
        assertThrows(IllegalArgumentException.class, () -> Dopant.of(List.of("P"), 1.0, Unit.EV));
    }

    @Test
    void unknownMajorSchemaVersionIsRefusedWithAClearMessage() {
        String json = RecordJson.toJson(TEXT).replace("\"1.2\"", "\"2.0\"");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> RecordJson.fromJson(json));
        assertTrue(e.getMessage().contains("schema_version 2.0"), e.getMessage());
    }

    @Test
    void bindingTravelsThroughJsonAndCsv() throws Exception {
        String json = RecordJson.toJson(TEXT);
        assertTrue(json.contains("\"binding\":\"paragraph\",\"binding_distance\":2"), json);
        StringBuilder csv = new StringBuilder();
        RecordCsv.write(List.of(TEXT), csv);
        assertTrue(csv.toString().split("\n")[0].endsWith(",confidence,source_binding,source_binding_distance,source_paragraph"));
        assertTrue(csv.toString().strip().endsWith(",paragraph,2,"), csv::toString);
    }

    @Test
    void paragraphOfMarkupTravelsThroughJsonAndCsvAndValidates() throws Exception {
        Record r = TEXT.toBuilder().source(Source.text(null, "3 Results", 12, 40, 52, "s", "r").withParagraph(17))
                .build();
        String json = RecordJson.toJson(r);
        assertTrue(json.contains("\"paragraph\":17"), json);
        assertFalse(json.contains("\"page\""), json);
        assertEquals(r, RecordJson.fromJson(json));
        assertTrue(schema().validate(RecordJson.mapper().readTree(json)).isEmpty());
        StringBuilder csv = new StringBuilder();
        RecordCsv.write(List.of(r), csv);
        assertEquals(r, RecordCsv.read(new StringReader(csv.toString())).get(0));
        assertThrows(IllegalArgumentException.class, () -> r.source().withParagraph(-1));
    }

    @Test
    void schemaOneOneRecordsAreStillRead() throws Exception {
        String old = "{\"schema_version\":\"1.1\",\"doc\":\"d\",\"property\":\"charge_transfer_resistance\","
                + "\"value\":1,\"unit\":\"Ohm\",\"approx\":false,\"source\":{\"kind\":\"text\",\"rule\":\"r\","
                + "\"page\":2,\"binding\":\"sentence\",\"binding_distance\":0}}";
        Record r = RecordJson.fromJson(old);
        assertEquals(null, r.source().paragraph());
        assertTrue(schema().validate(RecordJson.mapper().readTree(old)).isEmpty());
    }

    @Test
    void schemaOneZeroRecordsAreStillRead() throws Exception {
        String old = "{\"schema_version\":\"1.0\",\"doc\":\"d\",\"property\":\"charge_transfer_resistance\","
                + "\"value\":1,\"unit\":\"Ohm\",\"approx\":false,\"source\":{\"kind\":\"text\",\"rule\":\"r\"}}";
        Record r = RecordJson.fromJson(old);
        assertEquals(null, r.source().binding());
        assertTrue(schema().validate(RecordJson.mapper().readTree(old)).isEmpty());
        String oldCsv = String.join(",", RecordCsv.HEADER.subList(0, RecordCsv.HEADER.indexOf("confidence") + 1))
                + "\n1.0,d,,charge_transfer_resistance,1.0,,Ohm,false,,,,,,,,,,,,text,,,,,,,,,,r,\n";
        assertEquals(1.0, RecordCsv.read(new StringReader(oldCsv)).get(0).value());
    }

    @Test
    void bindingNeedsItsDistance() {
        assertThrows(IllegalArgumentException.class, () -> new Source(SourceKind.TEXT, 1, null, null, null, null,
                0, 0, 1, "s", "r", "paragraph", null));
        assertThrows(IllegalArgumentException.class, () -> Source.text(1, null, 0, 0, 1, "s", "r")
                .withBinding("document", 3));
    }

    @Test
    void badJsonlLineIsNamed() {
        String jsonl = RecordJson.toJson(TEXT) + "\n\n{\"doc\":\"d\"}\n";
        RecordFormatException e = assertThrows(RecordFormatException.class,
                () -> RecordJson.readJsonl(new StringReader(jsonl)));
        assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
    }

    static JsonSchema schema() throws Exception {
        try (InputStream in = Record.class.getResourceAsStream("record.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
