package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.simine.extract.read.Document;
import org.simine.extract.read.Page;
import org.simine.model.Record;
import org.simine.model.Source;

/**
 * Reads records from a document's running text, page by page and sentence by sentence: tag unit and cue
 * phrases, apply the rule stages, bind each match to the nearest material, and assemble records.
 *
 * <p>Provenance: {@code source.page} is the 1-based page (null for unpaginated text), {@code source.sentence}
 * the 0-based sentence index counted over the whole document, {@code source.start}/{@code end} the character
 * span of the rule match in the page's normalised text ({@link Page#text()}), and {@code source.snippet} the
 * whole sentence with line breaks shown as spaces (same length, so the span maps into it directly), and
 * {@code source.section} the heading of the section the sentence starts in (PDFs; null for plain text). A sentence
 * longer than {@value #MAX_SNIPPET_CHARS} characters (a run-on line without full stops, a flattened table) gives
 * instead the {@value #MAX_SNIPPET_CHARS} characters around the match: otherwise every record of such a line
 * would carry all of it, and a one-line text file of 2 MB gave 40,000 records of 2 MB each to the index.
 * Sentences do not cross pages. Thread-safe: all state is immutable after construction (the material
 * context of a document walk is local to {@link #extract}).
 *
 * <p>Material binding: the nearest material of the value's own sentence ({@code source.binding} =
 * {@code sentence}); else, for running text, the subject of the paragraph so far ({@code paragraph}), else of
 * the section ({@code section}), see {@link MaterialContext}; {@code source.binding_distance} counts the
 * sentences in between and {@code confidence} falls with it ({@link MaterialBinding#confidence()}).
 */
public final class TextRecordExtractor {
    /** Longest snippet a text record carries; real sentences are far shorter. */
    static final int MAX_SNIPPET_CHARS = 1_000;

    private final NlpPipeline pipeline;
    private final KineticsRules rules;
    private final PhraseTagger tagger;
    private final MaterialFinder materials;
    private final RecordAssembler assembler;
    private final StatementReader statements;

    private TextRecordExtractor(NlpPipeline pipeline, KineticsRules rules, UnitVocabulary units,
                                CueVocabulary cues, ElementSymbols elements) {
        this.pipeline = pipeline;
        this.rules = rules;
        this.tagger = new PhraseTagger(units, cues);
        this.materials = new MaterialFinder(elements);
        this.assembler = new RecordAssembler(units);
        this.statements = new StatementReader(units, elements);
    }

    /** Loads vocabularies and rules; uses the process-wide {@link NlpPipeline#shared() pipeline}. */
    public static TextRecordExtractor create() {
        return new TextRecordExtractor(NlpPipeline.shared(), KineticsRules.load(), UnitVocabulary.load(),
                CueVocabulary.load(), ElementSymbols.load());
    }

    public List<Record> extract(Document document) {
        List<Record> records = new ArrayList<>();
        MaterialContext context = new MaterialContext();
        StatementReader.Context statementContext = new StatementReader.Context();
        ParagraphBreaks paragraphs = new ParagraphBreaks();
        int sentenceIndex = 0;
        for (Page page : document.pages()) {
            Integer pageNumber = document.paginated() ? page.number() : null;
            boolean breaksKnown = ParagraphBreaks.breaksKnown(page);
            int previousEnd = -1;
            for (CoreMap sentence : pipeline.sentences(page.text())) {
                stopIfCancelled(document);
                int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                String section = page.sectionAt(begin);
                int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                ParagraphBreaks.Place place = paragraphs.place(page, begin, previousEnd);
                boolean running = place != ParagraphBreaks.Place.OUTSIDE_RUNNING_TEXT;
                if (running) {
                    context.enter(section, place == ParagraphBreaks.Place.NEW_PARAGRAPH);
                }
                Where where = new Where(document.id(), pageNumber, section, sentenceIndex++);
                extractSentence(where, sentence, context, statementContext, running, breaksKnown, records);
                previousEnd = end;
            }
        }
        return List.copyOf(records);
    }

    /** The sentence, or the {@value #MAX_SNIPPET_CHARS} characters around [start, end) of an overlong one. */
    static String snippet(String sentence, int start, int end) {
        if (sentence.length() <= MAX_SNIPPET_CHARS) {
            return sentence;
        }
        int from = Math.max(0, Math.min(start - (MAX_SNIPPET_CHARS - (end - start)) / 2,
                sentence.length() - MAX_SNIPPET_CHARS));
        return sentence.substring(from, Math.min(sentence.length(), from + MAX_SNIPPET_CHARS));
    }

