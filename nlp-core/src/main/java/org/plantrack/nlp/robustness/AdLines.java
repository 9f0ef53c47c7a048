package org.plantrack.nlp.robustness;

import java.util.List;

/**
 * Puts the lines a scraped news page leaves between paragraphs into the text: editor and share lines, QR-code
 * prompts, and advertisements that carry numbers of their own (a discount, a price, a hotline), which must not
 * become indicators. One after every {@value #EVERY}rd paragraph from the second on, never inside a table.
 */
final class AdLines {

    static final int EVERY = 3;

    static final List<String> LINES = List.of(
            "责任编辑：李明",
            "扫一扫在手机打开当前页",
            "分享到：微信 微博 QQ空间",
            "【广告】年终特惠，全场家电低至5折，前100名下单再送300元购物卡",
            "点击进入专题>>",
            "推广：首付20万起，地铁口精装三居，咨询热线400-800-1234",
            "（编辑：王芳 校对：张磊）",
            "更多精彩内容，请关注官方微信公众号");

    private AdLines() {
    }

    static String insert(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length() + 2000);
        int paragraphs = 0, inserted = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
            if (line.isBlank() || ++paragraphs < 2 || paragraphs % EVERY != 0 || i + 1 >= lines.length
                    || isTableRow(line) || isTableRow(lines[i + 1])) {
                continue;
            }
            out.append(LINES.get(inserted++ % LINES.size())).append('\n');
        }
        return out.toString();
    }

    private static boolean isTableRow(String line) {
        return line.indexOf('|') >= 0;
    }
}
