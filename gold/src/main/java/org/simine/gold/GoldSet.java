package org.simine.gold;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.apache.commons.csv.CSVRecord;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.Unit;

/**
 * A versioned gold standard: the source tables cell by cell and the records expected from them.
 *
 * <p>A gold set directory holds {@code gold.properties} (name, version, doc, table labels, captions and header
 * row counts), {@code tables/table-<label>.tsv} (UTF-8, tab-separated, header rows first, no quoting) and
 * {@code records.csv} (RFC 4180, header {@link #RECORDS_HEADER}), and optionally the running-text records named by
 * the manifest key {@code prose} ({@code prose.csv}, see {@link #prose()}). The conventions are written down in the set's
 * {@code SOURCE.md}. Loading is strict: any malformed file raises a {@link GoldFormatException} naming the file
 * and the row.
 */
public final class GoldSet {
    /** Classpath folder of the review's gold set (the module ships {@code gold/review-ees2025/} as resources). */
    public static final String REVIEW_RESOURCE = "gold/review-ees2025/v1/";

    /** Header of {@code records.csv}, in this order. */
    public static final List<String> RECORDS_HEADER = List.of(
            "id", "table", "row", "ref", "column", "material", "property", "value", "value_max", "unit", "approx",
            "comparator", "raw", "rate_value", "rate_unit", "cycles", "baseline", "factor", "temperature",
            "dopant_elements", "dopant_value", "dopant_unit", "note");

    /** Rule id recorded in {@link Source#rule()} of every gold record. */
    public static final String RULE = "gold";

    static final String MANIFEST = "gold.properties";
    static final String RECORDS = "records.csv";

    private final String name;
    private final String version;
    private final String doc;
    private final List<GoldTable> tables;
    private final List<GoldRecord> records;
    private final List<ProseRecord> prose;

    private GoldSet(String name, String version, String doc, List<GoldTable> tables, List<GoldRecord> records,
                    List<ProseRecord> prose) {
        this.name = name;
        this.version = version;
        this.doc = doc;
        this.tables = List.copyOf(tables);
        this.records = List.copyOf(records);
        this.prose = List.copyOf(prose);
    }

    /** The gold standard of the review (Energy Environ. Sci., 2025, 18, 2720), from the classpath. */
    public static GoldSet review() {
        ClassLoader loader = GoldSet.class.getClassLoader();
        return load(new Opener() {
            @Override
            public InputStream open(String relative) throws IOException {
                InputStream in = loader.getResourceAsStream(REVIEW_RESOURCE + relative);
                if (in == null) {
                    throw new FileNotFoundException("classpath:" + REVIEW_RESOURCE + relative + " not found");
                }
                return in;
            }

            @Override
            public String describe(String relative) {
                return "classpath:" + REVIEW_RESOURCE + relative;
            }
        });
    }

