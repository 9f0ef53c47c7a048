package org.plantrack.nlp.extract;

import java.util.regex.Pattern;

/**
 * Counts that narrate the meeting a text reports on (3位县领导作了表态发言, 参加会议的有…共120多人): who spoke and
 * how many attended describe the event, not the region or the work of a period. Meetings a government held over a
 * year (召开常务会议24次) are its work and stay indicators.
 */
final class MeetingNarration {

    /** The counted people or units go on to speak: 5个单位作了交流发言, 6位书记作典型发言, 3名代表先后汇报. */
    private static final Pattern SPOKE = Pattern.compile(
            "^[^，,；;。！？]{0,14}?(?:作了|做了|作|做|进行了|先后|分别|依次)[^，,；;。！？]{0,6}(?:发言|讲话|汇报|致辞|点评)");

    /** The clause is about who attends: 参加会议的有…共120多人, 出席会议的代表356名, 与会人员. */
    private static final Pattern ATTENDANCE = Pattern.compile("(?:参加会议|出席会议|列席会议|与会)[^。！？]*$");

    private static final Pattern PEOPLE_UNIT = Pattern.compile("(?:人|名|位)$");

    private MeetingNarration() {
    }

    /** True when the value of {@code m} in {@code s} counts speakers or attendees of the meeting narrated. */
    static boolean countsTheMeeting(String s, Mention m) {
        String base = NumberMentions.stripMultiplier(m.unit);
        if (!(base.equals("个") || base.equals("家") || PEOPLE_UNIT.matcher(base).find())) {
            return false;
        }
        if (SPOKE.matcher(s.substring(m.end)).find()) {
            return true;
        }
        return PEOPLE_UNIT.matcher(base).find() && ATTENDANCE.matcher(TextWindow.tail(s, m.start, 40)).find();
    }
}
