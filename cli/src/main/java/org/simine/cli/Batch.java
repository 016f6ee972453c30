package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simine.extract.read.DocumentFormat;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.model.Record;

/**
 * Extracts a list of files with one shared extractor. A file that fails is reported on {@code err} as one
 * line naming the file and the problem, and the batch goes on. Two files of the same paper (same DOI, e.g. its
 * PDF and its publisher XML) give one record set: the one whose format ranks higher
 * ({@link DocumentFormat#rank()}: publisher markup over PDF over text; the first file between equals), and a line
 * on {@code err} names the file left out and why. Notes files found in folders (see {@link NotesFiles}) are not
 * read, and a line on {@code err} names each.
 */
final class Batch {
    private Batch() {
    }

    record Outcome(List<ExtractionResult> results, List<String> problems) {
        List<Record> records() {
            List<Record> all = new ArrayList<>();
            results.forEach(r -> all.addAll(r.records()));
            return all;
        }

        boolean failed() {
            return !problems.isEmpty();
        }
    }

    static Outcome run(List<Path> paths, SiMineExtractor extractor, PrintWriter err) {
        InputFiles inputs = InputFiles.resolve(paths);
        List<String> problems = new ArrayList<>(inputs.problems());
        inputs.problems().forEach(p -> err.println("simine: " + p));
        inputs.notes().forEach(n -> err.println("simine: " + n.describe()));
        List<ExtractionResult> results = new ArrayList<>();
        for (Path file : inputs.files()) {
            try {
                results.add(extractor.extract(file));
            } catch (InputException e) {
                problems.add(e.getMessage());
                err.println("simine: " + e.getMessage());
            }
        }
        List<ExtractionResult> kept = onePerPaper(results, err);
        err.flush();
        return new Outcome(List.copyOf(kept), List.copyOf(problems));
    }

    /** One result per document id: the best-ranked format, the first among equals; the others are named on err. */
    static List<ExtractionResult> onePerPaper(List<ExtractionResult> results, PrintWriter err) {
        Map<String, ExtractionResult> best = new LinkedHashMap<>();
        for (ExtractionResult r : results) {
            ExtractionResult other = best.get(r.docId());
            if (other == null) {
                best.put(r.docId(), r);
                continue;
            }
            ExtractionResult winner = rank(r) > rank(other) ? r : other;
            ExtractionResult loser = winner == r ? other : r;
            best.put(r.docId(), winner);
            err.println("simine: " + loser.file() + ": same paper (" + r.docId() + ") as " + winner.file()
                    + "; the records of " + winner.file() + " (" + format(winner) + ") are kept"
                    + (rank(winner) > rank(loser) ? ": " + whyKept(winner) : ""));
        }
        List<ExtractionResult> out = new ArrayList<>();
        for (ExtractionResult r : results) {
            if (best.get(r.docId()) == r) {
                out.add(r);
            }
        }
        return out;
    }

    /** Why the copy of {@code winner}'s format wins over one of a lower rank. */
    private static String whyKept(ExtractionResult winner) {
        return winner.document().format().markup()
                ? "publisher markup gives the exact text, sections and table cells, a PDF's are recovered from its layout"
                : "a PDF is the paper as published and its records carry page numbers, a text file has no pages";
    }

    private static int rank(ExtractionResult r) {
        return r.document() == null ? 0 : r.document().format().rank();
    }

    private static String format(ExtractionResult r) {
        return r.document() == null ? "unknown format" : r.document().format().label();
    }
}
