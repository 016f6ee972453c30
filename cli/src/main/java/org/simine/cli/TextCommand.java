package org.simine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.simine.extract.InputException;
import org.simine.extract.read.Block;
import org.simine.extract.read.Document;
import org.simine.extract.read.DocumentReaders;
import org.simine.extract.read.Page;
import org.simine.extract.read.ScriptMarkup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Print the normalised reading-order text that the extractor reads, page by page.",
                "Markers: '==== page N ====' starts a page, '# ' the title, '§ ' a section heading, '[figure] ', "
                        + "'[table] ' and '[aside] ' captions and small print placed after the running text. "
                        + "Running headers, footers, page numbers and references are not part of the text "
                        + "(--blocks shows them). Scripts read ^ (superscript) and _ (subscript): cm^2 s^-1, R_ct."})
final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "papers (.pdf, .txt, .md, publisher XML/HTML)")
    List<Path> files;

    @Option(names = "--plain", description = "write scripts without markup (cm2 s-1), as search sees them")
    boolean plain;

    @Option(names = "--blocks", description = "list every block with its kind, box and section instead, "
            + "dropped ones included")
    boolean blocks;

    @Option(names = "--stats", description = "print pages and reading time per file and pages/s, not the text")
    boolean stats;

    @Option(names = "--repeat", defaultValue = "1", description = "with --stats: read the files this many times "
            + "and report the fastest round after the first (which warms the JVM up)")
    int repeat;

    @Override
    public Integer call() throws InputError {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        long pages = 0;
        long best = Long.MAX_VALUE;
        int rounds = Math.max(1, repeat);
        for (int round = 1; round <= rounds; round++) {
            boolean last = round == rounds;
            pages = 0;
            long nanos = 0;
            for (Path file : files) {
                long start = System.nanoTime();
                Document document;
                try {
                    document = DocumentReaders.read(file);
                } catch (InputException e) {
                    if (last) {
                        err.println("simine: " + e.getMessage());
                    }
                    failed = true;
                    continue;
                }
                long took = System.nanoTime() - start;
                pages += document.pages().size();
                nanos += took;
                if (!last) {
                    continue;
                }
                if (stats) {
                    out.printf(Locale.ROOT, "%s\t%d pages\t%.1f ms%n", file, document.pages().size(), took / 1e6);
                } else if (blocks) {
                    printBlocks(out, document);
                } else {
                    printText(out, document);
                }
            }
            if (round > 1 || rounds == 1) {
                best = Math.min(best, nanos);
            }
        }
        if (stats) {
            out.printf(Locale.ROOT, "total\t%d pages\t%.1f ms\t%.1f pages/s%n", pages, best / 1e6,
                    best == 0 ? 0 : pages / (best / 1e9));
        }
        out.flush();
        if (failed && files.size() == 1) {
            throw new InputError("no text read");
        }
        return failed ? ExitCode.INPUT_ERROR : ExitCode.OK;
    }

    private void printText(PrintWriter out, Document document) {
        out.println("#### " + document.path() + " (" + document.id() + ")");
        if (!document.unrecoveredGlyphs().isEmpty()) {
            out.println("#### unrecovered glyphs (shown as \uFFFD): " + document.unrecoveredGlyphs());
        }
        for (Page page : document.pages()) {
            out.println(pageLine(document, page));
            out.println(show(marked(page)));
        }
    }

    /** {@code ==== page N ====}, or for publisher markup (no pages) what it is: format, journal, year. */
    static String pageLine(Document document, Page page) {
        if (!document.format().markup()) {
            return "==== page " + page.number() + " ====";
        }
        StringBuilder s = new StringBuilder("==== ").append(document.format().label());
        if (document.info().journal() != null) {
            s.append(" · ").append(document.info().journal());
        }
        if (document.info().year() != null) {
            s.append(" · ").append(document.info().year());
        }
        return s.append(" (no pages; paragraphs separated by blank lines) ====").toString();
    }

    /** The page text with a marker before each block that is not running text. */
    static String marked(Page page) {
        List<Block> inText = new ArrayList<>(page.blocks().stream().filter(Block::inText).toList());
        StringBuilder text = new StringBuilder(page.text());
        for (int i = inText.size() - 1; i >= 0; i--) {
            Block b = inText.get(i);
            String marker = switch (b.kind()) {
                case TITLE -> "# ";
                case HEADING -> "§ ";
                case FIGURE_CAPTION -> "[figure] ";
                case TABLE_CAPTION -> "[table] ";
                case ASIDE -> "[aside] ";
                default -> "";
            };
            text.insert(b.start(), marker);
        }
        return text.toString();
    }

    private String show(String text) {
        return plain ? ScriptMarkup.plain(text) : text;
    }

    private void printBlocks(PrintWriter out, Document document) {
        out.println("#### " + document.path() + " (" + document.id() + ")");
        for (Page page : document.pages()) {
            out.println(pageLine(document, page));
            for (Block b : page.blocks()) {
                out.println("[" + b.kind() + " " + b.box() + (b.inText() ? " @" + b.start() : " dropped")
                        + (b.section() == null ? "" : " § " + b.section()) + "] " + show(b.text()).replace("\n", " ⏎ "));
            }
        }
    }
}