    /** A gold set from a directory laid out like {@code gold/review-ees2025/v1/}. */
    public static GoldSet load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return load(new Opener() {
            @Override
            public InputStream open(String relative) throws IOException {
                return Files.newInputStream(dir.resolve(relative));
            }

            @Override
            public String describe(String relative) {
                return dir.resolve(relative).toString();
            }
        });
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** Document id (the review's DOI) carried by every record. */
    public String doc() {
        return doc;
    }

    public List<GoldTable> tables() {
        return tables;
    }

    /** The table with this label, if the set has it. */
    public Optional<GoldTable> table(String label) {
        return tables.stream().filter(t -> t.label().equals(label)).findFirst();
    }

    public List<GoldRecord> records() {
        return records;
    }

    /**
     * The records stated in the source's running text ({@code prose.csv}, named by the manifest key
     * {@code prose}), in file order; empty when the set has none.
     */
    public List<ProseRecord> prose() {
        return prose;
    }

    /** {@link #prose()} as gold records for the {@code Evaluator} (table {@link ProseRecord#TABLE}, row = line). */
    public List<GoldRecord> proseRecords() {
        return prose.stream().map(ProseRecord::gold).toList();
    }

    /** The records transcribed from the table with this label, in file order. */
    public List<GoldRecord> recordsOfTable(String label) {
        return records.stream().filter(r -> r.table().equals(label)).toList();
    }

    @Override
    public String toString() {
        return name + "/" + version + " (" + tables.size() + " tables, " + records.size() + " records, "
                + prose.size() + " prose records)";
    }

    // ---------------------------------------------------------------------------------------------- loading

    /** Opens the files of a gold set directory, wherever it lives. */
    private interface Opener {
        InputStream open(String relative) throws IOException;

        String describe(String relative);
    }

    private static GoldSet load(Opener files) {
        Properties manifest = readManifest(files);
        String where = files.describe(MANIFEST);
        String name = required(manifest, "name", where);
        String version = required(manifest, "version", where);
        String doc = required(manifest, "doc", where);
        List<GoldTable> tables = new ArrayList<>();
        for (String label : required(manifest, "tables", where).split(",")) {
            label = label.strip();
            if (label.isEmpty()) {
                throw new GoldFormatException(where, 0, "empty table label in 'tables'");
            }
            String caption = required(manifest, "table." + label + ".caption", where);
            String headerRowsText = required(manifest, "table." + label + ".header_rows", where);
            int headerRows;
            try {
                headerRows = Integer.parseInt(headerRowsText.strip());
            } catch (NumberFormatException e) {
                throw new GoldFormatException(where, 0, "table." + label + ".header_rows is not a number: "
                        + headerRowsText);
            }
            if (headerRows < 1) {
                throw new GoldFormatException(where, 0, "table." + label + ".header_rows must be at least 1");
            }
            tables.add(readTable(files, label, caption, headerRows));
        }
        Map<String, GoldTable> byLabel = new LinkedHashMap<>();
        for (GoldTable t : tables) {
            if (byLabel.put(t.label(), t) != null) {
                throw new GoldFormatException(where, 0, "table " + t.label() + " listed twice");
            }
        }
        List<GoldRecord> records = readRecords(files, doc, byLabel);
        List<ProseRecord> prose = List.of();
        String proseFile = manifest.getProperty("prose");
        if (proseFile != null && !proseFile.isBlank()) {
            prose = readProse(files, proseFile.strip(), doc);
        }
        return new GoldSet(name, version, doc, tables, records, prose);
    }

    private static List<ProseRecord> readProse(Opener files, String relative, String doc) {
        return ProseFile.read(() -> files.open(relative), files.describe(relative), doc);
    }

    private static Properties readManifest(Opener files) {
        Properties p = new Properties();
        try (Reader r = reader(files.open(MANIFEST))) {
            p.load(r);
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(files.describe(MANIFEST), 0, "not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.describe(MANIFEST), e);
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(files.describe(MANIFEST), 0, e.getMessage(), e);
        }
        return p;
    }

    private static String required(Properties p, String key, String where) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new GoldFormatException(where, 0, "missing '" + key + "'");
        }
        return v.strip();
    }

    static String tableFile(String label) {
        return "tables/table-" + label + ".tsv";
    }

