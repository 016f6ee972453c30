package org.simine.gold.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * Strict reader of a statements file ({@code ../shared/dev-statements/statements.tsv}): UTF-8, tab-separated, the
 * header line {@code id shape text expected}, exactly four fields per line, no empty lines (a final newline is
 * fine), unique ids, and in {@code expected} a JSON array of records:
 * <pre>
 * {"material": "B-doped Si", "property": "li_diffusion_coefficient", "value": 6.3e-11, "unit": "cm^2/s",
 *  "rate": null, "cycles": null, "dopant": {"elements": ["B"], "value": 1.5, "unit": "at%"}, "baseline": 5.8e-12}
 * </pre>
 * {@code material}, {@code property}, {@code value}, {@code unit}, {@code rate}, {@code cycles} and {@code dopant}
 * must be present ({@code rate}, {@code cycles}, {@code dopant} may be null); {@code value_max}, {@code baseline}
 * and {@code approx} are optional; any other key is an error. Properties are the model's ids
 * ({@link Property#id()}; the review's {@code li_ionic_conductivity} is read as {@code ionic_conductivity}); units
 * the model's canonical symbols ({@code Ohm}, {@code Ohm cm^2}, {@code cm^2/s}, {@code mAh/g}, {@code %},
 * {@code S/cm}, {@code eV}, {@code at%}, {@code wt%}, {@code ppm}), and the unit must be one the property takes;
 * rate units {@code C}, {@code A/g}, {@code mA/cm^2}.
 *
 * <p>Every problem is a {@link StatementsFormatException} naming the file and the line: {@code
 * statements.tsv:17: expected[1]: unknown unit 'mAh g-1'}.
 */
public final class StatementsFile {
    /** The header line's fields. */
    public static final List<String> HEADER = List.of("id", "shape", "text", "expected");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> REQUIRED = new LinkedHashSet<>(
            List.of("material", "property", "value", "unit", "rate", "cycles", "dopant"));
    private static final Set<String> OPTIONAL = new LinkedHashSet<>(List.of("value_max", "baseline", "approx"));
    /** Property names a statements file may use besides the model's ids. */
    private static final Map<String, Property> PROPERTY_ALIASES = Map.of(
            "li_ionic_conductivity", Property.IONIC_CONDUCTIVITY);

    private StatementsFile() {
    }

    /**
     * Reads and checks a statements file.
     *
     * @throws StatementsFormatException when the file is not in the format (names file and line)
     * @throws IOException               when it cannot be read
     */
    public static List<Statement> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return parse(decode(bytes, file.toString()), file.toString());
    }

    /**
     * Parses the text of a statements file.
     *
     * @param where the file name used in error messages
     * @throws StatementsFormatException when the text is not in the format
     */
    public static List<Statement> parse(String content, String where) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\n", -1);
        int last = lines.length;
        if (last > 1 && lines[last - 1].isEmpty()) {
            last--; // the newline that ends the last line
        }
        if (text.isEmpty()) {
            throw new StatementsFormatException(where, 0, "empty file (expected the header "
                    + String.join("\\t", HEADER) + ")");
        }
        List<String> header = List.of(stripCr(lines[0]).split("\t", -1));
        if (!header.equals(HEADER)) {
            throw new StatementsFormatException(where, 1, "header must be " + String.join("<TAB>", HEADER)
                    + " but is " + String.join("<TAB>", header));
        }
        List<Statement> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < last; i++) {
            int lineNo = i + 1;
            String line = stripCr(lines[i]);
            try {
                Statement s = row(line, lineNo);
                Integer first = seen.putIfAbsent(s.id(), lineNo);
                if (first != null) {
                    throw new IllegalArgumentException("duplicate id " + s.id() + " (first on line " + first + ")");
                }
                out.add(s);
            } catch (IllegalArgumentException e) {
                throw new StatementsFormatException(where, lineNo, e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new StatementsFormatException(where, 0, "no rows after the header");
        }
        return List.copyOf(out);
    }

    private static Statement row(String line, int lineNo) {
        if (line.isBlank()) {
            throw new IllegalArgumentException("empty line (every line after the header is a row)");
        }
        String[] f = line.split("\t", -1);
        if (f.length != HEADER.size()) {
            throw new IllegalArgumentException("has " + f.length + " tab-separated fields, expected "
                    + HEADER.size() + " (" + String.join(", ", HEADER) + ")");
        }
        String id = f[0];
        if (!id.matches("\\S+")) {
            throw new IllegalArgumentException("id must be one word without spaces, got '" + id + "'");
        }
        if (f[1].isBlank()) {
            throw new IllegalArgumentException("(id " + id + ") empty shape");
        }
        if (f[2].isBlank()) {
            throw new IllegalArgumentException("(id " + id + ") empty text");
        }
        try {
            return new Statement(id, f[1].strip(), f[2], expected(f[3], id, f[2]), lineNo);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("(id " + id + ") " + e.getMessage(), e);
        }
    }

    private static List<Record> expected(String json, String id, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected must be a JSON array of records ([] for none)");
        }
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                records.add(record(root.get(i), id, text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected[" + i + "]: " + e.getMessage(), e);
            }
        }
        return records;
    }

    private static Record record(JsonNode n, String id, String text) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("must be a JSON object, got " + n.getNodeType());
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' (keys: " + String.join(", ", REQUIRED)
                        + ", optional " + String.join(", ", OPTIONAL) + ")");
            }
        }
        for (String key : REQUIRED) {
            if (!n.has(key)) {
                throw new IllegalArgumentException("missing key '" + key + "'");
            }
        }
        String material = string(n, "material", false);
        if (material.isBlank()) {
            throw new IllegalArgumentException("material must not be empty");
        }
        Property property = property(string(n, "property", false));
        Unit unit = unit(string(n, "unit", false));
        if (!property.accepts(unit)) {
            throw new IllegalArgumentException(property.id() + " is not given in " + unit.symbol() + " (units: "
                    + String.join(", ", property.units().stream().map(Unit::symbol).toList()) + ")");
        }
        Record.Builder b = Record.builder()
                .doc(Statement.docOf(id))
                .material(material)
                .property(property)
                .value(number(n, "value", false))
                .valueMax(number(n, "value_max", true))
                .unit(unit)
                .rate(rate(n.get("rate")))
                .cycles(cycles(n.get("cycles")))
                .baseline(number(n, "baseline", true))
                .dopant(dopant(n.get("dopant")))
                .source(Source.text(null, null, 0, null, null, text, Statement.RULE));
        JsonNode approx = n.get("approx");
        if (approx != null && !approx.isNull()) {
            if (!approx.isBoolean()) {
                throw new IllegalArgumentException("approx must be true or false, got " + approx);
            }
            b.approx(approx.booleanValue());
        }
        return b.build(); // the record's own checks (value_max >= value, finite numbers) give IllegalArgumentException
    }

    private static Property property(String name) {
        Property alias = PROPERTY_ALIASES.get(name);
        if (alias != null) {
            return alias;
        }
        try {
            return Property.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown property '" + name + "' (properties: "
                    + String.join(", ", java.util.Arrays.stream(Property.values()).map(Property::id).toList()) + ")");
        }
    }

    private static Unit unit(String symbol) {
        try {
            return Unit.fromSymbol(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit '" + symbol + "' (units: "
                    + String.join(", ", java.util.Arrays.stream(Unit.values()).map(Unit::symbol).toList()) + ")");
        }
    }

    private static Rate rate(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject() || !n.has("value") || !n.has("unit") || n.size() != 2) {
            throw new IllegalArgumentException("rate must be null or {\"value\": number, \"unit\": \"C\"|\"A/g\"|"
                    + "\"mA/cm^2\"}, got " + n);
        }
        RateUnit unit;
        try {
            unit = RateUnit.fromSymbol(string(n, "unit", false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rate: " + e.getMessage() + " (rate units: C, A/g, mA/cm^2)");
        }
        try {
            return Rate.of(number(n, "value", false), unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rate: " + e.getMessage(), e);
        }
    }

    private static Integer cycles(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() <= 0) {
            throw new IllegalArgumentException("cycles must be null or a positive integer, got " + n);
        }
        return n.intValue();
    }

    private static Dopant dopant(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("dopant must be null or an object, got " + n);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!List.of("elements", "value", "unit").contains(key)) {
                throw new IllegalArgumentException("dopant: unknown key '" + key + "' (keys: elements, value, unit)");
            }
        }
        JsonNode elements = n.get("elements");
        if (elements == null || !elements.isArray() || elements.isEmpty()) {
            throw new IllegalArgumentException("dopant: elements must be a non-empty array of element symbols");
        }
        List<String> symbols = new ArrayList<>();
        for (JsonNode e : elements) {
            if (!e.isTextual() || !e.asText().matches("[A-Z][a-z]{0,2}")) {
                throw new IllegalArgumentException("dopant: not an element symbol: " + e);
            }
            symbols.add(e.asText());
        }
        Double value = number(n, "value", true);
        JsonNode unitNode = n.get("unit");
        Unit unit = unitNode == null || unitNode.isNull() ? null : unit(string(n, "unit", false));
        try {
            return Dopant.of(symbols, value, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dopant: " + e.getMessage(), e);
        }
    }

    private static String string(JsonNode n, String key, boolean nullable) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (nullable) {
                return null;
            }
            throw new IllegalArgumentException(key + " must be a string, got " + (v == null ? "nothing" : "null"));
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(key + " must be a string, got " + v);
        }
        return v.asText();
    }

    private static Double number(JsonNode n, String key, boolean nullable) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (nullable) {
                return null;
            }
            throw new IllegalArgumentException(key + " must be a number, got " + (v == null ? "nothing" : "null"));
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + v);
        }
        return v.doubleValue();
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Strict UTF-8: a malformed byte is an error on its line, never a replacement character. */
    private static String decode(byte[] bytes, String where) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new StatementsFormatException(where, line, String.format(Locale.ROOT,
                    "not UTF-8 (malformed byte at offset %d)", in.position()), e);
        }
    }
}
