package org.simine.extract.table;

import java.util.List;
import java.util.Optional;

/** Places an unruled table below its caption from the alignment of its text. Not implemented yet. */
final class TextBlockTableDetector implements TableDetector {
    @Override
    public Optional<TableRegion> detect(PageContent page, List<TextLine> lines, TableCaption caption,
                                        List<TableCaption> captions) {
        return Optional.empty();
    }
}