    /** A timed-out extraction is interrupted (see SiMineExtractor): stop, since nobody takes the records. */
    private static void stopIfCancelled(Document document) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(document.path() + ": extraction cancelled");
        }
    }

    /** Where a sentence is: document, page (null when unpaginated), section heading, sentence index. */
    private record Where(String docId, Integer page, String section, int index) {
    }

    /**
     * @param running whether the sentence is running text: captions and asides bind only within themselves
     *                and do not change the running text's subjects (they may define abbreviations)
     */
    private void extractSentence(Where where, CoreMap sentence, MaterialContext context,
                                 StatementReader.Context statementContext, boolean running,
                                 boolean breaksKnown, List<Record> out) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        tagger.tag(tokens);
        List<RuleMatch> matches = rules.matches(sentence);
        List<MaterialMention> mentions = materials.find(tokens, context.abbreviations());
        String text = sentence.get(CoreAnnotations.TextAnnotation.class).replace('\n', ' ');
        int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Optional<MaterialBinding> fallback = running ? context.bind(where.index(), breaksKnown) : Optional.empty();
        List<StatementReader.Reading> readings = statements.read(text, sentenceBegin, tokens, mentions, fallback,
                statementContext);
        List<Record> fromRules = new ArrayList<>();
        for (RuleMatch match : matches.stream().flatMap(m -> CoordinatedValues.split(m).stream()).toList()) {
            Optional<MaterialBinding> binding = match.slot("material").isPresent()
                    ? materials.named(mentions, match.slot("material").get(), match.begin(), match.end())
                            .map(MaterialBinding::inSentence)
                    : MaterialFinder.bind(mentions, match.begin()).map(MaterialBinding::inSentence)
                    .or(() -> running ? context.bind(where.index(), breaksKnown) : Optional.empty());
            String snippet = snippet(text, match.begin() - sentenceBegin, match.end() - sentenceBegin);
            Source source = Source.text(where.page(), where.section(), where.index(), match.begin(), match.end(),
                    snippet, match.ruleId());
            assembler.assemble(where.docId(), match, binding.orElse(null), source)
                    .filter(record -> statementContext.vetoed.stream().noneMatch(n -> sameNumber(n, record)))
                    .ifPresent(fromRules::add);
        }
        // The tuple rules' reading of a number comes first (their shapes were checked on the review and the Si
        // papers), completed by the statement reader's reading of the same number; the reader adds the numbers
        // the rules did not read.
        List<ReadingMerger.Read> fromReader = new ArrayList<>();
        for (StatementReader.Reading reading : readings) {
            String snippet = snippet(text, reading.begin() - sentenceBegin, reading.end() - sentenceBegin);
            Source source = Source.text(where.page(), where.section(), where.index(), reading.begin(), reading.end(),
                    snippet, reading.rule());
            boolean plainSi = reading.material() != null
                    && reading.material().mention().kind() == MaterialMention.Kind.PLAIN_SI;
            fromReader.add(new ReadingMerger.Read(assembler.assemble(where.docId(), reading, source), plainSi));
        }
        for (Record rule : fromRules) {
            out.add(ReadingMerger.sameReading(rule, fromReader).map(r -> ReadingMerger.complete(rule, r, fromRules))
                    .orElse(rule));
        }
        for (ReadingMerger.Read read : fromReader) {
            Record reading = read.record();
            // A rule's baseline read by the reader as another sample's own value is that sample's record.
            if (fromRules.stream().noneMatch(r -> sameNumber(reading.value(), r) || r.baseline() != null
                    && Math.abs(r.baseline() - reading.value()) <= 1e-9 * Math.abs(reading.value())
                    && (reading.material() == null || reading.material().equals(r.material())))) {
                out.add(reading);
            }
        }
        if (running) {
            context.remember(MaterialFinder.subject(mentions), where.index());
        }
    }

    /** Whether a record holds this number (in its canonical unit). */
    private static boolean sameNumber(double number, Record record) {
        return record.value() != null && Math.abs(record.value() - number)
                <= 1e-9 * Math.max(Math.abs(record.value()), Math.abs(number));
    }
}
