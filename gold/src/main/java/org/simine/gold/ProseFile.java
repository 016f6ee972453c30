package org.simine.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.SourceKind;

/** Reads {@code prose.csv}, the gold records of a source's running text (conventions in SOURCE.md). */
final class ProseFile {
    /** Header of {@code prose.csv}, in this order. */
    static final List<String> HEADER = List.of(
            "id", "line", "material", "property", "value", "value_max", "unit", "approx", "comparator", "raw",
            "rate_value", "rate_unit", "cycles", "baseline", "factor", "temperature", "dopant_elements",
            "dopant_value", "dopant_unit", "binding", "quote", "note");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private ProseFile() {
    }

    /** Parses the file strictly; every problem is a {@link GoldFormatException} naming {@code where} and the row. */
    static List<ProseRecord> read(InputStream in, String where, String doc) {
        List<ProseRecord> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long lastRow = 0;
        try (Reader r = GoldSet.reader(in);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(CSV).get()) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new GoldFormatException(where, 0, "header must be " + String.join(",", HEADER) + " but is "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                long n = row.getRecordNumber();
                String id = row.size() > 0 ? row.get(0) : "";
                try {
                    if (!row.isConsistent()) {
                        throw new IllegalArgumentException("has " + row.size() + " fields, the header has "
                                + HEADER.size());
                    }
                    ProseRecord p = parse(row, doc);
                    Long first = seen.putIfAbsent(p.id(), n);
                    if (first != null) {
                        throw new IllegalArgumentException("duplicate id " + p.id() + " (first on row " + first + ")");
                    }
                    out.add(p);
                    lastRow = n;
                } catch (RuntimeException e) {
                    throw new GoldFormatException(where, (int) n,
                            "(id " + (id.isEmpty() ? "?" : id) + "): " + e.getMessage(), e);
                }
            }
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(where, 0, "not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            // commons-csv reports bad quoting and decoding errors this way
            int bad = (int) lastRow + 1;
            if (e instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException) {
                throw new GoldFormatException(where, bad, "not UTF-8", e);
            }
            throw new GoldFormatException(where, bad, "cannot be parsed as CSV: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new GoldFormatException(where, 0, "has no records");
        }
        return List.copyOf(out);
    }

    private static ProseRecord parse(CSVRecord row, String doc) {
        String id = GoldSet.text(row, "id");
        if (id == null) {
            throw new IllegalArgumentException("id is empty");
        }
        Integer line = GoldSet.integer(row, "line");
        if (line == null || line < 1) {
            throw new IllegalArgumentException("line '" + row.get("line") + "' is not a 1-based line number");
        }
        String quote = GoldSet.text(row, "quote");
        String raw = GoldSet.text(row, "raw");
        if (quote == null || raw == null) {
            throw new IllegalArgumentException("raw and quote are required");
        }
        if (!quote.contains(raw)) {
            throw new IllegalArgumentException("raw '" + raw + "' is not inside quote '" + quote + "'");
        }
        ProseRecord.Binding binding = ProseRecord.Binding.fromId(row.get("binding"));
        boolean noMaterial = GoldSet.text(row, "material") == null;
        if (noMaterial != (binding == ProseRecord.Binding.NONE)) {
            throw new IllegalArgumentException("binding must be empty exactly when material is empty");
        }
        Record record = GoldSet.recordColumns(row, doc)
                .raw(raw)
                .source(new Source(SourceKind.TEXT, null, null, null, null, null, null, null, null, quote,
                        GoldSet.RULE))
                .build();
        GoldRecord gold = new GoldRecord(id, ProseRecord.TABLE, line, "", "", record, row.get("note"));
        return new ProseRecord(gold, line, quote, binding);
    }
}
