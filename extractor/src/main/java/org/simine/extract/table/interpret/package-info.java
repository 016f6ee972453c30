/**
 * Table interpretation: {@link org.simine.extract.table.Table} → {@link org.simine.model.Record}s.
 *
 * <p>{@link org.simine.extract.table.interpret.ColumnReader} maps each column's header path to a
 * {@link org.simine.extract.table.interpret.ColumnRole}, properties and unit using the ordered patterns of
 * {@code vocab/table-headers.tsv} and the units of {@code vocab/units.tsv}; cells are then read by the grammar of
 * their role (plain values with lists, ranges, bounds, factors and temperature notes; performance cells with
 * rate, cycles and value in any order), in the row's context (material, dopant, conditions, baseline).
 * {@link org.simine.extract.table.interpret.TableRecordExtractor} is the entry point.
 */
package org.simine.extract.table.interpret;
