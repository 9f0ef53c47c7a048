package org.plantrack.nlp.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a plain text as a news site's page: a title element naming the site, a navigation bar, a breadcrumb,
 * a share bar, the article (first line as its headline, lines as paragraphs, runs of | rows as a table), an
 * advertisement with figures of its own and a footer.
 */
final class HtmlPage {

    private static final int MAX_HEADLINE = 60;

    private HtmlPage() {
    }

    static String wrap(String s) {
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        // A page's headline is short; a text that opens with a paragraph gets the site's name as its page title.
        boolean hasHeadline = !lines.isEmpty() && lines.get(0).length() <= MAX_HEADLINE;
        String headline = hasHeadline ? lines.get(0) : "";
        StringBuilder out = new StringBuilder(s.length() * 2 + 2000);
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n")
                .append("<title>").append(hasHeadline ? escape(headline) + "_要闻_" : "").append("江南新闻网</title>\n")
                .append("<style>.nav a{margin:0 8px}.ad{width:300px}</style>\n")
                .append("<script>var _hmt = _hmt || []; (function(){ var hm = 12345; })();</script>\n")
                .append("</head><body>\n")
                .append("<div class=\"nav\">\n<a href=\"/\">首页</a>\n<a href=\"/news/\">要闻</a>\n<a href=\"/gov/\">政务</a>\n")
                .append("<a href=\"/econ/\">经济</a>\n<a href=\"/life/\">民生</a>\n<a href=\"/topic/\">专题</a>\n</div>\n")
                .append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/news/\">要闻</a> &gt; 正文</div>\n")
                .append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>\n")
                .append("<div class=\"article\">\n");
        if (hasHeadline) {
            out.append("<h1>").append(escape(headline)).append("</h1>\n");
        }
        for (int i = hasHeadline ? 1 : 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('|') < 0) {
                out.append("<p>").append(escape(lines.get(i))).append("</p>\n");
                continue;
            }
            out.append("<table>\n");
            for (; i < lines.size() && lines.get(i).indexOf('|') >= 0; i++) {
                out.append("<tr>");
                for (String cell : cells(lines.get(i))) {
                    out.append("<td>").append(escape(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</table>\n");
            i--;
        }
        out.append("</div>\n")
                .append("<div class=\"ad\"><a href=\"https://ad.example.com/\"><img src=\"/ad/banner.jpg\">")
                .append("【广告】新春购房节 首付20万起 咨询热线400-800-1234</a></div>\n")
                .append("<div class=\"footer\"><p>版权所有 © 2024 江南新闻网 京ICP备12345678号</p>")
                .append("<p><a href=\"/about\">关于我们</a> | <a href=\"/contact\">联系我们</a> | <a href=\"/map\">网站地图</a></p></div>\n")
                .append("</body></html>\n");
        return out.toString();
    }

    /** The cells of a | row; the empty cells outside a leading or trailing | are no cells. */
    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : r.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
