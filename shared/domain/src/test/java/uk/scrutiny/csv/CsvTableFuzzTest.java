package uk.scrutiny.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Whatever bytes arrive, the CSV reader either reads rows or throws its documented
 * {@link CsvFileException}; nothing else escapes. {@code mvn verify} runs the seeds in
 * {@code CsvTableFuzzTestInputs/csvTable/}; {@code mvn verify -Pfuzz -pl shared/domain} fuzzes
 * (see the README).
 */
class CsvTableFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void csvTable(byte[] data) throws IOException {
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(data))) {
            for (String name : table.header()) {
                assertTrue(table.hasColumn(name));
            }
            Iterator<CsvRow> rows = table.rows();
            long lastLine = 1;
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                // rows come in file order, after the header, each no wider than the parser allows
                assertTrue(row.line() > lastLine || row.line() == lastLine && lastLine > 1, () -> "line " + row.line());
                lastLine = row.line();
                assertTrue(row.cellCount() <= CsvTable.MAX_CELLS);
                for (String name : table.header()) {
                    assertTrue(row.raw(name).length() <= CsvTable.MAX_CELL_CHARS);
                    row.get(name);
                }
                row.extraCells();
            }
        } catch (CsvFileException e) {
            // the documented way to say the bytes are not a readable CSV file
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
        }
    }
}
