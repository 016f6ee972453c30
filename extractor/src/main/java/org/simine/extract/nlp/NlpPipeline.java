package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP tokenizer and sentence splitter, configured by {@code nlp/corenlp.properties}. Building it costs
 * about a second, so one instance is shared per process ({@link #shared()}); {@link #sentences} is safe to
 * call from many threads because every call works on its own {@link Annotation}.
 */
public final class NlpPipeline {
    static final String PROPERTIES_RESOURCE = "/nlp/corenlp.properties";

    private final StanfordCoreNLP corenlp;

    private NlpPipeline(Properties properties) {
        this.corenlp = new StanfordCoreNLP(properties);
    }

    /** The process-wide pipeline, built on first use. */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    /**
     * Sentences of {@code text}; their tokens carry character offsets into {@code text} and
     * {@link edu.stanford.nlp.ling.CoreLabel#after()} tells whether a space follows.
     */
    public List<CoreMap> sentences(String text) {
        Annotation annotation = new Annotation(text);
        corenlp.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences;
    }

    static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = NlpPipeline.class.getResourceAsStream(PROPERTIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROPERTIES_RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTIES_RESOURCE, e);
        }
        return properties;
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline(properties());
    }
}
