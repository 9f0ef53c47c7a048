package org.plantrack.nlp.robustness;

/**
 * The digit confusions of an OCR pass, one kind per number in turn, so every kind is met in every document:
 * a 0 or a 1 read as the letter O or l ({@code 2O25年}, {@code l2亿元}), large numbers grouped by spaces ({@code 12 860元}), the
 * decimal point read as a comma ({@code 5,8%}) and a 0 printed as the Chinese 〇 ({@code 2〇25年}). Numbers glued to
 * Latin letters (PM2.5, CO2, 5G) are codes an OCR pass garbles alike, and are changed too.
 */
final class OcrDigitNoise {

    private OcrDigitNoise() {
    }

    static String apply(String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 20);
        int numbers = 0;
        for (int i = 0; i < s.length(); ) {
            if (!isDigit(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && (isDigit(s.charAt(end))
                    || s.charAt(end) == '.' && end + 1 < s.length() && isDigit(s.charAt(end + 1)))) {
                end++;
            }
            out.append(confuse(s.substring(i, end), numbers++ % 4));
            i = end;
        }
        return out.toString();
    }

    private static String confuse(String number, int kind) {
        return switch (kind) {
            case 0 -> number.indexOf('0') >= 0 ? replaceFirst(number, '0', 'O') : replaceFirst(number, '1', 'l');
            case 1 -> groupedBySpaces(number);
            case 2 -> number.replace('.', ',');
            default -> replaceFirst(number, '0', '〇');
        };
    }

    /** One glyph misread per number: OCR confusions are sporadic, not a font substitution. */
    private static String replaceFirst(String number, char digit, char lookalike) {
        int at = number.indexOf(digit);
        return at < 0 ? number : number.substring(0, at) + lookalike + number.substring(at + 1);
    }

    /** A space between groups of three integer digits of a number of five digits or more (SI style). */
    private static String groupedBySpaces(String number) {
        int point = number.indexOf('.');
        String integer = point < 0 ? number : number.substring(0, point);
        if (integer.length() < 5) {
            return number;
        }
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                g.append(' ');
            }
            g.append(integer.charAt(i));
        }
        return g + (point < 0 ? "" : number.substring(point));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
