package org.simine.extract.nlp;

import java.util.HashSet;
import java.util.Set;

/** Chemical element symbols from {@code vocab/elements.tsv}, to tell a dopant "P-doped" from a word "X-doped". */
public final class ElementSymbols {
    static final String RESOURCE = "/vocab/elements.tsv";

    private final Set<String> symbols;

    private ElementSymbols(Set<String> symbols) {
        this.symbols = Set.copyOf(symbols);
    }

    public static ElementSymbols load() {
        Set<String> symbols = new HashSet<>();
        VocabularyFile.rows(RESOURCE, 2).forEach(row -> symbols.add(row.get(0)));
        return new ElementSymbols(symbols);
    }

    public boolean contains(String symbol) {
        return symbols.contains(symbol);
    }
}
