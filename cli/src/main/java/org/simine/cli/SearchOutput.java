package org.simine.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.simine.index.search.FacetCount;
import org.simine.index.search.FacetDimension;
import org.simine.index.search.RecordHit;
import org.simine.index.search.SearchResult;
import org.simine.model.Numbers;
import org.simine.model.Property;
import org.simine.model.Record;

/** The people-facing form of search results: a table with snippets under each row, then facet counts. */
final class SearchOutput {
    private static final Map<Property, String> SHORT = new EnumMap<>(Map.of(
            Property.CHARGE_TRANSFER_RESISTANCE, "R_ct",
            Property.LI_DIFFUSION_COEFFICIENT, "D_Li+",
            Property.CAPACITY_RETENTION, "retention",
            Property.INITIAL_COULOMBIC_EFFICIENCY, "ICE",
            Property.SPECIFIC_CAPACITY, "capacity",
            Property.DOPANT_CONCENTRATION, "doping",
            Property.IONIC_CONDUCTIVITY, "sigma_ion",
            Property.ELECTRONIC_CONDUCTIVITY, "sigma_e",
            Property.LI_MIGRATION_BARRIER, "E_a",
            Property.CYCLING_STABILITY, "cycling"));

    private SearchOutput() {
    }

    static String table(SearchResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d %s %s (showing %d, sort %s)%n", result.total(),
                result.total() == 1 ? "record matches" : "records match", result.parsed(), result.hits().size(),
                result.request().sort()));
        if (!result.hits().isEmpty()) {
            TextTable table = new TextTable(List.of("#", "property", "material", "value", "conditions", "paper", "page"),
                    4, 10, 24, 22, 36, 34, 4);
            int n = 1;
            for (RecordHit hit : result.hits()) {
                Record r = hit.record();
                table.add(List.of(Integer.toString(n++), SHORT.get(r.property()),
                        r.material() == null ? "?" : r.material(), value(r), conditions(r),
                        hit.paper() == null ? r.doc() : hit.paper().label(),
                        r.source().page() == null ? "-" : r.source().page().toString()), notes(hit));
            }
            sb.append(table.render());
        }
        sb.append(facets(result));
        return sb.toString();
    }

    private static List<String> notes(RecordHit hit) {
        List<String> notes = new ArrayList<>();
        if (hit.snippet() != null) {
            notes.add(hit.snippet().replace('\n', ' '));
        }
        if (hit.passageSnippet() != null) {
            var p = hit.passage();
            String where = (p.page() == null ? "" : "p. " + p.page())
                    + (p.section() == null ? "" : (p.page() == null ? "" : ", ") + p.section());
            notes.add("paper: " + hit.passageSnippet().replace('\n', ' ') + (where.isEmpty() ? "" : " (" + where + ")"));
        }
        return notes;
    }

    static String value(Record r) {
        StringBuilder sb = new StringBuilder();
        if (r.comparator() != null) {
            sb.append(r.comparator());
        }
        if (r.approx()) {
            sb.append('~');
        }
        if (r.value() == null) {
            sb.append("x").append(Numbers.format(r.factor())).append(" baseline");
            return sb.toString();
        }
        sb.append(Numbers.format(r.value()));
        if (r.valueMax() != null) {
            sb.append("–").append(Numbers.format(r.valueMax()));
        }
        return sb.append(' ').append(r.unit()).toString();
    }

    static String conditions(Record r) {
        List<String> parts = new ArrayList<>();
        if (r.rate() != null) {
            parts.add("at " + r.rate());
        }
        if (r.cycles() != null) {
            parts.add(r.cycles() + " cycles");
        }
        if (r.dopant() != null) {
            String amount = r.dopant().value() == null ? ""
                    : " " + Numbers.format(r.dopant().value()) + " " + r.dopant().unit();
            parts.add(String.join("+", r.dopant().elements()) + amount);
        }
        if (r.baseline() != null) {
            parts.add("vs " + Numbers.format(r.baseline()));
        }
        if (r.temperature() != null) {
            parts.add(Numbers.format(r.temperature()) + " °C");
        }
        return String.join(", ", parts);
    }

    private static String facets(SearchResult result) {
        StringBuilder sb = new StringBuilder();
        for (FacetDimension d : result.request().facets()) {
            List<FacetCount> counts = result.facets().get(d);
            if (!counts.isEmpty()) {
                sb.append(String.format("%-10s %s%n", d.label() + ":", counts.stream()
                        .map(c -> c.value() + " " + c.count()).collect(Collectors.joining(" · "))));
            }
        }
        return sb.length() == 0 ? "" : System.lineSeparator() + sb;
    }
}
