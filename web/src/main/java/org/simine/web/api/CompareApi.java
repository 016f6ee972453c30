package org.simine.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.simine.index.SiMineIndex;
import org.simine.index.query.QuerySyntaxException;
import org.simine.index.search.Comparison;

/**
 * {@code /api/compare?m=A&m=B…}: two to five materials side by side at matched property, rate and cycles, over the
 * records the query selects; as JSON for the page or as the same table in CSV ({@code format=csv}).
 */
public final class CompareApi {
    static final int MIN_MATERIALS = 2;
    static final int MAX_MATERIALS = 5;

    private final SiMineIndex index;

    public CompareApi(SiMineIndex index) {
        this.index = index;
    }

    public void compare(Context ctx) throws IOException, QuerySyntaxException {
        List<String> materials = new ArrayList<>(new LinkedHashSet<>(ctx.queryParams("m").stream()
                .map(String::strip).filter(m -> !m.isEmpty()).toList()));
        if (materials.size() < MIN_MATERIALS || materials.size() > MAX_MATERIALS) {
            throw ApiError.badRequest("compare takes " + MIN_MATERIALS + " to " + MAX_MATERIALS
                    + " materials (m=…&m=…), got " + materials.size());
        }
        if (materials.stream().anyMatch(m -> m.length() > 200)) {
            throw ApiError.badRequest("a material name is at most 200 characters long");
        }
        String q = QueryParams.scoped(ctx);
        Comparison comparison = index.compare(q, materials);
        String format = ctx.queryParam("format");
        if (format != null && format.equalsIgnoreCase("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + ExportNames.of("simine-compare",
                    String.join(" vs ", materials), "csv") + "\"");
            ctx.result(csv(comparison));
            return;
        }
        if (format != null && !format.isBlank() && !format.equalsIgnoreCase("json")) {
            throw ApiError.badRequest("format must be json or csv");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("query", q);
        ArrayNode names = out.putArray("materials");
        materials.forEach(names::add);
        int matched = 0;
        ArrayNode rows = out.putArray("rows");
        for (Comparison.Row row : comparison.rows()) {
            ObjectNode n = rows.addObject().put("property", row.property()).put("unit", row.unit());
            if (row.rate() != null) {
                n.putObject("rate").put("value", row.rate()).put("unit", row.rateUnit());
            }
            if (row.cycles() != null) {
                n.put("cycles", row.cycles());
            }
            n.put("materials_with_values", row.materialsWithValues());
            matched += row.materialsWithValues() >= 2 ? 1 : 0;
            ArrayNode values = n.putArray("values");
            for (List<Double> v : row.values()) {
                ArrayNode cell = values.addArray();
                v.forEach(cell::add);
            }
        }
        out.put("matched_rows", matched);
        ctx.json(out);
    }

    /** The comparison table: conditions, then one column per material (its values at that condition, "; "). */
    static String csv(Comparison comparison) throws IOException {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("property", "unit", "rate", "rate_unit", "cycles"));
        header.addAll(comparison.materials());
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (Comparison.Row row : comparison.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.property(), row.unit(),
                        row.rate() == null ? "" : number(row.rate()), row.rateUnit() == null ? "" : row.rateUnit(),
                        row.cycles() == null ? "" : String.valueOf(row.cycles())));
                for (List<Double> v : row.values()) {
                    cells.add(v.stream().map(CompareApi::number).collect(Collectors.joining("; ")));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
