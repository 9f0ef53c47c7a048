package org.plantrack.nlp.table;

/** What a column holds, decided from its header text. */
public enum HeaderRole {
    /** The indicator's name (指标, 名称, 项目). */
    NAME,
    /** A grouping column (类别, 领域) whose cells name a section of rows, not an indicator. */
    CATEGORY,
    /** Row numbers (序号). */
    INDEX,
    /** The unit of the row's values (单位, 计量单位). */
    UNIT,
    /** 属性: 约束性 (binding) or 预期性 (anticipatory). */
    ATTRIBUTE,
    /** A value for a stated or implied year: 基期/现状值 (actual), 目标值/规划值 (target), or a bare year. */
    VALUE,
    /** A cumulative or average-growth value over a plan period (〔累计〕, 五年累计, 年均增长): a target change. */
    CUMULATIVE,
    /** A change on the previous period (比上年增长, 同比): an actual change, signed. */
    GROWTH,
    /** Text that is not an indicator field (资料来源, 责任单位, 备注). */
    OTHER
}
