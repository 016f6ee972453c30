package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The word roles of {@code vocab/material-words.tsv}: morphology nouns, modifiers, head nouns, contrast words. */
final class MaterialWords {
    static final String RESOURCE = "/vocab/material-words.tsv";

    enum Role { MORPHOLOGY, MODIFIER, COATING, HEAD, ELECTRODE_MATERIAL, DETERMINER, LINK, VERB, CONTRAST, CLAUSE }

    private final Map<String, Role> roles;

    private MaterialWords(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    static MaterialWords load() {
        Map<String, Role> roles = new HashMap<>();
        for (var row : VocabularyFile.rows(RESOURCE, 2)) {
            Role role = Role.valueOf(row.get(1).toUpperCase(Locale.ROOT));
            if (roles.put(key(row.get(0)), role) != null) {
                throw new IllegalStateException(RESOURCE + ": word listed twice: " + row.get(0));
            }
        }
        return new MaterialWords(roles);
    }

    boolean is(String word, Role role) {
        return roles.get(key(word)) == role;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
