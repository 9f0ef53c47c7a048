package org.plantrack.targetservice.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte order mark (so Excel shows Chinese), CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, quotes doubled.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    static boolean wanted(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if (format.equalsIgnoreCase("csv")) {
                return true;
            }
            if (format.equalsIgnoreCase("json")) {
                return false;
            }
            throw new IllegalArgumentException("format must be csv or json, was " + format);
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
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private Csv() {
    }
}
