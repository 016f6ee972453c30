package org.simine.gold.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simine.gold.GoldRecord;
import org.simine.model.io.RecordJson;

/**
 * The JSON form of an {@link EvalReport}. Field names are a contract (regression files and scripts read
 * them):
 * <pre>
 * {"options":{"relative_tolerance":..,"rate_tolerance":..,"require_conditions":..},
 *  "gold":N, "predicted":M,
 *  "strict":{"micro":{"precision":..,"recall":..,"f1":..,"tp":..,"fp":..,"fn":..},
 *            "macro_tables":{"precision":..,"recall":..,"f1":..,"classes":..},
 *            "macro_properties":{...},
 *            "tables":{"1":{micro fields},...,"text":{...}},
 *            "properties":{"capacity_retention":{micro fields},...}},
 *  "tolerant":{...},
 *  "misses":[{"index":..,"id":..,"table":..,"row":..,"column":..,"ref":..,"modes":["strict","tolerant"],"record":{..}}],
 *  "false_positives":[{"index":..,"table":..,"modes":[..],"record":{..}}]}
 * </pre>
 * Misses and false positives of both modes are listed once, each with the modes it occurs in.
 */
final class ReportJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> METRICS = List.of("precision", "recall", "f1");

    private ReportJson() {
    }

    static String write(EvalReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report: " + e.getMessage(), e);
        }
    }

    static ObjectNode tree(EvalReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode options = root.putObject("options");
        options.put("relative_tolerance", report.options().relativeTolerance());
        options.put("rate_tolerance", report.options().rateTolerance());
        options.put("require_conditions", report.options().requireConditions());
        root.put("gold", report.goldCount());
        root.put("predicted", report.predictedCount());
        for (MatchMode mode : MatchMode.values()) {
            root.set(mode.id(), mode(report.mode(mode)));
        }
        ArrayNode misses = root.putArray("misses");
        for (ModeTagged<Miss> tagged : ModeTagged.misses(report)) {
            GoldRecord g = tagged.item().gold();
            ObjectNode n = misses.addObject();
            n.put("index", tagged.item().index());
            n.put("id", g.id());
            n.put("table", g.table());
            n.put("row", g.row());
            n.put("column", g.column());
            n.put("ref", g.ref());
            modes(n, tagged);
            n.set("record", RecordJson.toTree(g.record()));
        }
        ArrayNode falsePositives = root.putArray("false_positives");
        for (ModeTagged<FalsePositive> tagged : ModeTagged.falsePositives(report)) {
            ObjectNode n = falsePositives.addObject();
            n.put("index", tagged.item().index());
            n.put("table", tagged.item().table());
            modes(n, tagged);
            n.set("record", RecordJson.toTree(tagged.item().record()));
        }
        return root;
    }

    private static ObjectNode mode(ModeReport m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("micro", score(m.micro()));
        n.set("macro_tables", macro(m.macroTables()));
        n.set("macro_properties", macro(m.macroProperties()));
        ObjectNode tables = n.putObject("tables");
        m.tables().forEach((label, s) -> tables.set(label, score(s)));
        ObjectNode properties = n.putObject("properties");
        m.properties().forEach((p, s) -> properties.set(p.id(), score(s)));
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

    private static ObjectNode macro(MacroScore s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
        n.put("classes", s.classes());
        return n;
    }

    private static void modes(ObjectNode n, ModeTagged<?> tagged) {
        ArrayNode modes = n.putArray("modes");
        tagged.modes().forEach(m -> modes.add(m.id()));
    }

    static Map<String, Double> readScores(String json, boolean goldOnly) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an evaluation report must be a JSON object");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (MatchMode mode : MatchMode.values()) {
            JsonNode m = root.get(mode.id());
            if (m == null || !m.isObject()) {
                throw new IllegalArgumentException("evaluation report has no \"" + mode.id() + "\" object");
            }
            String prefix = mode.id() + ".";
            for (String part : List.of("micro", "macro_tables", "macro_properties")) {
                metrics(out, prefix + part, m.get(part));
            }
            for (String group : List.of("tables", "properties")) {
                for (Map.Entry<String, JsonNode> e : m.path(group).properties()) {
                    if (!goldOnly || e.getValue().path("tp").asInt() + e.getValue().path("fn").asInt() > 0) {
                        metrics(out, prefix + group + "." + e.getKey(), e.getValue());
                    }
                }
            }
        }
        return out;
    }

    private static void metrics(Map<String, Double> out, String key, JsonNode node) {
        for (String metric : METRICS) {
            JsonNode v = node == null ? null : node.get(metric);
            if (v == null || !v.isNumber()) {
                throw new IllegalArgumentException("evaluation report lacks the number " + key + "." + metric);
            }
            out.put(key + "." + metric, v.doubleValue());
        }
    }
}
