package org.simine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.simine.index.SiMineIndex;
import org.simine.index.query.QuerySyntaxException;
import org.simine.index.search.RecordHit;
import org.simine.index.search.SearchRequest;
import org.simine.index.search.SearchResult;
import org.simine.index.search.SortOrder;
import org.simine.model.Record;
import org.simine.model.io.RecordCsv;
import org.simine.model.io.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the extracted records; shows matches with snippets and counts by property, dopant, "
                + "rate unit and source. Quote the query for the shell:",
                "  ./simine search 'property:rct value:<60 dopant:P'",
                "  ./simine search 'property:retention value:>=70 rate:>=5C'",
                "  ./simine search '\"LiFSI\" AND property:dli'",
                "Words and \"phrases\" match the record's sentence or anywhere in its paper. Field terms filter: "
                        + "property (ids or aliases rct, dli, retention, ice, ...), material (Si@C, \"Si NW\", Si*), "
                        + "dopant (P); numbers in value, value_max, baseline, rate, cycles, doping, temperature, "
                        + "page with <, <=, >, >=, a..b and a unit (value:<0.06kOhm, rate:>=500mA/g, "
                        + "value:<1e-12); unit, rate_unit, source, rule, doc, text, section, title. Combine with AND, "
                        + "OR, NOT and parentheses."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (words are joined with spaces)")
    List<String> query = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table",
            description = "table, jsonl or csv (jsonl and csv print records in the dataset schema; default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--sort", defaultValue = "relevance",
            description = "relevance, value, rate, cycles, baseline, material, property, confidence, page or paper; "
                    + "-value or value:desc for "
                    + "largest first (default: ${DEFAULT-VALUE})")
    String sort;

    @Override
    public Integer call() throws Exception {
        if (!List.of("table", "jsonl", "csv").contains(format)) {
            throw new InputError("--format must be table, jsonl or csv, got '" + format + "'");
        }
        if (limit < 0) {
            throw new InputError("--limit must not be negative");
        }
        SortOrder order;
        try {
            order = SortOrder.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
        SearchRequest request = SearchRequest.of(String.join(" ", query)).withLimit(limit).withSort(order);
        SearchResult result;
        try (SiMineIndex idx = index.openExisting()) {
            result = idx.search(request);
        } catch (QuerySyntaxException e) {
            throw new InputError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Record> records = result.hits().stream().map(RecordHit::record).toList();
        switch (format) {
            case "jsonl" -> RecordJson.writeJsonl(records, out);
            case "csv" -> {
                StringBuilder csv = new StringBuilder(); // the CSV printer closes its target; stdout stays open
                RecordCsv.write(records, csv);
                out.print(csv);
            }
            default -> out.print(SearchOutput.table(result));
        }
        out.flush();
        return ExitCode.OK;
    }
}
