package org.simine.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.simine.extract.read.TextNormaliser;

/** Development aid: prints each token of a text file's sentences with the tags the rules see. */
public final class TokenDump {
    public static void main(String[] args) throws Exception {
        PhraseTagger tagger = new PhraseTagger(UnitVocabulary.load(), CueVocabulary.load());
        for (String arg : args) {
            String text = TextNormaliser.normalise(Files.readString(Path.of(arg)));
            System.out.println("== " + arg + ": " + text.strip());
            for (CoreMap s : NlpPipeline.shared().sentences(text)) {
                var tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                tagger.tag(tokens);
                StringBuilder b = new StringBuilder();
                for (CoreLabel t : tokens) {
                    b.append(t.word());
                    String u = t.get(TokenAnnotations.UnitAnnotation.class);
                    String c = t.get(TokenAnnotations.CueAnnotation.class);
                    if (u != null) b.append("{u:").append(u).append('}');
                    if (c != null) b.append("{c:").append(c).append('}');
                    b.append(t.after().isEmpty() ? "·" : " ");
                }
                System.out.println(b);
            }
        }
    }
}
