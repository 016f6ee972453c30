package org.simine.extract.table;

/**
 * A table caption found on a page.
 *
 * @param label    the label after "Table" ("3", "S1", "II")
 * @param text     the caption text without "Table N" and its punctuation
 * @param bounds   the caption's lines
 * @param fontSize font size of its first line
 */
record TableCaption(String label, String text, Table.Box bounds, double fontSize) {
}
