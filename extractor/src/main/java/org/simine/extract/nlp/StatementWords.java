package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Function words of the statement reader by role, from {@code vocab/statement-words.tsv}. */
final class StatementWords {
    static final String RESOURCE = "/vocab/statement-words.tsv";

    enum Role { COMPARE, CONTRAST, REFERENCE, BACKREF, PRIOR, FOREIGN, PROTOCOL, RESPECTIVELY, RELATIVE }

    private final Map<String, Role> roles;

    private StatementWords(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    static StatementWords load() {
        Map<String, Role> roles = new HashMap<>();
        for (var row : VocabularyFile.rows(RESOURCE, 2)) {
            roles.put(row.get(0).toLowerCase(Locale.ROOT), Role.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        return new StatementWords(roles);
    }

    boolean is(String word, Role role) {
        return roles.get(word.toLowerCase(Locale.ROOT)) == role;
    }
}
