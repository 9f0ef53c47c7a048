// The UI's one message table: every label in Chinese (the language of the documents and of their readers) and in
// English. The choice is remembered per browser (localStorage). t(key, ...args) fills {0}, {1}, ... with args.

const STORE = 'plantrack.lang';
export const LANGS = ['zh', 'en'];

const MESSAGES = {
  // navigation and frame
  'nav.dashboard': ['看板', 'Dashboard'],
  'nav.documents': ['文档', 'Documents'],
  'nav.explorer': ['指标', 'Explorer'],
  'nav.feed': ['实时', 'Live feed'],
  'nav.subscriptions': ['订阅', 'Subscriptions'],
  'frame.apiKey': ['API 密钥', 'API key'],
  'frame.apiKeyNone': ['（无）', '(none)'],
  'frame.otherLanguage': ['English', '中文'],
  'frame.api': ['接口文档', 'API'],
  // general
  'all': ['全部', 'all'],
  'none': ['—', '—'],
  'error': ['错误：{0}', 'error: {0}'],
  'filter': ['筛选', 'filter'],
  'reset': ['清除', 'reset'],
  'loading': ['加载中…', 'loading…'],
  'delete': ['删除', 'delete'],
  'document': ['文档', 'document'],
  // documents
  'docs.title': ['文档', 'Documents'],
  'docs.drop': ['拖放文件到这里上传（.txt、.html、.docx、.pdf），或', 'Drop files here (.txt, .html, .docx, .pdf), or'],
  'docs.choose': ['选择文件：', 'choose files: '],
  'docs.all': ['全部文档', 'All documents'],
  'docs.none': ['还没有文档', 'no documents yet'],
  'docs.reconnecting': ['实时更新重连中…', 'live updates reconnecting…'],
  'docs.already': ['（已上传过）', '(already uploaded) '],
  'col.state': ['状态', 'state'],
  'col.file': ['文件', 'file'],
  'col.title': ['标题', 'title'],
  'col.region': ['地区', 'region'],
  'col.genre': ['体裁', 'genre'],
  'col.period': ['规划期', 'period'],
  'col.indicators': ['指标', 'indicators'],
  'col.received': ['收到', 'received'],
  'col.metric': ['指标', 'metric'],
  'col.value': ['值', 'value'],
  'col.kind': ['类型', 'kind'],
  'col.year': ['年份', 'year'],
  'col.domain': ['领域', 'domain'],
  'col.sentence': ['句子', 'sentence'],
  'col.unit': ['单位', 'unit'],
  'col.baseline': ['基期值', 'baseline'],
  'col.latest': ['最新实际', 'latest actual'],
  'col.target': ['目标值', 'target'],
  'col.progress': ['进度', 'progress'],
  'col.conflicts': ['冲突', 'conflicts'],
  'col.indicator': ['指标名称', 'indicator'],
  'col.attribute': ['属性', 'attribute'],
  'col.status': ['状态', 'status'],
  'col.trend': ['走势', 'trend'],
  'col.sources': ['来源', 'sources'],
  'col.canonical': ['标准指标', 'canonical indicator'],
  // one document
  'doc.back': ['← 文档', '← documents'],
  'doc.failure': ['失败原因：{0}', 'failure: {0}'],
  'doc.file': ['文件', 'file'],
  'doc.contentType': ['内容类型', 'content type'],
  'doc.size': ['大小', 'size'],
  'doc.sizeBytes': ['{0} 字节', '{0} bytes'],
  'doc.genre': ['体裁', 'genre'],
  'doc.region': ['地区', 'region'],
  'doc.regionCode': ['区划代码', 'region code'],
  'doc.period': ['规划期', 'period'],
  'doc.date': ['日期', 'date'],
  'doc.script': ['文字 / 编码', 'script / encoding'],
  'doc.counts': ['统计', 'counts'],
  'doc.countsValue': ['{0} 字，{1} 段，{2} 句，{3} 个标题，{4} 个指标',
    '{0} characters, {1} paragraphs, {2} sentences, {3} headings, {4} indicators'],
  'doc.run': ['分析', 'analysis run'],
  'doc.cleaning': ['清洗', 'cleaning'],
  'doc.original': ['原文件', 'original file'],
  'doc.csv': ['CSV 指标', 'CSV indicators'],
  'doc.retry': ['重试', 'retry'],
  'doc.reanalyse': ['重新分析', 're-analyse'],
  'doc.noCleanedText': ['分析失败，没有清洗后的文本', 'no cleaned text: the analysis failed'],
  'doc.outline': ['提纲', 'outline'],
  'doc.noHeadings': ['无标题', 'no headings'],
  'doc.untitled': ['（无标题）', '(untitled)'],
  'doc.domains': ['领域', 'domains'],
  'doc.indicators': ['指标（{0}）', 'indicators ({0})'],
  'doc.notLocated': ['（文中未标出）', '(not located in the text)'],
  'doc.text': ['原文', 'text'],
  'doc.textMissing': ['清洗后的文本不可显示：{0}', 'cleaned text not available: {0}'],
  'doc.tables': ['表格（{0}）', 'tables ({0})'],
  'doc.tableNote': ['从清洗后文本中以 | 或制表符分列的行识别的表格；标黄的单元格含有提取的指标值。',
    'Tables recognised in the cleaned text as rows split by | or tabs; highlighted cells hold an extracted value.'],
  // explorer
  'ex.title': ['指标与目标', 'Indicators and targets'],
  'ex.csvTargets': ['CSV 目标', 'CSV targets'],
  'ex.csvIndicators': ['CSV 指标', 'CSV indicators'],
  'ex.targets': ['目标', 'targets'],
  'ex.indicators': ['指标', 'indicators'],
  'ex.noTargets': ['没有符合条件的目标', 'no targets match'],
  'ex.noIndicators': ['没有符合条件的指标', 'no indicators match'],
  'ex.csvSeries': ['CSV 序列', 'CSV series'],
  'ex.compareRegions': ['跨地区比较', 'compare regions'],
  'ex.compareTitle': ['跨地区比较：{0}', 'Across regions: {0}'],
  'ex.csvCompare': ['CSV 比较', 'CSV comparison'],
  // charts
  'chart.actual': ['实际值', 'actual'],
  'chart.path': ['基期→目标路径', 'path baseline → target'],
  'chart.target': ['目标', 'target'],
  'chart.revision': ['修订前目标', 'earlier target'],
  'chart.nothing': ['没有可绘制的数值', 'no values with a year to plot'],
  'chart.nothingComparable': ['没有可比较的数值', 'nothing comparable'],
  'chart.conflict': ['（数值冲突）', '(conflicting values)'],
  'chart.openDocument': ['打开文档 →', 'open document →'],
  'chart.latestActual': ['最新实际值', 'latest actual'],
  'chart.revisedBy': ['{0} 的文档', 'document of {0}'],
  // feed
  'feed.title': ['实时事件', 'Live feed'],
  'feed.about': ['服务器推送事件：/api/indicators/stream、/api/targets/stream，最新在前；断线后凭 Last-Event-ID 续传',
    'Server-Sent Events: /api/indicators/stream, /api/targets/stream, newest first; after a dropped connection the page resumes with Last-Event-ID'],
  'feed.filter': ['筛选', 'filter'],
  'feed.placeholder': ['地区、指标…', 'region, metric…'],
  'feed.added': ['新增', 'added'],
  'feed.retracted': ['撤回', 'retracted'],
  'feed.target': ['目标', 'target'],
  'feed.explore': ['查看', 'explore'],
  'feed.indicator': ['指标', 'indicator'],
  'feed.statusChange': ['状态变化', 'status change'],
  'feed.anyEvent': ['全部事件', 'any event'],
  'feed.statusChanged': ['仅状态有变化的目标', 'targets whose status changed'],
  'feed.statusChangedTo': ['状态变为「{0}」', 'status changed to {0}'],
  'feed.filteredConnecting': ['按条件订阅中…', 'subscribing with the filters…'],
  'feed.filteredConnected': ['服务器端按条件推送：{0}（从现在起）', 'filtered by the server: {0} (from now on)'],
  'live.connected': ['实时：{0} 已连接', 'live: {0} connected'],
  'live.needsKey': ['实时：{0} 流需要有效的 API 密钥', 'live: {0} stream needs a valid API key'],
  'live.reconnecting': ['实时：重新连接（{0}）…', 'live: reconnecting ({0})…'],
  'live.connecting': ['实时：连接中…', 'live: connecting…'],
  // dashboard
  'dash.title': ['规划目标看板', 'Plan targets'],
  'dash.summary': ['{1} 项目标中 {0} 项进展正常或已完成', '{0} of {1} targets on track or achieved'],
  'dash.noTargets': ['没有符合条件的目标。上传规划文件后，这里按地区和规划期列出目标。',
    'No targets match. Once plans are uploaded, their targets are listed here by region and period.'],
  'dash.uncategorised': ['其他', 'other'],
  'dash.category': ['类别', 'category'],
  'dash.statusOverview': ['目标状态', 'Target status'],
  'dash.compare': ['地区比较', 'Regions compared'],
  'dash.noStatus': ['状态尚未计算', 'status not yet computed'],
  'dash.documents': ['已分析文档 {0} 份，随上传实时更新', '{0} documents analysed, updated live as uploads arrive'],
  'status.achieved': ['已完成', 'achieved'],
  'status.on_track': ['进展正常', 'on track'],
  'status.lagging': ['滞后', 'lagging'],
  'status.no_data': ['暂无数据', 'no data'],
  'attribute.binding': ['约束性', 'binding'],
  'attribute.anticipatory': ['预期性', 'anticipatory'],
  // subscriptions
  'sub.title': ['订阅（Webhook）', 'Subscriptions (webhooks)'],
  'sub.about': ['匹配的指标和目标事件以签名的 POST 发送到您的地址。管理订阅需要 API 密钥（页眉中输入一次）。',
    'Matching indicator and target events are POSTed, signed, to your address. Managing subscriptions needs the API key (entered once in the header).'],
  'sub.url': ['接收地址', 'receiver URL'],
  'sub.events': ['事件', 'events'],
  'sub.eventIndicator': ['指标', 'indicator'],
  'sub.eventTarget': ['目标', 'target'],
  'sub.kindAny': ['实际与目标', 'actual and target'],
  'sub.register': ['登记', 'register'],
  'sub.registered': ['已登记。签名密钥只显示这一次：{0}', 'Registered. The signing secret is shown this once: {0}'],
  'sub.none': ['还没有订阅', 'no subscriptions yet'],
  'sub.filters': ['筛选条件', 'filters'],
  'sub.created': ['登记时间', 'registered'],
  'sub.delivered': ['成功', 'delivered'],
  'sub.dropped': ['放弃', 'given up'],
  'sub.pending': ['待发', 'pending'],
  'sub.lastDeliveries': ['最近投递', 'last deliveries'],
  'sub.noDeliveries': ['尚无投递', 'no deliveries yet'],
  'sub.at': ['时间', 'time'],
  'sub.httpStatus': ['HTTP 状态', 'HTTP status'],
  'sub.attempts': ['尝试次数', 'attempts'],
  'sub.outcome': ['结果', 'outcome'],
  'sub.outcome.delivered': ['已送达', 'delivered'],
  'sub.outcome.given-up': ['已放弃', 'given up'],
  'sub.confirmDelete': ['删除这个订阅？', 'Delete this subscription?'],
  'sub.needsKey': ['需要 API 密钥：请在页眉输入。', 'An API key is needed: enter it in the header.'],
  'kind.actual': ['实际', 'actual'],
  'kind.target': ['目标', 'target'],
};

function stored() {
  try { return localStorage.getItem(STORE); } catch (e) { return null; }
}

let current = LANGS.includes(stored()) ? stored() : 'zh';

export const lang = {
  get: () => current,
  set(value) {
    current = LANGS.includes(value) ? value : 'zh';
    try { localStorage.setItem(STORE, current); } catch (e) { /* private mode: for this page only */ }
    document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  },
  other: () => (current === 'zh' ? 'en' : 'zh'),
};

/** The message of key in the current language; an unknown key shows itself, so a gap is visible, not blank. */
export function t(key, ...args) {
  const pair = MESSAGES[key];
  const text = pair ? pair[current === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined || args[i] === null ? '' : String(args[i])));
}

/** True when the table has the key: for values that may or may not have a label (a status, an attribute). */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** Fills every [data-i18n] element under root with its message (the page frame in index.html). */
export function applyTo(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}
