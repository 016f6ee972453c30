package org.simine.model.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.simine.model.Dopant;
import org.simine.model.Property;
import org.simine.model.Rate;
import org.simine.model.RateUnit;
import org.simine.model.Record;
import org.simine.model.Source;
import org.simine.model.SourceKind;
import org.simine.model.Unit;

/**
 * The flat CSV form of records, with a stable header (new columns are only ever appended).
 * Dopant elements are joined with {@code ;}. Reading it back gives the same records.
 */
public final class RecordCsv {
    /** Column order of the CSV export; part of the dataset contract. */
    public static final List<String> HEADER = List.of(
            "schema_version", "doc", "material", "property", "value", "value_max", "unit", "approx", "comparator",
            "raw", "rate_value", "rate_unit", "cycles", "baseline", "factor", "temperature",
            "dopant_elements", "dopant_value", "dopant_unit",
            "source_kind", "source_page", "source_section", "source_table", "source_row", "source_column",
            "source_sentence", "source_start", "source_end", "source_snippet", "source_rule", "confidence",
            "source_binding", "source_binding_distance", "source_paragraph");

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private RecordCsv() {
    }

    public static void write(Iterable<Record> records, Appendable out) {
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (Record r : records) {
                printer.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A record's values in {@link #HEADER} order as the CSV writes them (null for an empty cell); other tabular forms
     * (Parquet) use the same columns so that every form of the dataset has one contract.
     */
    public static List<String> row(Record r) {
        Source s = r.source();
        Dopant d = r.dopant();
        return Arrays.asList(
                Record.SCHEMA_VERSION, r.doc(), r.material(), r.property().id(), num(r.value()), num(r.valueMax()),
                r.unit().symbol(), Boolean.toString(r.approx()), r.comparator(), r.raw(),
                r.rate() == null ? null : num(r.rate().value()), r.rate() == null ? null : r.rate().unit().symbol(),
                str(r.cycles()), num(r.baseline()), num(r.factor()), num(r.temperature()),
                d == null ? null : String.join(";", d.elements()), d == null ? null : num(d.value()),
                d == null || d.unit() == null ? null : d.unit().symbol(),
                s.kind().id(), str(s.page()), s.section(), s.table(), str(s.row()), str(s.column()),
                str(s.sentence()), str(s.start()), str(s.end()), s.snippet(), s.rule(), num(r.confidence()),
                s.binding(), str(s.bindingDistance()), str(s.paragraph()));
    }

    public static List<Record> read(Reader in) throws IOException, RecordFormatException {
        List<Record> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(READ).get()) {
            for (var row : parser) {
                try {
                    Function<String, String> get = name -> row.isMapped(name) ? emptyToNull(row.get(name)) : null;
                    RecordJson.checkVersion(get.apply("schema_version"));
                    out.add(parse(get));
                } catch (RuntimeException e) {
                    throw new RecordFormatException("row " + row.getRecordNumber() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /**
     * A record from its column values (the inverse of {@link #row}); {@code get} answers null for an absent column.
     *
     * @throws RuntimeException (IllegalArgumentException, NumberFormatException) when a value is not valid
     */
    public static Record parse(Function<String, String> get) {
        String rateValue = get.apply("rate_value");
        String elements = get.apply("dopant_elements");
        String dopantUnit = get.apply("dopant_unit");
        Source source = new Source(SourceKind.fromId(get.apply("source_kind")), integer(get.apply("source_page")),
                get.apply("source_section"), get.apply("source_table"), integer(get.apply("source_row")),
                integer(get.apply("source_column")), integer(get.apply("source_sentence")),
                integer(get.apply("source_start")), integer(get.apply("source_end")),
                get.apply("source_snippet"), get.apply("source_rule"), get.apply("source_binding"),
                integer(get.apply("source_binding_distance")), integer(get.apply("source_paragraph")));
        return Record.builder()
                .doc(get.apply("doc"))
                .material(get.apply("material"))
                .property(Property.fromId(get.apply("property")))
                .value(dbl(get.apply("value")))
                .valueMax(dbl(get.apply("value_max")))
                .unit(Unit.fromSymbol(get.apply("unit")))
                .approx(Boolean.parseBoolean(get.apply("approx")))
                .comparator(get.apply("comparator"))
                .raw(get.apply("raw"))
                .rate(rateValue == null ? null
                        : Rate.of(Double.parseDouble(rateValue), RateUnit.fromSymbol(get.apply("rate_unit"))))
                .cycles(integer(get.apply("cycles")))
                .baseline(dbl(get.apply("baseline")))
                .factor(dbl(get.apply("factor")))
                .temperature(dbl(get.apply("temperature")))
                .dopant(elements == null ? null : Dopant.of(List.of(elements.split(";")),
                        dbl(get.apply("dopant_value")), dopantUnit == null ? null : Unit.fromSymbol(dopantUnit)))
                .source(source)
                .confidence(dbl(get.apply("confidence")))
                .build();
    }

    // Double.toString keeps every bit, so a CSV round trip is exact; Numbers.format is for display only.
    private static String num(Double v) {
        return v == null ? null : Double.toString(v);
    }

    private static String str(Integer v) {
        return v == null ? null : v.toString();
    }

    private static Double dbl(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
