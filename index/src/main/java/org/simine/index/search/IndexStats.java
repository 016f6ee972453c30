package org.simine.index.search;

import java.util.List;
import org.simine.index.document.Paper;

/**
 * What an index holds.
 *
 * @param papers     paper documents
 * @param passages   passage documents
 * @param records    record documents
 * @param byProperty records per property, all properties present
 * @param byMaterial records per material, the most frequent first
 * @param byPaper    papers with their record counts, most records first
 */
public record IndexStats(long papers, long passages, long records, List<FacetCount> byProperty,
                         List<FacetCount> byMaterial, List<Paper> byPaper) {
    public IndexStats {
        byProperty = List.copyOf(byProperty);
        byMaterial = List.copyOf(byMaterial);
        byPaper = List.copyOf(byPaper);
    }
}
