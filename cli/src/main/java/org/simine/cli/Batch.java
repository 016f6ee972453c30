package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.PaperChoice;
import org.simine.extract.SiMineExtractor;
import org.simine.model.Record;

/**
 * Extracts a list of files with one shared extractor. A file that fails is reported on {@code err} as one
 * line naming the file and the problem, and the batch goes on. Two files of the same paper (same DOI, e.g. its
 * PDF and its publisher XML) give one record set: the one whose format ranks higher
 * ({@link PaperChoice}: publisher markup over PDF over text; the first file between equals), and a line
 * on {@code err} names the file left out and why. Notes files found in folders (see {@link org.simine.extract.NotesFiles}) are not
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

    /** One result per document id ({@link PaperChoice}); the files left out are named on err. */
    static List<ExtractionResult> onePerPaper(List<ExtractionResult> results, PrintWriter err) {
        return PaperChoice.onePerPaper(results, ExtractionResult::docId, PaperChoice::rank, (loser, winner) ->
                err.println("simine: " + PaperChoice.droppedMessage(loser.file().toString(), PaperChoice.rank(loser),
                        winner.file().toString(), PaperChoice.rank(winner), PaperChoice.formatLabel(winner),
                        winner.docId())));
    }
}
