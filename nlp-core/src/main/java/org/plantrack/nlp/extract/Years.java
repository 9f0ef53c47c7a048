package org.plantrack.nlp.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference year of a value: the last year expression before it in its sentence. */
public final class Years {

    private static final Pattern YEAR = Pattern.compile(
            "(比|较|与|和|同)?(\\d{4}|20XX|20xx)年(以来|之前|相比)?"
            + "|十([三四五六七])五”?(?:规划)?(?:期末|末|收官)"
            + "|(今年|去年|上年|明年|当年|过去一年|本年度|上一年)");

    private Years() {
    }

    public static Integer yearOf(String left, String sentence, Integer docYear) {
        Matcher m = YEAR.matcher(left);
        Integer year = null;
        boolean found = false;
        while (m.find()) {
            if (m.group(2) != null) {
                if (m.group(1) != null || m.group(3) != null) {
                    continue; // comparison base (比2020年) or "since" — not the value's year
                }
                String y = m.group(2);
                if (y.contains("X") || y.contains("x")) {
                    year = null;
                    found = true;
                    continue;
                }
                int v = Integer.parseInt(y);
                if (v < 1949 || v > 2100) {
                    continue;
                }
                // 2021年9月26日 style dates still give their year.
                year = v;
                found = true;
            } else if (m.group(4) != null) {
                year = planEnd(m.group(4).charAt(0));
                found = true;
            } else if (m.group(5) != null) {
                String w = m.group(5);
                int s = m.start(5);
                boolean comparison = s > 0 && "比较与同和".indexOf(left.charAt(s - 1)) >= 0;
                if (comparison) {
                    continue;
                }
                if (docYear == null) {
                    year = null;
                } else {
                    year = switch (w) {
                        case "去年", "上年", "过去一年", "上一年" -> docYear - 1;
                        case "明年" -> docYear + 1;
                        default -> docYear;
                    };
                }
                found = true;
            }
        }
        return found ? year : null;
    }

    /** Last year of a five-year plan: 十三五 → 2020, 十四五 → 2025, 十五五 → 2030. */
    static int planEnd(char n) {
        int k = "三四五六七".indexOf(n) + 13;
        return 2020 + (k - 13) * 5;
    }
}
