package org.plantrack.nlp.table;

import java.util.regex.Pattern;

/**
 * A cell that names one project by its capacity (年产30万吨乙二醇项目, 2×66万千瓦燃煤发电项目), as the project lists of
 * a plan's 专栏 boxes do: the figure is part of the project's name (GUIDELINES second round 9), not a value of the
 * region. A count of projects (实施200个重点项目) or of things to build (新建5G基站8000个) is not a name: its unit
 * counts items, or it ends in the counted thing rather than 项目/工程, or a verb says it is work to do.
 */
public final class ProjectNames {

    /** A capacity figure, optionally a number of units times their size (2×66万千瓦), then what is produced and 项目/工程. */
    private static final Pattern NAMED_BY_CAPACITY = Pattern.compile("^[^，,；;。:：\\d]{0,16}?"
            + "(?:\\d+(?:\\.\\d+)?\\s*[×xX＊*]\\s*)?\\d+(?:\\.\\d+)?\\s*(?:万|亿)?"
            + "(?:吨|千瓦|兆瓦|吉瓦|千瓦时|立方米|标准箱|标箱|辆|台|套|片|平方米|千伏安|千伏|头|羽|只)"
            + "[^，,；;。、\\d]{2,24}(?:项目|工程)(?:[(（][^()（）]{1,20}[)）])?$");
    /** Work to do before the figure makes it a goal: 新建, 建成, 实施, 开工, 完成, 新增, 达到 … */
    private static final Pattern WORK = Pattern.compile("建设|新建|建成|实施|开工|完成|新增|达到|推进|改造|累计|提升|突破|形成");

    private static final int MAX_LENGTH = 60;

    private ProjectNames() {
    }

    /** Whether a table cell's text is the name of one project whose figures belong to its name. */
    public static boolean isProjectName(String cellText) {
        // A name is short; a run-on line of thousands of values is looked at no further (work per value stays bounded).
        if (cellText == null || cellText.length() > MAX_LENGTH) {
            return false;
        }
        String s = RowName.clean(cellText);
        if (!NAMED_BY_CAPACITY.matcher(s).matches()) {
            return false;
        }
        int firstDigit = 0;
        while (firstDigit < s.length() && !Character.isDigit(s.charAt(firstDigit))) {
            firstDigit++;
        }
        return !WORK.matcher(s.substring(0, firstDigit)).find();
    }
}