    private static GoldTable readTable(Opener files, String label, String caption, int headerRows) {
        String rel = tableFile(label);
        String where = files.describe(rel);
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader(files.open(rel)))) {
            String line;
            int lineNo = 0;
            int width = -1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    throw new GoldFormatException(where, lineNo, "empty line (every row needs its cells)");
                }
                List<String> cells = Arrays.asList(line.split("\t", -1));
                if (width < 0) {
                    width = cells.size();
                } else if (cells.size() != width) {
                    throw new GoldFormatException(where, lineNo,
                            "has " + cells.size() + " cells, the first row has " + width);
                }
                for (String c : cells) {
                    if (!c.equals(c.strip()) || c.contains("  ")) {
                        throw new GoldFormatException(where, lineNo,
                                "cell '" + c + "' is not whitespace-normalised");
                    }
                }
                rows.add(cells);
            }
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(where, 0, "not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
        if (rows.size() <= headerRows) {
            throw new GoldFormatException(where, 0,
                    "has " + rows.size() + " rows, needs more than its " + headerRows + " header row(s)");
        }
        return new GoldTable(label, caption, rows.subList(0, headerRows), rows.subList(headerRows, rows.size()));
    }

    private static List<GoldRecord> readRecords(Opener files, String doc, Map<String, GoldTable> tables) {
        return GoldCsv.read(() -> files.open(RECORDS), files.describe(RECORDS), RECORDS_HEADER,
                row -> parse(row, doc, tables), GoldRecord::id);
    }

    private static GoldRecord parse(CSVRecord row, String doc, Map<String, GoldTable> tables) {
        String id = text(row, "id");
        if (id == null) {
            throw new IllegalArgumentException("id is empty");
        }
        String label = text(row, "table");
        GoldTable table = label == null ? null : tables.get(label);
        if (table == null) {
            throw new IllegalArgumentException("unknown table '" + row.get("table") + "'");
        }
        Integer bodyRow = integer(row, "row");
        if (bodyRow == null || bodyRow < 1 || bodyRow > table.bodyRows().size()) {
            throw new IllegalArgumentException("row '" + row.get("row") + "' is not a body row of table " + label
                    + " (1.." + table.bodyRows().size() + ")");
        }
        String column = text(row, "column");
        OptionalInt columnIndex = table.columnIndex(column);
        if (columnIndex.isEmpty()) {
            throw new IllegalArgumentException("column '" + row.get("column") + "' is no header of table " + label);
        }
        String raw = text(row, "raw");
        String cell = table.cell(bodyRow, columnIndex.getAsInt());
        if (raw == null || !raw.equals(cell)) {
            throw new IllegalArgumentException("raw '" + row.get("raw") + "' differs from table " + label + " row "
                    + bodyRow + " column '" + column + "': '" + cell + "'");
        }
        String material = text(row, "material");
        if (material == null) {
            throw new IllegalArgumentException("material is empty");
        }
        Record record = recordColumns(row, doc)
                .raw(raw)
                .source(Source.table(null, null, label, bodyRow, columnIndex.getAsInt(), raw, RULE))
                .build();
        return new GoldRecord(id, label, bodyRow, row.get("ref"), column, record, row.get("note"));
    }

    /**
     * The record columns records.csv and prose.csv share (material … dopant), parsed strictly; the caller adds
     * raw and source. An empty material stays null.
     */
    static Record.Builder recordColumns(CSVRecord row, String doc) {
        String property = text(row, "property");
        String unit = text(row, "unit");
        if (property == null || unit == null) {
            throw new IllegalArgumentException("property and unit are required");
        }
        String approx = row.get("approx");
        if (!approx.equals("true") && !approx.equals("false")) {
            throw new IllegalArgumentException("approx must be true or false, got '" + approx + "'");
        }
        Double rateValue = number(row, "rate_value");
        String rateUnit = text(row, "rate_unit");
        if ((rateValue == null) != (rateUnit == null)) {
            throw new IllegalArgumentException("rate_value and rate_unit must both be given or both be empty");
        }
        String dopantElements = text(row, "dopant_elements");
        Double dopantValue = number(row, "dopant_value");
        String dopantUnit = text(row, "dopant_unit");
        Dopant dopant = null;
        if (dopantElements != null) {
            List<String> elements = Arrays.stream(dopantElements.split(";")).map(String::strip).toList();
            if (elements.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("empty element in dopant_elements '" + dopantElements + "'");
            }
            dopant = Dopant.of(elements, dopantValue, dopantUnit == null ? null : Unit.fromSymbol(dopantUnit));
        } else if (dopantValue != null || dopantUnit != null) {
            throw new IllegalArgumentException("dopant_value/dopant_unit given without dopant_elements");
        }
        return Record.builder()
                .doc(doc)
                .material(text(row, "material"))
                .property(Property.fromId(property))
                .value(number(row, "value"))
                .valueMax(number(row, "value_max"))
                .unit(Unit.fromSymbol(unit))
                .approx(approx.equals("true"))
                .comparator(text(row, "comparator"))
                .rate(rateValue == null ? null : Rate.of(rateValue, RateUnit.fromSymbol(rateUnit)))
                .cycles(integer(row, "cycles"))
                .baseline(number(row, "baseline"))
                .factor(number(row, "factor"))
                .temperature(number(row, "temperature"))
                .dopant(dopant);
    }

    static String text(CSVRecord row, String field) {
        String v = row.get(field);
        return v == null || v.isEmpty() ? null : v;
    }

    static Double number(CSVRecord row, String field) {
        String v = text(row, field);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || !v.matches("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not a decimal number");
        }
    }

    static Integer integer(CSVRecord row, String field) {
        String v = text(row, field);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + v + "' is not an integer");
        }
    }

    /** A strict UTF-8 reader: a file in another encoding fails instead of loading garbled text. */
    static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
