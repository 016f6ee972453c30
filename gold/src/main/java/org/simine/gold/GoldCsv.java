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
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Strict reading of the gold set's record files ({@code records.csv}, {@code prose.csv}): exact header, one
 * value per header column, unique ids, UTF-8, at least one record. Every problem is a {@link GoldFormatException}
 * naming the file and the row.
 */
final class GoldCsv {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    /** Opens the file; its IOException is reported as "cannot read". */
    interface Source {
        InputStream open() throws IOException;
    }

    private GoldCsv() {
    }

    /**
     * @param parse turns one row into a record; an unchecked exception is reported with the row and its id
     * @param id    the record's id, which must be unique in the file
     */
    static <T> List<T> read(Source source, String where, List<String> header, Function<CSVRecord, T> parse,
                            Function<T, String> id) {
        List<T> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long lastRow = 0;
        try (Reader in = GoldSet.reader(source.open());
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSV).get()) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new GoldFormatException(where, 0, "header must be " + String.join(",", header) + " but is "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord row : parser) {
                long n = row.getRecordNumber();
                String rowId = row.size() > 0 ? row.get(0) : "";
                try {
                    if (!row.isConsistent()) {
                        throw new IllegalArgumentException("has " + row.size() + " fields, the header has "
                                + header.size());
                    }
                    T record = parse.apply(row);
                    Long first = seen.putIfAbsent(id.apply(record), n);
                    if (first != null) {
                        throw new IllegalArgumentException(
                                "duplicate id " + id.apply(record) + " (first on row " + first + ")");
                    }
                    out.add(record);
                    lastRow = n;
                } catch (RuntimeException e) {
                    throw new GoldFormatException(where, (int) n,
                            "(id " + (rowId.isEmpty() ? "?" : rowId) + "): " + e.getMessage(), e);
                }
            }
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(where, 0, "not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            // commons-csv reports bad quoting, bad headers and decoding errors this way
            int bad = (int) lastRow + 1;
            if (e instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException) {
                throw new GoldFormatException(where, bad, "not UTF-8", e);
            }
            throw new GoldFormatException(where, bad, "cannot be parsed as CSV: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new GoldFormatException(where, 0, "has no records");
        }
        return out;
    }
}
