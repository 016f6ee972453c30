package org.simine.gold.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.simine.gold.eval.MatchMode;
import org.simine.gold.eval.Score;
import org.simine.model.Record;

/** The JSON form of a {@link StatementsReport}; see {@link StatementsReport#toJson()} for the layout. */
final class StatementsReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatementsReportJson() {
    }

    static String write(StatementsReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report: " + e.getMessage(), e);
        }
    }

    static ObjectNode tree(StatementsReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("options").put("relative_tolerance", r.tolerance()).put("material_required", true);
        root.put("rows", r.rows());
        root.put("negative_rows", r.negativeRows());
        root.put("gold", r.goldCount());
        root.put("predicted", r.predictedCount());
        for (MatchMode mode : MatchMode.values()) {
            StatementsModeReport m = r.mode(mode);
            ObjectNode n = root.putObject(mode.id());
            n.set("micro", score(m.micro()));
            ObjectNode properties = n.putObject("properties");
            m.properties().forEach((p, s) -> properties.set(p.id(), score(s)));
            ObjectNode shapes = n.putObject("shapes");
            m.shapes().forEach((shape, s) -> {
                ObjectNode one = shapes.putObject(shape);
                one.put("rows", r.shapeRows().getOrDefault(shape, 0));
                one.setAll(score(s));
            });
        }
        root.putObject("negatives").put("rows", r.negativeRows()).put("false_records", r.negativeFalseRecords())
                .put("rows_with_records", r.negativeRowsWithRecords());
        root.putObject("no_material").put("false_records", r.noMaterial());
        ArrayNode misses = root.putArray("misses");
        for (StatementMiss m : r.misses()) {
            ObjectNode n = misses.addObject().put("row", m.row()).put("shape", m.shape()).put("index", m.index());
            modes(n, m.modes());
            n.set("expected", record(m.expected()));
            if (m.nearest() == null) {
                n.putNull("nearest");
            } else {
                n.set("nearest", record(m.nearest()));
            }
            ArrayNode why = n.putArray("mismatches");
            m.mismatches().forEach(why::add);
        }
        ArrayNode falsePositives = root.putArray("false_positives");
        for (StatementFalsePositive f : r.falsePositives()) {
            ObjectNode n = falsePositives.addObject().put("row", f.row()).put("shape", f.shape())
                    .put("index", f.index());
            modes(n, f.modes());
            n.put("no_material", f.noMaterial());
            n.put("rule", f.rule());
            n.set("record", record(f.predicted()));
        }
        return root;
    }

    /** A record in the statements file's form, with the rule of a prediction. */
    static ObjectNode record(Record r) {
        ObjectNode n = MAPPER.createObjectNode();
        if (r.material() == null) {
            n.putNull("material");
        } else {
            n.put("material", r.material());
        }
        n.put("property", r.property().id());
        if (r.value() == null) {
            n.putNull("value");
        } else {
            n.put("value", r.value());
        }
        if (r.valueMax() != null) {
            n.put("value_max", r.valueMax());
        }
        n.put("unit", r.unit().symbol());
        if (r.rate() == null) {
            n.putNull("rate");
        } else {
            n.putObject("rate").put("value", r.rate().value()).put("unit", r.rate().unit().symbol());
        }
        if (r.cycles() == null) {
            n.putNull("cycles");
        } else {
            n.put("cycles", r.cycles());
        }
        if (r.dopant() == null) {
            n.putNull("dopant");
        } else {
            ObjectNode d = n.putObject("dopant");
            ArrayNode elements = d.putArray("elements");
            r.dopant().elements().forEach(elements::add);
            if (r.dopant().value() == null) {
                d.putNull("value");
                d.putNull("unit");
            } else {
                d.put("value", r.dopant().value());
                d.put("unit", r.dopant().unit().symbol());
            }
        }
        if (r.baseline() != null) {
            n.put("baseline", r.baseline());
        }
        if (r.factor() != null) {
            n.put("factor", r.factor());
        }
        if (r.approx()) {
            n.put("approx", true);
        }
        if (!Statement.RULE.equals(r.source().rule())) {
            n.put("rule", r.source().rule());
        }
        return n;
    }

    private static ObjectNode score(Score s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
        n.put("tp", s.tp());
        n.put("fp", s.fp());
        n.put("fn", s.fn());
        return n;
    }

    private static void modes(ObjectNode n, Set<MatchMode> modes) {
        ArrayNode a = n.putArray("modes");
        for (MatchMode m : MatchMode.values()) {
            if (modes.contains(m)) {
                a.add(m.id());
            }
        }
    }
}
