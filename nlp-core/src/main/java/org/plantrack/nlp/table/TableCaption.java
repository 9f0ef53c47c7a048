package org.plantrack.nlp.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table's caption (the short line right above it: {@code 表3 2023年各市地区生产总值（亿元）}) says of all its
 * cells: the measure they count when the header only gives years and the rows are places, and the one year they
 * are about when the columns state none ({@code 表1 2023年主要农产品产量} over {@code 产量 | 比上年增长}).
 *
 * @param measure what the caption names as measured, without its table number, year, set of places, unit and genre
 *                words (表, 情况, 一览表 …), or null when it names several or only a class of indicators (主要经济指标)
 * @param year    the single year the caption states, or null (none, or a span 2021-2025年)
 */
record TableCaption(String measure, Integer year) {

    static final TableCaption NONE = new TableCaption(null, null);

    /** A caption is short and no sentence; longer lines above a table are prose. */
    private static final int MAX_LENGTH = 40;
    private static final Pattern UNIT_LINE = Pattern.compile("^[(（]?(?:计量|金额)?单位\\s*[:：为].{0,12}$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:附表|续表|图表|表)\\s*(?:[0-9]{1,2}(?![0-9])|[一二三四五六七八九十]{1,3})?(?:\\s*[-—.．]\\s*[0-9]+)?\\s*[：:、.．]?\\s*");
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}\\s*(?:[-—–~～至到]\\s*(?:(?:19|20)\\d{2})\\s*)?(?:年(?:度|末|底)?)?");
    /** 全省, 各市, 各设区市, 分县（市、区）: the set of places the rows list; a bracket after it is already gone. */
    private static final Pattern PLACES = Pattern.compile("^(?:全[省市县区国州盟])?(?:各|分)(?:设区的?|地级|省辖|县级)?"
            + "(?:市州|州市|盟市|县市区|市县区|县区|区县|市县|地市|乡镇|地区|市|县|区|州|盟|旗|地)");
    private static final Pattern GENRE_TAIL = Pattern.compile("(?:主要)?(?:完成情况|情况|一览表|一览|统计表|统计|数据表|数据|排名|排行榜|排行"
            + "|对比|比较|汇总表|汇总|明细表|表)$");
    /** 各市生产总值如下： introduces the table in a sentence's words. */
    private static final Pattern INTRO_TAIL = Pattern.compile("(?:如下|见下表|详见下表)?[:：]?$");
    private static final Pattern GROWTH_TAIL = Pattern.compile("(?:及|和|与)其?(?:增速|增长率|增长|增幅|排名|构成)$");

    static TableCaption of(Table table) {
        String caption = captionLine(table.context());
        if (caption == null) {
            return NONE;
        }
        return new TableCaption(measureIn(caption), yearIn(caption));
    }

    /** The last line before the table, skipping a 单位 line; null when it is prose rather than a caption. */
    static String captionLine(String context) {
        String[] lines = context.split("\n", -1);
        // The last line is the one after the table (TableShapes.contextAround); the caption is above it.
        for (int i = lines.length - 2; i >= 0; i--) {
            String l = lines[i].strip();
            // A markdown table's opening bar ("| 指标 |…" starts at 指标) is the rest of the table's first line.
            if (l.isEmpty() || l.equals("|") || UNIT_LINE.matcher(l).matches()) {
                continue;
            }
            if (l.length() > MAX_LENGTH || l.endsWith("。") || l.endsWith("；") || l.indexOf('|') >= 0) {
                return null;
            }
            return l;
        }
        return null;
    }

    static String measureIn(String caption) {
        String s = TABLE_NUMBER.matcher(caption.strip()).replaceFirst("").replace(" ", "");
        s = BRACKETS.matcher(s).replaceAll("");
        s = YEARS.matcher(s).replaceAll("");
        s = s.replace("“", "").replace("”", "");
        s = PLACES.matcher(s).replaceFirst("");
        for (int i = 0; i < 3; i++) {
            s = GROWTH_TAIL.matcher(GENRE_TAIL.matcher(s).replaceFirst("")).replaceFirst("");
        }
        s = INTRO_TAIL.matcher(s.strip()).replaceFirst("");
        // A class of indicators or several measures is no measure of its own: 主要经济指标, 产量和产值.
        if (s.length() < 2 || s.length() > 16 || s.contains("指标") || s.matches(".*[、,，和及与：:；;。！？].*") || s.matches(".*\\d.*")
                || !RowName.hasHan(s)) {
            return null;
        }
        return s;
    }

    static Integer yearIn(String caption) {
        Matcher m = YEAR.matcher(caption);
        Integer year = null;
        int count = 0;
        while (m.find()) {
            year = Integer.valueOf(m.group());
            count++;
        }
        return count == 1 ? year : null;
    }
}
