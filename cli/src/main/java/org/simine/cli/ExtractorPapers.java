package org.simine.cli;

import java.nio.file.Path;
import java.util.List;
import org.simine.extract.ExtractionLimits;
import org.simine.extract.ExtractionResult;
import org.simine.extract.InputException;
import org.simine.extract.SiMineExtractor;
import org.simine.extract.meta.Byline;
import org.simine.extract.meta.ReferenceList;
import org.simine.extract.read.Document;
import org.simine.extract.table.Table;
import org.simine.index.document.PaperDetails;
import org.simine.index.document.PageText;
import org.simine.index.ingest.ExtractedPaper;
import org.simine.index.ingest.PaperExtractor;
import org.simine.index.ingest.UnreadablePaperException;

/**
 * The extractor as the index sees it, for {@code SiMineIndex.ingest}: the index module depends on a one-method
 * interface, not on PDFBox and CoreNLP. The extractor is created on first use, because building CoreNLP costs
 * seconds and a re-ingest of unchanged files never needs it. Thread-safe.
 */
public final class ExtractorPapers implements PaperExtractor {
    private final ExtractionLimits limits;
    private SiMineExtractor extractor;

    /** Extracts within {@link ExtractionLimits#defaults()}. */
    public ExtractorPapers() {
        this(ExtractionLimits.defaults());
    }

    public ExtractorPapers(ExtractionLimits limits) {
        this.limits = limits;
    }

    @Override
    public ExtractedPaper extract(Path file) throws UnreadablePaperException {
        try {
            return toPaper(extractor().extract(file, limits));
        } catch (InputException e) {
            throw new UnreadablePaperException(e.getMessage(), e.problem().name(), e);
        }
    }

    private synchronized SiMineExtractor extractor() {
        if (extractor == null) {
            extractor = SiMineExtractor.create();
        }
        return extractor;
    }

    static ExtractedPaper toPaper(ExtractionResult result) {
        Document document = result.document();
        List<PageText> pages = document == null ? List.of() : document.pages().stream()
                .map(p -> new PageText(document.paginated() ? p.number() : null, p.text()))
                .toList();
        if (document == null) {
            return new ExtractedPaper(result.docId(), null, result.title(), result.pages(), pages, result.records());
        }
        List<ExtractedPaper.Paragraph> paragraphs = !document.format().markup() ? List.of()
                : document.pages().get(0).blocks().stream()
                        .map(b -> new ExtractedPaper.Paragraph(b.section(), b.text())).toList();
        return new ExtractedPaper(result.docId(), document.doi(), result.title(), result.pages(), pages,
                result.records(), document.format().id(), document.format().rank(), paragraphs,
                details(document, result.tables()));
    }

    /** Byline, tables as grids and reference list: what the web page shows about a paper besides its records. */
    static PaperDetails details(Document document, List<Table> tables) {
        Byline byline = Byline.of(document);
        List<PaperDetails.TableGrid> grids = tables.stream().map(t -> {
            int columns = t.columnCount();
            return new PaperDetails.TableGrid(t.label(), t.caption(), t.page(), Table.grid(t.headerRows(), columns),
                    Table.grid(t.bodyRows(), columns));
        }).toList();
        List<PaperDetails.Reference> references = ReferenceList.of(document).stream()
                .map(r -> new PaperDetails.Reference(r.number(), r.text(), r.doi())).toList();
        return new PaperDetails(byline.authors(), byline.year(), grids, references);
    }
}
