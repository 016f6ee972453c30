package org.simine.extract.pdf;

/** What a block of page text is, which decides whether rules read it and where it goes in the page text. */
public enum BlockKind {
    /** The paper's title (largest text on the first page). */
    TITLE(true, true),
    /** A section heading such as "2.1 Shorten the Li+ diffusion distance"; it names the section of what follows. */
    HEADING(true, true),
    /** Running text. */
    PARAGRAPH(true, true),
    /** "Fig. 3 …", "Scheme 1 …": mined, but placed after the page's running text so it never splits a sentence. */
    FIGURE_CAPTION(true, false),
    /** "Table 2 …": mined, placed after the running text. */
    TABLE_CAPTION(true, false),
    /** Smaller text outside the running text (footnotes, figure labels, table cells in a small font): mined, placed last. */
    ASIDE(true, false),
    /** A region masked out by a {@link RegionMask} (a detected table): not part of the page text. */
    TABLE(false, false),
    /** Reference list entries: kept apart, not mined. */
    REFERENCE(false, false),
    /** Running header repeated across pages: dropped. */
    HEADER(false, false),
    /** Running footer repeated across pages: dropped. */
    FOOTER(false, false),
    /** A bare page number in the top or bottom margin: dropped. */
    PAGE_NUMBER(false, false),
    /** Text at an angle to the page's main direction (margin stamps, rotated axis labels): dropped. */
    MARGIN(false, false);

    private final boolean minable;
    private final boolean flow;

    BlockKind(boolean minable, boolean flow) {
        this.minable = minable;
        this.flow = flow;
    }

    /** True when the block's text is part of the page text that the record rules read. */
    public boolean minable() {
        return minable;
    }

    /** True for the running text in reading order; false for floats appended after it. */
    public boolean flow() {
        return flow;
    }
}
