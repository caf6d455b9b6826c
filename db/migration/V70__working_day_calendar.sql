-- The working-day calendar: the days that differ from the Monday-to-Friday week. A HOLIDAY is a
-- day off on a weekday (or a weekend day inside a holiday); a WORKDAY is an adjusted working
-- weekend day (调休上班). Every other Monday to Friday is a working day, every other Saturday and
-- Sunday is not. Administrators keep it up to date at /staff/admin/working-days (audited).
CREATE TABLE calendar_day (
    on_date  DATE        NOT NULL PRIMARY KEY,
    kind     VARCHAR(10) NOT NULL,
    name_zh  VARCHAR(40) NOT NULL,
    name_en  VARCHAR(80) NOT NULL,
    CONSTRAINT calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024年11月12日; Xinhua,
-- reprinted at m.gmw.cn/2024-11/12/content_1303894933.htm):
-- 一、元旦：1月1日（周三）放假1天，不调休。
-- 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
-- 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
-- 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
-- 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
-- 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
INSERT INTO calendar_day (on_date, kind, name_zh, name_en) VALUES
    (DATE '2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (DATE '2025-01-26', 'WORKDAY', '春节调休上班', 'Spring Festival: adjusted working day'),
    (DATE '2025-01-28', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-01-29', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-01-30', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-01-31', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-02-01', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-02-02', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-02-03', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-02-04', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2025-02-08', 'WORKDAY', '春节调休上班', 'Spring Festival: adjusted working day'),
    (DATE '2025-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2025-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2025-04-27', 'WORKDAY', '劳动节调休上班', 'Labour Day: adjusted working day'),
    (DATE '2025-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2025-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2025-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2025-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2025-05-31', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2025-06-01', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2025-09-28', 'WORKDAY', '国庆节调休上班', 'National Day: adjusted working day'),
    (DATE '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (DATE '2025-10-11', 'WORKDAY', '国庆节调休上班', 'National Day: adjusted working day');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025年11月4日; Xinhua, reprinted at
-- politics.gmw.cn/2025-11/04/content_38391083.htm):
-- 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
-- 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
-- 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
-- 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
-- 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
-- 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
-- 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
INSERT INTO calendar_day (on_date, kind, name_zh, name_en) VALUES
    (DATE '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (DATE '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (DATE '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (DATE '2026-01-04', 'WORKDAY', '元旦调休上班', 'New Year: adjusted working day'),
    (DATE '2026-02-14', 'WORKDAY', '春节调休上班', 'Spring Festival: adjusted working day'),
    (DATE '2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
    (DATE '2026-02-28', 'WORKDAY', '春节调休上班', 'Spring Festival: adjusted working day'),
    (DATE '2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (DATE '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (DATE '2026-05-09', 'WORKDAY', '劳动节调休上班', 'Labour Day: adjusted working day'),
    (DATE '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (DATE '2026-09-20', 'WORKDAY', '国庆节调休上班', 'National Day: adjusted working day'),
    (DATE '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (DATE '2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (DATE '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (DATE '2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
    (DATE '2026-10-10', 'WORKDAY', '国庆节调休上班', 'National Day: adjusted working day');
