package org.simine.index.ingest;

import org.simine.model.io.FileHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.simine.index.document.Paper;
import org.simine.index.ingest.FileOutcome.Status;

/**
 * Ingests files: extraction runs on a bounded pool of worker threads, and the calling thread is the one writer.
 *
 * <p>Idempotent: a worker hashes its file first, and a file whose content is already indexed is skipped
 * without extraction. A file whose path is indexed with another hash replaces its old paper, passages and
 * records in one block. Two files of the same paper (same DOI, or the same bytes) are not both indexed: the one
 * whose format ranks higher ({@link ExtractedPaper#rank()}: publisher XML, then HTML, then PDF, then text) is kept,
 * whichever came first; between equal ranks the first stays and the second is skipped, so re-running never flips
 * between them. Either way the outcome of the file met second carries a {@link FileOutcome.Duplicate} naming both
 * files, so no duplicate is silent. A failing file is recorded and the run goes on. The
 * writer commits every {@link IngestOptions#commitEvery()} papers, so an interrupted run loses at most that
 * many, and the next run redoes exactly those.
 */
public final class Ingester {
    private final PaperLookup lookup;
    private final PaperExtractor extractor;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Clock clock;

    public Ingester(PaperLookup lookup, PaperExtractor extractor, IngestOptions options, IngestListener listener,
                    Clock clock) {
        this.lookup = lookup;
        this.extractor = extractor;
        this.options = options;
        this.listener = listener;
        this.clock = clock;
    }

    /** Why a higher-ranked copy of a paper wins, for outcome reasons. */
    static final String MARKUP_WINS = "publisher markup gives the exact text, sections and table cells; a PDF's "
            + "are recovered from its layout";
    static final String PDF_WINS = "a PDF is the paper as published and its records carry page numbers; a text "
            + "file has no pages";
    /** The lowest rank of publisher markup (HTML); PDF is 1, text 0 (see {@link ExtractedPaper#rank()}). */
    static final int MARKUP_RANK = 2;
    static final String FIRST_WINS = "the file met first is kept, so re-running never flips between them";
    static final String SAME_BYTES = "the two files have the same bytes";

    /** The file a paper was ingested from (as given in this run, else as the index holds it), and its format. */
    private record Owner(Path file, String path, String format, int rank) {
    }

    /** What a worker hands to the writer for one file. */
    private record Work(Path file, String path, String fileHash, ExtractedPaper paper, FileOutcome finished,
                        long nanos) {
    }

