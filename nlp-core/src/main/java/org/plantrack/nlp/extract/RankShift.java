package org.plantrack.nlp.extract;

import java.util.regex.Pattern;

/**
 * 较上年前移2位, 上升3个位次: a move in a ranking counts places of an ordinal list (GUIDELINES: ranks and ordinals
 * are not indicators), however the move is worded.
 */
final class RankShift {

    private static final Pattern MOVE = Pattern.compile(
            "(?:前移|后移|上移|下移|前进|后退|上升|下降|提升|提高|跃升|下滑|晋升)了?$");

    private RankShift() {
    }

    /** True when the value of {@code m} in {@code s} is a number of ranking places moved. */
    static boolean isRankShift(String s, Mention m) {
        boolean places = m.unit.equals("位") || m.unit.equals("个位次") || m.unit.equals("位次")
                || m.unit.equals("个") && s.startsWith("位次", m.valueEnd);
        return places && MOVE.matcher(TextWindow.tail(s, m.start, 6)).find();
    }
}
