package org.simine.index.document;

/**
 * Every Lucene field name of the index; the one place they are spelled. The index holds three kinds of
 * documents (see {@link DocType}): one per paper, one per passage and one per record. Fields shared by the
 * kinds ({@link #TYPE}, {@link #DOC}, {@link #PAGE}, {@link #ORDINAL}) are indexed the same way in each, since
 * Lucene requires one schema per field name.
 */
public enum IndexField {
    // --- on every document
    /** {@link DocType} id: paper, passage or record. */
    TYPE("type"),
    /** Document id of the paper (DOI or sha256): the key that replaces a paper's documents as one block. */
    DOC("doc"),
    /** Position within the paper's block (passage or record number), for a stable reading order. */
    ORDINAL("ordinal"),
    /** 1-based page (passages, records); absent for plain-text papers. */
    PAGE("page"),

    // --- paper documents
    TITLE("title"),
    DOI("doi"),
    PATH("path"),
    FILE_HASH("file_hash"),
    PAGE_COUNT("page_count"),
    INGESTED_AT("ingested_at"),
    RECORD_COUNT("record_count"),
    PASSAGE_COUNT("passage_count"),
    /** What the paper was read from ({@code pdf}, {@code text}, {@code jats-xml}, {@code elsevier-xml}, {@code html}). */
    FORMAT("format"),
    /** How that format ranks when two files are the same paper (higher wins; see {@code ExtractedPaper#rank}). */
    FORMAT_RANK("format_rank"),
    /** Authors, year, tables and reference list as stored JSON ({@link PaperDetails}); never searched. */
    DETAILS("details"),

    // --- passage documents
    SECTION("section"),
    PASSAGE_TEXT("passage_text"),

    // --- record documents
    /** Stored JSON of the whole record: the source of truth for retrieval, so round trips are exact. */
    JSON("json"),
    /** The record's stable id ({@link org.simine.model.RecordId}), for looking one record up. */
    RECORD_ID("record_id"),
    /** Material, raw value text, section and snippet, analysed for free-text search. */
    RECORD_TEXT("record_text"),
    /** The material as written, for facets and exact retrieval. */
    MATERIAL("material"),
    /** The material lower-cased, for case-insensitive exact and wildcard matches. */
    MATERIAL_LOWER("material_lower"),
    /** The material's white-space separated words, lower-cased ({@code P-doped Si} → {@code p-doped}, {@code si}). */
    MATERIAL_WORD("material_word"),
    PROPERTY("property"),
    UNIT("unit"),
    VALUE("value"),
    VALUE_MAX("value_max"),
    /** log10 of a positive value: D_Li⁺ spans decades, so ranges and histograms by decade are natural. */
    LOG10_VALUE("log10_value"),
    APPROX("approx"),
    COMPARATOR("comparator"),
    RAW("raw"),
    RATE("rate"),
    RATE_UNIT("rate_unit"),
    CYCLES("cycles"),
    BASELINE("baseline"),
    FACTOR("factor"),
    TEMPERATURE("temperature"),
    DOPANT("dopant"),
    DOPANT_VALUE("dopant_value"),
    DOPANT_UNIT("dopant_unit"),
    SOURCE_KIND("source_kind"),
    SOURCE_TABLE("source_table"),
    SNIPPET("snippet"),
    RULE("rule"),
    CONFIDENCE("confidence"),
    /**
     * {@code true} when the record is about silicon: its material names Si, or its paper mentions silicon (see
     * {@link SiliconMention}); set at ingest, so the page's "silicon anodes only" switch is one term filter.
     */
    SILICON("silicon");

    private final String name;

    IndexField(String name) {
        this.name = name;
    }

    public String fieldName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
