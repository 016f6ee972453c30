package org.simine.extract.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Head nouns of sample names and which of them introduce a label, from {@code vocab/sample-heads.tsv}. */
final class SampleHeads {
    static final String RESOURCE = "/vocab/sample-heads.tsv";

    private final Set<String> heads;
    private final Set<String> introducers;

    private SampleHeads(Set<String> heads, Set<String> introducers) {
        this.heads = Set.copyOf(heads);
        this.introducers = Set.copyOf(introducers);
    }

    static SampleHeads load() {
        Set<String> heads = new HashSet<>();
        Set<String> introducers = new HashSet<>();
        for (var row : VocabularyFile.rows(RESOURCE, 2)) {
            String word = row.get(0).toLowerCase(Locale.ROOT);
            heads.add(word);
            switch (row.get(1)) {
                case "yes" -> introducers.add(word);
                case "no" -> { }
                default -> throw new IllegalStateException(RESOURCE + ": 'introduces' must be yes or no: " + row);
            }
        }
        return new SampleHeads(heads, introducers);
    }

    /** "anode" in "the Si/G-20 anode": a noun a sample name leaves out. */
    boolean isHead(String word) {
        return heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "sample" in "sample SGC-3": a noun after which a label-shaped word names a sample. */
    boolean introducesLabel(String word) {
        return introducers.contains(word.toLowerCase(Locale.ROOT));
    }
}
