package org.simine.gold;

/** A gold file that cannot be read as the gold format: the message names the file and the row. */
public class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int row;

    /**
     * @param file   the file, as a path or classpath location
     * @param row    the row the problem is on (the data row number for records.csv, the 1-based line for
     *               TSV files), or 0 when it concerns the file as a whole
     * @param detail what is wrong
     */
    public GoldFormatException(String file, int row, String detail) {
        this(file, row, detail, null);
    }

    public GoldFormatException(String file, int row, String detail, Throwable cause) {
        super(file + (row > 0 ? " row " + row : "") + ": " + detail, cause);
        this.file = file;
        this.row = row;
    }

    public String file() {
        return file;
    }

    /** The row the problem is on, or 0 when it concerns the whole file. */
    public int row() {
        return row;
    }
}