    public IngestSummary run(List<Path> files, PaperWriter writer) throws IOException, InterruptedException {
        List<Path> distinct = distinctFiles(files);
        Run run = new Run(distinct.size(), writer);
        listener.started(distinct.size(), options.workers());
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), workerThreads());
        try {
            CompletionService<Work> done = new ExecutorCompletionService<>(pool);
            // Bounded in-flight work: extracted papers wait in memory only until the writer takes them.
            int maxInFlight = options.workers() * 2;
            Iterator<Path> next = distinct.iterator();
            int inFlight = 0;
            while (next.hasNext() || inFlight > 0) {
                while (inFlight < maxInFlight && next.hasNext()) {
                    Path file = next.next();
                    done.submit(() -> work(file));
                    inFlight++;
                }
                Work work = take(done);
                inFlight--;
                if (run.write(work).status() == Status.FAILED && options.failFast()) {
                    break; // work still in flight is dropped: shutdownNow below interrupts it
                }
            }
            run.commit();
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            // Uncommitted papers are dropped; the next run redoes them, since the index does not know them.
            pool.shutdownNow();
            try {
                writer.rollback();
            } catch (IOException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(run.outcomes, run.elapsed(), run.commits, distinct.size() - run.outcomes.size());
    }

    private static Work take(CompletionService<Work> done) throws InterruptedException {
        try {
            return done.take().get();
        } catch (ExecutionException e) {
            // work() catches everything a file can cause; what escapes is a bug or an Error.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("ingest worker failed: " + cause, cause);
        }
    }

    /** Runs on a worker: hash, skip when already indexed, else extract. */
    private Work work(Path file) {
        long t0 = System.nanoTime();
        String path = file.toAbsolutePath().normalize().toString();
        String hash;
        try {
            hash = FileHash.sha256(file);
            Optional<Paper> same = lookup.byFileHash(hash);
            if (same.isPresent()) {
                Paper p = same.get();
                FileOutcome.Duplicate duplicate = p.path().equals(path) ? null
                        : new FileOutcome.Duplicate(p.docId(), Path.of(p.path()), file, SAME_BYTES);
                String reason = duplicate == null ? "unchanged since last ingest" : "same content as " + p.path();
                long nanos = System.nanoTime() - t0;
                return new Work(file, path, null, null, new FileOutcome(file, Status.SKIPPED, p.docId(), 0, 0, reason,
                        Duration.ofNanos(nanos), null, duplicate), nanos);
            }
        } catch (IOException e) {
            return failed(file, path, FileOutcome.UNREADABLE, file + ": cannot read: " + e.getMessage(), t0);
        }
        try {
            ExtractedPaper paper = extractor.extract(file);
            return new Work(file, path, hash, paper, null, System.nanoTime() - t0);
        } catch (UnreadablePaperException e) {
            return failed(file, path, e.problem(), e.getMessage(), t0);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, path, FileOutcome.INTERNAL_ERROR, file + ": extraction failed: " + e, t0);
        }
    }

    private static Work failed(Path file, String path, String error, String reason, long t0) {
        long nanos = System.nanoTime() - t0;
        return new Work(file, path, null, null, FileOutcome.failed(file, error, reason, Duration.ofNanos(nanos)), nanos);
    }

    /** Why the copy in {@code format} (of a higher rank than the other copy) is kept. */
    private static String whyKept(String format, int rank) {
        return "its " + format + " version is kept (" + (rank >= MARKUP_RANK ? MARKUP_WINS : PDF_WINS) + ")";
    }

    /** The writer's state for one run: everything here is touched by the calling thread only. */
    private final class Run {
        final int total;
        final PaperWriter writer;
        final long startNanos = System.nanoTime();
        final List<FileOutcome> outcomes = new ArrayList<>();
        /** What this run wrote and has maybe not committed yet, which the lookup cannot see. */
        final Map<String, Path> fileByHash = new HashMap<>();
        final Map<String, Owner> ownerByDocId = new HashMap<>();
        int pending;
        int commits;
        int written;
        int skipped;
        int failed;
        long records;

        Run(int total, PaperWriter writer) {
            this.total = total;
            this.writer = writer;
        }

        FileOutcome write(Work work) throws IOException {
            FileOutcome outcome = work.finished() != null ? work.finished() : put(work);
            outcomes.add(outcome);
            count(outcome);
            listener.fileDone(outcome, progress());
            if (pending >= options.commitEvery()) {
                commit();
            }
            return outcome;
        }

        private FileOutcome put(Work work) throws IOException {
            ExtractedPaper paper = work.paper();
            Duration took = Duration.ofNanos(work.nanos());
            Path earlier = fileByHash.get(work.fileHash());
            if (earlier != null) {
                return new FileOutcome(work.file(), Status.SKIPPED, paper.docId(), 0, 0, "same content as " + earlier,
                        took, null, new FileOutcome.Duplicate(paper.docId(), earlier, work.file(), SAME_BYTES));
            }
            Owner owner = owner(paper.docId());
            String reason = null;
            FileOutcome.Duplicate duplicate = null;
            if (owner != null && !owner.path().equals(work.path()) && Files.exists(Path.of(owner.path()))) {
                if (paper.rank() <= owner.rank()) {
                    String why = paper.rank() < owner.rank() ? whyKept(owner.format(), owner.rank()) : FIRST_WINS;
                    return new FileOutcome(work.file(), Status.SKIPPED, paper.docId(), 0, 0,
                            "same paper (" + paper.docId() + ") as " + owner.file() + "; " + why, took, null,
                            new FileOutcome.Duplicate(paper.docId(), owner.file(), work.file(), why));
                }
                String why = whyKept(paper.format(), paper.rank());
                reason = "same paper (" + paper.docId() + ") as " + owner.file() + ", whose records it replaces: " + why;
                duplicate = new FileOutcome.Duplicate(paper.docId(), work.file(), owner.file(), why);
            }
            Optional<Paper> previous = lookup.byPath(work.path());
            String replaced = previous.map(Paper::docId).orElse(null);
            Paper written = writer.put(paper, work.path(), work.fileHash(), clock.instant(), replaced);
            fileByHash.put(work.fileHash(), work.file());
            ownerByDocId.put(paper.docId(), new Owner(work.file(), work.path(), paper.format(), paper.rank()));
            pending++;
            Status status = previous.isPresent() || owner != null ? Status.REPLACED : Status.INGESTED;
            return new FileOutcome(work.file(), status, paper.docId(), written.records(), written.passages(), reason,
                    took, null, duplicate);
        }

        /** Who holds the paper with this id, in this run or before; null when new. */
        private Owner owner(String docId) throws IOException {
            Owner here = ownerByDocId.get(docId);
            return here != null ? here : lookup.byDocId(docId)
                    .map(p -> new Owner(Path.of(p.path()), p.path(), p.format(), p.formatRank())).orElse(null);
        }

        void commit() throws IOException {
            if (pending == 0 && commits > 0) {
                return;
            }
            writer.commit();
            commits++;
            int papers = pending;
            pending = 0;
            listener.committed(papers, progress());
        }

        private void count(FileOutcome o) {
            records += o.records();
            switch (o.status()) {
                case INGESTED, REPLACED -> written++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
                default -> throw new IllegalStateException(o.status().name());
            }
        }

        IngestProgress progress() {
            return new IngestProgress(outcomes.size(), total, written, skipped, failed, records, elapsed());
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }

    private static List<Path> distinctFiles(List<Path> files) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (seen.add(f.toAbsolutePath().normalize())) {
                out.add(f);
            }
        }
        return out;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "simine-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
