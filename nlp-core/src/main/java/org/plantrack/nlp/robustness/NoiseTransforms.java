package org.plantrack.nlp.robustness;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/** The noise the harness applies, one kind at a time (docs/data-quality.md, "Robustness to noise"). */
public final class NoiseTransforms {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Predicate<SourceDocument> ALL = d -> true;
    private static final Predicate<SourceDocument> PLAIN_TEXT = d -> !d.isHtml();

    private NoiseTransforms() {
    }

    public static List<NoiseTransform> all() {
        return List.of(
                new NoiseTransform("traditional", "converted to Traditional characters (HanLP s2t)", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, CharacterNoise::traditional))),
                new NoiseTransform("traditional-tw", "converted to Traditional with Taiwan words and variants (HanLP s2tw)",
                        true, ALL, d -> utf8(OutsideMarkup.apply(d, CharacterNoise::taiwan))),
                new NoiseTransform("traditional-hk", "converted to Traditional with Hong Kong variants (HanLP s2hk)",
                        true, ALL, d -> utf8(OutsideMarkup.apply(d, CharacterNoise::hongKong))),
                new NoiseTransform("hard-wrap", "lines broken at 30-40 characters mid-sentence, as PDF text", true,
                        PLAIN_TEXT, d -> utf8(HardWrap.wrap(d.text(), HardWrap.widthFor(d.name())))),
                new NoiseTransform("pinyin", "a pinyin gloss after every 9th Han character: 网(wǎng)", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, PinyinGlosses::insert))),
                new NoiseTransform("html-page", "published as a news page: title, nav, breadcrumb, share bar, ad, footer",
                        true, PLAIN_TEXT, d -> utf8(HtmlPage.wrap(d.text()))),
                new NoiseTransform("ad-lines", "editor/share/QR/advertising lines between paragraphs", true, PLAIN_TEXT,
                        d -> utf8(AdLines.insert(d.text()))),
                new NoiseTransform("gbk-bytes", "stored as GB18030 bytes (the encoding must be detected)", true, ALL,
                        d -> d.text().getBytes(GB18030)),
                new NoiseTransform("utf8-read-as-gbk", "UTF-8 bytes decoded as GBK and saved (鍏ㄩ潰 mojibake)", true, ALL,
                        d -> utf8(new String(d.text().getBytes(StandardCharsets.UTF_8), GBK))),
                new NoiseTransform("gbk-read-as-utf8", "GBK bytes decoded as UTF-8 and saved (Chinese lost to U+FFFD)",
                        false, ALL, d -> utf8(new String(d.text().getBytes(GB18030), StandardCharsets.UTF_8))),
                new NoiseTransform("full-width", "full-width digits, letters and punctuation: ２０２５年，５．２％", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, CharacterNoise::fullWidth))),
                new NoiseTransform("ocr-spaced-digits", "OCR spaces between digits: 2 0 2 5年", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, CharacterNoise::spacedDigits))),
                new NoiseTransform("ocr-digits", "OCR digit confusions: 2O25年, l2亿元, 12 860元, 5,8%, 2〇25年", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, OcrDigitNoise::apply))),
                new NoiseTransform("invisible-chars", "soft hyphens and zero-width spaces inside the text", true, ALL,
                        d -> utf8(OutsideMarkup.apply(d, ScrapedCharacters::invisible))),
                new NoiseTransform("html-entities", "HTML entities left in a plain text: &nbsp; indents, &ldquo;, &#12289;",
                        true, PLAIN_TEXT, d -> utf8(ScrapedCharacters.entities(d.text()))),
                new NoiseTransform("crlf", "\\r\\n line ends", true, ALL, d -> utf8(d.text().replace("\n", "\r\n"))),
                new NoiseTransform("bom", "a UTF-8 byte order mark", true, ALL, d -> withBom(utf8(d.text()))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }
}
