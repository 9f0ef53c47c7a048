package org.plantrack.targetservice.rest;

import org.plantrack.web.problem.ProblemException;
import org.plantrack.web.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte order mark (so Excel shows Chinese), CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, quotes doubled.
 * <p>
 * Text that a spreadsheet would evaluate as a formula (a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return; document text and synonyms come from uploaded files and API clients) is
 * neutralised as OWASP recommends: prefixed with {@code '}, which spreadsheets show as text and do not evaluate.
 * Plain numbers such as {@code -3.5} are left as they are: they are no formula and must stay numbers.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";
    /** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    static boolean wanted(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "format must be csv or json, was " + format);
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.getType().equals("text") && m.getSubtype().equals("csv")) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    /** An export whose header and rows come from one list of columns ({@link CsvColumn}). */
    static <T> Response response(String fileName, List<CsvColumn<T>> columns, List<T> items, long total) {
        return response(fileName, CsvColumn.headers(columns), items, item -> CsvColumn.row(columns, item), total);
    }

    static <T> Response response(String fileName, List<String> header, List<T> items, Function<T, List<?>> row,
                                 long total) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        for (T item : items) {
            line(sb, row.apply(item));
        }
        return Response.ok(sb.toString(), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Total-Count", total)
                .build();
    }

    private static void line(StringBuilder sb, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (startsLikeAFormula(s) && !PLAIN_NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static boolean startsLikeAFormula(String s) {
        return !s.isEmpty() && FORMULA_TRIGGERS.indexOf(s.charAt(0)) >= 0;
    }

    private Csv() {
    }
}
