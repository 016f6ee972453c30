package org.simine.extract.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chemical element symbols from {@code vocab/elements.tsv}, to tell a dopant "P-doped" from a word "X-doped". */
public final class ElementSymbols {
    static final String RESOURCE = "/vocab/elements.tsv";

    private final Set<String> symbols;
    private final Map<String, String> symbolsByName;

    private ElementSymbols(Set<String> symbols, Map<String, String> symbolsByName) {
        this.symbols = Set.copyOf(symbols);
        this.symbolsByName = Map.copyOf(symbolsByName);
    }

    public static ElementSymbols load() {
        Set<String> symbols = new HashSet<>();
        Map<String, String> byName = new HashMap<>();
        VocabularyFile.rows(RESOURCE, 2).forEach(row -> {
            symbols.add(row.get(0));
            byName.put(row.get(1).toLowerCase(Locale.ROOT), row.get(0));
        });
        byName.put("aluminum", "Al");
        byName.put("sulphur", "S");
        return new ElementSymbols(symbols, byName);
    }

    /** The symbol of an element named in English ("boron" → B), any case. */
    public Optional<String> symbolOf(String name) {
        return Optional.ofNullable(symbolsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean contains(String symbol) {
        return symbols.contains(symbol);
    }
}
