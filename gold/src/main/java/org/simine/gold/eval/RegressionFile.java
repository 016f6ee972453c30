package org.simine.gold.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Expected scores of a pipeline run, checked by {@link Regression}. The file is JSON:
 * <pre>
 * {"tolerance": 0.01,
 *  "scores": {"strict.micro.f1": 0.05, "tolerant.tables.2.f1": 0.0, ...}}
 * </pre>
 * Keys are the flat keys of {@link EvalReport#scores()}; only the keys listed are checked, so a file may
 * be pruned by hand. Other top-level fields (e.g. {@code "note"}) are ignored.
 *
 * @param tolerance absolute tolerance on every score (0.01 = one point of F1)
 * @param scores    expected score per flat key, in file order
 */
public record RegressionFile(double tolerance, Map<String, Double> scores) {
    /** Scores are written rounded to this many decimals. */
    public static final int DECIMALS = 4;

    public RegressionFile {
        if (!Double.isFinite(tolerance) || tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        Objects.requireNonNull(scores, "scores");
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("a regression file must list at least one score");
        }
        scores.forEach((k, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("score " + k + " must be a finite number, got " + v);
            }
        });
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The {@link EvalReport#regressionScores() regression scores} of a report, rounded to {@link #DECIMALS} decimals. */
    public static RegressionFile of(EvalReport report, double tolerance) {
        return ofScores(report.regressionScores(), tolerance);
    }

    /**
     * A regression file pinning {@code scores} (flat keys, e.g. a statements report's
     * {@code regressionScores()}), rounded to {@link #DECIMALS} decimals, in their order.
     */
    public static RegressionFile of(Map<String, Double> scores, double tolerance) {
        return ofScores(scores, tolerance);
    }

    /** The regression scores of a JSON report written by {@link EvalReport#toJson()}. */
    public static RegressionFile fromReportJson(String reportJson, double tolerance) {
        return ofScores(EvalReport.regressionScoresFromJson(reportJson), tolerance);
    }

    /**
     * Writes the {@link EvalReport#regressionScores() regression scores} of {@code report} as a fresh
     * regression file at {@code path} (replacing it).
     */
    public static void write(EvalReport report, Path path, double tolerance) throws IOException {
        of(report, tolerance).write(path);
    }

    public void write(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, toJson(), StandardCharsets.UTF_8);
    }

    public String toJson() {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("tolerance", tolerance);
        ObjectNode s = root.putObject("scores");
        scores.forEach(s::put);
        try {
            return ReportJson.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise regression file: " + e.getMessage(), e);
        }
    }

    public static RegressionFile read(Path path) throws IOException {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    public static RegressionFile read(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not a regression file
     */
    public static RegressionFile parse(String json) {
        JsonNode root;
        try {
            root = ReportJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a regression file must be a JSON object");
        }
        JsonNode tolerance = root.get("tolerance");
        if (tolerance == null || !tolerance.isNumber()) {
            throw new IllegalArgumentException("a regression file needs a numeric \"tolerance\"");
        }
        JsonNode scores = root.get("scores");
        if (scores == null || !scores.isObject()) {
            throw new IllegalArgumentException("a regression file needs a \"scores\" object");
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : scores.properties()) {
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException("score " + e.getKey() + " is not a number");
            }
            expected.put(e.getKey(), e.getValue().doubleValue());
        }
        return new RegressionFile(tolerance.doubleValue(), expected);
    }

    private static RegressionFile ofScores(Map<String, Double> scores, double tolerance) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        double scale = Math.pow(10, DECIMALS);
        scores.forEach((k, v) -> rounded.put(k, Math.round(v * scale) / scale));
        return new RegressionFile(tolerance, rounded);
    }
}
