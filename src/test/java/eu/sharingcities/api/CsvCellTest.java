package eu.sharingcities.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCell.of("+31 20 555")).isEqualTo("'+31 20 555");
        assertThat(CsvCell.of("-2")).isEqualTo("'-2");
        assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(CsvCell.of("Via Vettabbia 40, Milano")).isEqualTo("\"Via Vettabbia 40, Milano\"");
        assertThat(CsvCell.of("Casa \"Verde\"")).isEqualTo("\"Casa \"\"Verde\"\"\"");
        assertThat(CsvCell.of("first line\nsecond")).isEqualTo("\"first line\nsecond\"");
        assertThat(CsvCell.of("Scuola Rinnovata")).isEqualTo("Scuola Rinnovata");
    }
}
