package org.simine.extract;

import java.util.ArrayList;
import org.simine.extract.read.DocumentFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Which file speaks for a paper when several files are the same paper (same document id, e.g. its PDF and its
 * publisher XML): the one whose format ranks higher ({@code DocumentFormat#rank()}: publisher markup over PDF over
 * text), the first in input order between equals. One rule for the command line's batches and the Spark job, which
 * applies it to small per-file summaries instead of whole results.
 */
public final class PaperChoice {
    private PaperChoice() {
    }

    /**
     * @param items     in input order
     * @param docId     the document id of an item
     * @param rank      its format's rank (0 when unknown)
     * @param onDropped told (dropped, kept) for each item left out
     * @return the kept items, in input order
     */
    public static <T> List<T> onePerPaper(List<T> items, Function<T, String> docId, ToIntFunction<T> rank,
                                          BiConsumer<T, T> onDropped) {
        Map<String, T> best = new LinkedHashMap<>();
        for (T item : items) {
            T other = best.get(docId.apply(item));
            if (other == null) {
                best.put(docId.apply(item), item);
                continue;
            }
            T winner = rank.applyAsInt(item) > rank.applyAsInt(other) ? item : other;
            best.put(docId.apply(item), winner);
            onDropped.accept(winner == item ? other : item, winner);
        }
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (best.get(docId.apply(item)) == item) {
                out.add(item);
            }
        }
        return out;
    }

    /** The rank of a result's format, 0 when its document was not kept. */
    public static int rank(ExtractionResult r) {
        return r.document() == null ? 0 : r.document().format().rank();
    }

    /** The label of a result's format, for messages. */
    public static String formatLabel(ExtractionResult r) {
        return r.document() == null ? "unknown format" : r.document().format().label();
    }

    /** The message the command line prints for a dropped file (without its "simine: " prefix). */
    public static String droppedMessage(String dropped, int droppedRank, String kept, int keptRank, String keptFormat,
                                        String docId) {
        return dropped + ": same paper (" + docId + ") as " + kept + "; the records of " + kept + " (" + keptFormat
                + ") are kept" + (keptRank > droppedRank ? ": " + whyKept(keptRank) : "");
    }

    /** Why a copy of a higher-ranked format wins: markup over a PDF, a PDF over a text file. */
    private static String whyKept(int keptRank) {
        return keptRank > DocumentFormat.PDF.rank()
                ? "publisher markup gives the exact text, sections and table cells, a PDF's are recovered from its layout"
                : "a PDF is the paper as published and its records carry page numbers, a text file has no pages";
    }
}
