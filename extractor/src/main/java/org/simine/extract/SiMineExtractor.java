package org.simine.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.simine.extract.nlp.TextRecordExtractor;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.table.PdfTableSource;
import org.simine.extract.table.TableSource;
import org.simine.extract.table.interpret.TableRecordExtractor;
import org.simine.extract.table.text.TextTableSource;
import org.simine.model.Record;

/**
 * Entry point: reads a paper (.pdf, .txt, .md, publisher XML or HTML) and extracts kinetics records from its running text and from
 * its tables.
 *
 * <p>Tables come from a {@link TableSource}: by default the PDF table layer ({@link PdfTableSource}) and the
 * tab-separated tables of text exports ({@link TextTableSource}); {@link #create(TableSource)} takes others.
 *
 * <p>Each extraction runs within {@link ExtractionLimits} ({@link ExtractionLimits#defaults()} unless
 * {@link #withLimits} says otherwise): it runs on a thread of its own while the caller waits at most the timeout,
 * so the caller always gets its answer in time. On a timeout that thread is interrupted; the stages check for
 * that between pages and sentences, and the PDF reader's page scanner every 1,024 content operators, so even a
 * thread stuck inside a runaway page stops within moments; its result is dropped.
 *
 * <p>{@link #create()} is expensive (CoreNLP pipeline, vocabularies, rule stages): create one instance and
 * share it. {@link #extract(Path)} is thread-safe.
 */
public final class SiMineExtractor {
    /** Lower-case file extensions SiMine reads, without the dot: {@code pdf}, {@code txt}, {@code md}, {@code xml} … */
    public static final Set<String> SUPPORTED_EXTENSIONS = DocumentReaders.SUPPORTED_EXTENSIONS;

    /** Runs extractions so that callers can stop waiting; daemon threads, idle ones end after a minute. */
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(extractionThreads());

    private final TextRecordExtractor text;
    private final TableSource tables;
    private final TableRecordExtractor tableRecords;
    private final ExtractionLimits limits;

    private SiMineExtractor(TextRecordExtractor text, TableSource tables, TableRecordExtractor tableRecords,
                            ExtractionLimits limits) {
        this.text = text;
        this.tables = Objects.requireNonNull(tables, "tables");
        this.tableRecords = tableRecords;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** An extractor reading the tables of PDFs and of text exports. */
    public static SiMineExtractor create() {
        return create(new TextTableSource().and(new PdfTableSource()));
    }

    /** An extractor taking each document's tables from {@code tables} (e.g. {@code new TextTableSource().and(pdf)}). */
    public static SiMineExtractor create(TableSource tables) {
        return new SiMineExtractor(TextRecordExtractor.create(), tables, TableRecordExtractor.create(),
                ExtractionLimits.defaults());
    }

    /** This extractor (sharing its loaded rules) with other limits for {@link #extract(Path)}. */
    public SiMineExtractor withLimits(ExtractionLimits newLimits) {
        return new SiMineExtractor(text, tables, tableRecords, newLimits);
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Extracts within this extractor's {@link #limits()}; see {@link #extract(Path, ExtractionLimits)}. */
    public ExtractionResult extract(Path file) throws InputException {
        return extract(file, limits);
    }

    /**
     * @return the records of the running text in reading order, then those of the tables, table by table
     * @throws InputException         when the file is missing, of an unsupported type, empty, corrupt, encrypted,
     *                                without a text layer, not valid UTF-8, over the page limit, not done
     *                                within the timeout or too big for the heap; never another exception for a
     *                                bad file
     * @throws CancellationException when the calling thread is interrupted while waiting (its flag is set again)
     */
    public ExtractionResult extract(Path file, ExtractionLimits within) throws InputException {
        Future<ExtractionResult> running = RUNNER.submit(() -> extractHere(file, within));
        try {
            return running.get(within.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw InputException.timedOut(file, within.timeout());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException(file + ": extraction cancelled");
        } catch (ExecutionException e) {
            throw rethrown(file, e.getCause());
        }
    }

    /**
     * Extracts on the calling thread within this extractor's page limit but without its timeout: for benchmarks
     * that measure the CPU time of the thread doing the work. Callers that need the timeout use {@link #extract}.
     */
    public ExtractionResult extractHere(Path file) throws InputException {
        return extractHere(file, limits);
    }

    /** The extraction itself, on the calling thread, with no timeout of its own. */
    private ExtractionResult extractHere(Path file, ExtractionLimits within) throws InputException {
        Document document = DocumentReaders.read(file, within);
        List<Record> records = new ArrayList<>(paragraphs(document, text.extract(document)));
        within.checkNotCancelled(file);
        List<org.simine.extract.table.Table> found = tables.tables(document);
        records.addAll(tableRecords.extract(document, found));
        return new ExtractionResult(document.id(), file, document.title(), document.pages().size(), records,
                document, found);
    }

    /**
     * Markup has no pages but exact paragraphs: each text record gets the paragraph its value was read in
     * ({@code source.paragraph}, the block of the one page that holds its start offset).
     */
    static List<Record> paragraphs(Document document, List<Record> records) {
        if (!document.format().markup() || document.pages().size() != 1) {
            return records;
        }
        Page page = document.pages().get(0);
        List<Record> out = new ArrayList<>(records.size());
        for (Record r : records) {
            Integer start = r.source().start();
            int paragraph = start == null ? -1 : page.blockIndexAt(start);
            out.add(paragraph < 0 ? r : r.toBuilder().source(r.source().withParagraph(paragraph)).build());
        }
        return out;
    }

    /**
     * What the extraction thread threw, for the caller to throw: checked InputException, else unchecked. Running out
     * of heap becomes {@link InputProblem#OUT_OF_MEMORY}: the error ended the extraction thread's work, so what that
     * file filled the heap with is garbage now, and the next file can be read.
     */
    private static InputException rethrown(Path file, Throwable cause) {
        if (cause instanceof InputException e) {
            return e;
        }
        if (cause instanceof OutOfMemoryError e) {
            return InputException.outOfMemory(file, e);
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("extraction failed: " + cause, cause);
    }

    private static ThreadFactory extractionThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "simine-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
