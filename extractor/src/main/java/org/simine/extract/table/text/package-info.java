/**
 * Tables of plain-text exports: {@code Table N caption} lines followed by tab-separated rows, with TeX/HTML
 * markup normalised to the printed form.
 */
package org.simine.extract.table.text;
