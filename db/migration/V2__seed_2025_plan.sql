-- The 2025 plan: 16 livelihood commitments (16件民生实事) of Jinzhong, with the year-end figures.
-- Source: db/sources/002_1c9e6c71278836d0.txt, 晋中日报·晚报版, 2025-12-29, item 1 "民生实事 件件暖心",
-- line 15 ("年初承诺,年底践诺。时至年底,16件民生实事高效完成…"). Every quote below is a verbatim
-- substring of that line, and each figure's printed form is named beside it.
-- The start-of-year targets were not printed in the source: the page reports the commitments as completed
-- ("16件民生实事高效完成"), so each target is the figure the year-end report gives as fulfilled. Where the page
-- prints a lower bound ("200多处", "50多万"), the figure is stored with value_is_lower_bound, which the
-- domain reads as "more than" the target: the source's "超额完成" (over-achieved). "所有新生儿" (all newborns)
-- is stored as 100 %. Lead departments are not named in the source and are left empty.

INSERT INTO source_document (code, title_zh, title_en, publisher_zh, publisher_en, published_on, edition, file_name)
VALUES ('jzrb-2025-12-29-review',
        '步履铿锵循民意 气象万千扑面来——2025年晋中十大民生新闻',
        'Firm steps that follow the people''s will: the ten livelihood stories of Jinzhong in 2025',
        '晋中日报', 'Jinzhong Daily', DATE '2025-12-29', '晋中日报·晚报版 06 / 11 版', '002_1c9e6c71278836d0.txt');

-- The page of residents' hopes for 2026; it prints no date of its own.
INSERT INTO source_document (code, title_zh, title_en, publisher_zh, publisher_en, published_on, edition, file_name)
VALUES ('jzrb-2026-hopes',
        '城市更新提质 民生幸福加码——我市群众展望新一年美好生活新图景',
        'Better cities, happier lives: residents look ahead to the new year',
        '晋中日报', 'Jinzhong Daily', NULL, NULL, '000_667ab886b0e76dba.txt');

-- The 11 county-level divisions (11个县(区、市)), in the order of the domain notes.
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('yuci', '榆次区', 'Yuci District', 1);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('taigu', '太谷区', 'Taigu District', 2);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('qixian', '祁县', 'Qi County', 3);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('pingyao', '平遥县', 'Pingyao County', 4);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('lingshi', '灵石县', 'Lingshi County', 5);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('jiexiu', '介休市', 'Jiexiu City', 6);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('shouyang', '寿阳县', 'Shouyang County', 7);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('xiyang', '昔阳县', 'Xiyang County', 8);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('heshun', '和顺县', 'Heshun County', 9);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('zuoquan', '左权县', 'Zuoquan County', 10);
INSERT INTO county (code, name_zh, name_en, sort_order) VALUES ('yushe', '榆社县', 'Yushe County', 11);

INSERT INTO plan (plan_year, title_zh, title_en, status, source_document_id, note_zh, note_en)
SELECT 2025, '2025年晋中市16件民生实事', 'Jinzhong''s 16 livelihood commitments for 2025', 'PUBLISHED', id,
       '本年度各项目标与完成数均取自《晋中日报》2025年12月29日年度盘点。该报道称“16件民生实事高效完成”，年初承诺的原始目标值未见于所收录的来源，故以报道所载完成数作为目标；“200多处”“50多万”等为报道所载下限。牵头单位未见于来源，暂不列出。',
       'Targets and results for this year are taken from the Jinzhong Daily year-end review of 29 December 2025, which reports that "the 16 livelihood commitments were efficiently completed". The original start-of-year targets are not in the sources we hold, so each target is the delivered figure the review prints; "200多处" (200-plus) and "50多万" (500,000-plus) are lower bounds as printed. Lead departments are not named in the source and are not listed.'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';


-- Commitment 1: 「全年共免费为1900名高危人群开展上消化道癌筛查」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 1, '上消化道癌免费筛查', 'Free upper-digestive-tract cancer screening for high-risk people', NULL, 'Over the year, 1,900 high-risk people were screened for upper-digestive-tract cancer free of charge.', 'HEALTH', s.id, '全年共免费为1900名高危人群开展上消化道癌筛查'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 1.1: printed as 「1900」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '高危人群上消化道癌免费筛查', 'High-risk people screened free of charge', 'COUNT', '名', 'people', 1900
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 1;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 1900, FALSE, NULL, s.id, '全年共免费为1900名高危人群开展上消化道癌筛查', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 1 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 2: 「扎实推进惠民民生实事落地见效,不断提升残疾人生活质量和幸福指数」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 2, '提升残疾人生活质量', 'Better quality of life for people with disabilities', NULL, 'Measures for people with disabilities were carried out, steadily raising their quality of life and well-being.', 'SOCIAL_SECURITY', s.id, '扎实推进惠民民生实事落地见效,不断提升残疾人生活质量和幸福指数'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '残疾人生活质量和幸福指数提升', 'Quality of life and well-being of people with disabilities', 'QUALITATIVE', NULL, NULL, NULL
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 2;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', NULL, FALSE, TRUE, s.id, '扎实推进惠民民生实事落地见效,不断提升残疾人生活质量和幸福指数', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 2 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 3: 「在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 3, '公共场所配置AED与急救培训', 'AEDs in public places and first-aid training', NULL, '102 AEDs were installed in 71 public places (schools, transport stations, communities and others); 102 first-aid training sessions trained 6,999 people.', 'HEALTH', s.id, '在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 3.1: printed as 「102台」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '新增配置AED', 'AED units installed', 'COUNT', '台', 'units', 102
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 3;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 102, FALSE, NULL, s.id, '在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 3 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 3.2: printed as 「71个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 2, '配置AED的公共场所', 'Public places equipped', 'COUNT', '个', 'places', 71
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 3;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 71, FALSE, NULL, s.id, '在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 3 AND i.position = 2 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 3.3: printed as 「102场」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 3, '急救培训场次', 'First-aid training sessions', 'COUNT', '场', 'sessions', 102
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 3;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 102, FALSE, NULL, s.id, '在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 3 AND i.position = 3 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 3.4: printed as 「6999人」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 4, '培训人数', 'People trained', 'COUNT', '人', 'people', 6999
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 3;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 6999, FALSE, NULL, s.id, '在全市学校、交通场站、社区等71个公共场所,新增配置102台AED,开展102场急救培训,共培训6999人', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 3 AND i.position = 4 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 4: 「继续实施既有住宅自愿加装电梯,全市共加装46部」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 4, '既有住宅自愿加装电梯', 'Elevators added to existing residential buildings', NULL, 'The voluntary programme of adding elevators to existing residential buildings continued: 46 were added city-wide.', 'HOUSING', s.id, '继续实施既有住宅自愿加装电梯,全市共加装46部'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 4.1: printed as 「46部」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '既有住宅加装电梯', 'Elevators added', 'COUNT', '部', 'elevators', 46
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 4;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 46, FALSE, NULL, s.id, '继续实施既有住宅自愿加装电梯,全市共加装46部', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 4 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 5: 「完成全市12家农产品批发市场快速检测实验室升级改造,8.7万批次农产品快检抽检」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 5, '农产品批发市场快检实验室升级', 'Quick-test labs in farm-produce wholesale markets', NULL, 'Quick-test labs in 12 farm-produce wholesale markets were upgraded; 87,000 batches of farm produce were sample-tested.', 'FOOD_SAFETY', s.id, '完成全市12家农产品批发市场快速检测实验室升级改造,8.7万批次农产品快检抽检'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 5.1: printed as 「12家」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '快速检测实验室升级改造', 'Wholesale-market labs upgraded', 'COUNT', '家', 'labs', 12
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 5;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 12, FALSE, NULL, s.id, '完成全市12家农产品批发市场快速检测实验室升级改造,8.7万批次农产品快检抽检', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 5 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 5.2: printed as 「8.7万批次」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 2, '农产品快检抽检', 'Batches of farm produce quick-tested', 'COUNT', '批次', 'batches', 87000
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 5;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 87000, FALSE, NULL, s.id, '完成全市12家农产品批发市场快速检测实验室升级改造,8.7万批次农产品快检抽检', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 5 AND i.position = 2 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 6: 「对所有新生儿免费开展遗传代谢病筛查」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 6, '新生儿遗传代谢病免费筛查', 'Free newborn screening for inherited metabolic diseases', NULL, 'All newborns were screened for inherited metabolic diseases free of charge.', 'HEALTH', s.id, '对所有新生儿免费开展遗传代谢病筛查'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 6.1: printed as 「所有新生儿」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '新生儿免费筛查覆盖率', 'Share of newborns screened free of charge', 'PERCENTAGE', '%', '%', 100
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 6;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 100, FALSE, NULL, s.id, '对所有新生儿免费开展遗传代谢病筛查', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 6 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 7: 「全面推进小麦、玉米、稻谷三大粮食作物完全成本保险综合覆盖率」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 7, '三大粮食作物完全成本保险', 'Full-cost insurance for wheat, maize and rice', NULL, 'Comprehensive coverage of full-cost insurance for the three staple crops (wheat, maize, rice) was advanced. The source prints no coverage figure.', 'AGRICULTURE', s.id, '全面推进小麦、玉米、稻谷三大粮食作物完全成本保险综合覆盖率'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '完全成本保险综合覆盖', 'Comprehensive coverage of full-cost crop insurance', 'QUALITATIVE', NULL, NULL, NULL
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 7;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', NULL, FALSE, TRUE, s.id, '全面推进小麦、玉米、稻谷三大粮食作物完全成本保险综合覆盖率', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 7 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 8: 「全年免费送戏下乡演出1140场」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 8, '免费送戏下乡', 'Free opera performances in the countryside', NULL, '1,140 free opera performances were staged in the countryside over the year.', 'CULTURE_TOURISM', s.id, '全年免费送戏下乡演出1140场'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 8.1: printed as 「1140场」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '免费送戏下乡演出', 'Free performances in the countryside', 'COUNT', '场', 'performances', 1140
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 8;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 1140, FALSE, NULL, s.id, '全年免费送戏下乡演出1140场', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 8 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 9: 「在全市建设13处公共文化新空间」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 9, '公共文化新空间', 'New public cultural spaces', NULL, '13 new public cultural spaces were built across the city.', 'CULTURE_TOURISM', s.id, '在全市建设13处公共文化新空间'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 9.1: printed as 「13处」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '建设公共文化新空间', 'New public cultural spaces built', 'COUNT', '处', 'spaces', 13
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 9;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 13, FALSE, NULL, s.id, '在全市建设13处公共文化新空间', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 9 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 10: 「维修养护205处农村饮水工程,完成97处水源地规范化建设」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 10, '农村饮水工程与水源地规范化', 'Rural drinking-water works and water sources', NULL, '205 rural drinking-water works were repaired and maintained; 97 water sources were brought up to standard.', 'AGRICULTURE', s.id, '维修养护205处农村饮水工程,完成97处水源地规范化建设'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 10.1: printed as 「205处」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '维修养护农村饮水工程', 'Rural drinking-water works maintained', 'COUNT', '处', 'works', 205
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 10;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 205, FALSE, NULL, s.id, '维修养护205处农村饮水工程,完成97处水源地规范化建设', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 10 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 10.2: printed as 「97处」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 2, '水源地规范化建设', 'Water sources brought up to standard', 'COUNT', '处', 'sources', 97
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 10;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 97, FALSE, NULL, s.id, '维修养护205处农村饮水工程,完成97处水源地规范化建设', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 10 AND i.position = 2 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 11: 「新建5G基站703个」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 11, '新建5G基站', 'New 5G base stations', NULL, '703 new 5G base stations were built.', 'DIGITAL', s.id, '新建5G基站703个'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 11.1: printed as 「703个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '新建5G基站', 'New 5G base stations', 'COUNT', '个', 'stations', 703
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 11;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 703, FALSE, NULL, s.id, '新建5G基站703个', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 11 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 12: 「在太行一号旅游公路沿线建成10个乡村驿站」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 12, '太行一号旅游公路乡村驿站', 'Village stations along the Taihang No. 1 tourist road', NULL, '10 village stations were completed along the Taihang No. 1 tourist road.', 'CULTURE_TOURISM', s.id, '在太行一号旅游公路沿线建成10个乡村驿站'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 12.1: printed as 「10个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '建成乡村驿站', 'Village stations completed', 'COUNT', '个', 'stations', 10
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 12;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 10, FALSE, NULL, s.id, '在太行一号旅游公路沿线建成10个乡村驿站', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 12 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 13: 「超额完成200多处体育设施建设,惠及全市50多万群众」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 13, '体育设施建设', 'Sports facilities', NULL, 'Sports facilities were over-achieved: more than 200 sites built, benefiting more than 500,000 residents.', 'SPORTS', s.id, '超额完成200多处体育设施建设,惠及全市50多万群众'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 13.1: printed as 「200多处」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '体育设施建设', 'Sports facility sites built', 'COUNT', '处', 'sites', 200
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 13;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 200, TRUE, NULL, s.id, '超额完成200多处体育设施建设,惠及全市50多万群众', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 13 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 13.2: printed as 「50多万」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 2, '惠及群众', 'Residents benefiting', 'COUNT', '人', 'people', 500000
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 13;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 500000, TRUE, NULL, s.id, '超额完成200多处体育设施建设,惠及全市50多万群众', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 13 AND i.position = 2 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 14: 「推动“惠商保”惠及1598户个体工商户」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 14, '“惠商保”惠及个体工商户', '"Huishangbao" insurance for individual businesses', NULL, 'The "Huishangbao" insurance reached 1,598 individual businesses.', 'BUSINESS', s.id, '推动“惠商保”惠及1598户个体工商户'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 14.1: printed as 「1598户」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '“惠商保”惠及个体工商户', 'Individual businesses covered', 'COUNT', '户', 'businesses', 1598
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 14;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 1598, FALSE, NULL, s.id, '推动“惠商保”惠及1598户个体工商户', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 14 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 15: 「扎实推进农产品上行快件物流补助」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 15, '农产品上行快件物流补助', 'Express-logistics subsidies for farm products', NULL, 'Express-delivery subsidies for sending farm products to market were carried out.', 'AGRICULTURE', s.id, '扎实推进农产品上行快件物流补助'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '农产品上行快件物流补助', 'Express-logistics subsidies for farm products', 'QUALITATIVE', NULL, NULL, NULL
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 15;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', NULL, FALSE, TRUE, s.id, '扎实推进农产品上行快件物流补助', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 15 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';

-- Commitment 16: 「新建改造社区养老中心和区域养老服务中心10个、农村老年人日间照料中心30个、标准化社区食堂20个」
INSERT INTO commitment (plan_id, number, title_zh, title_en, summary_zh, summary_en, area, source_document_id, source_quote)
SELECT p.id, 16, '养老服务设施建设', 'Elderly-care centres, day-care centres and community canteens', NULL, '10 community and regional elderly-care centres, 30 rural day-care centres for older people and 20 standard community canteens were built or renovated.', 'ELDERLY_CARE', s.id, '新建改造社区养老中心和区域养老服务中心10个、农村老年人日间照料中心30个、标准化社区食堂20个'
FROM plan p, source_document s WHERE p.plan_year = 2025 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 16.1: printed as 「养老服务中心10个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 1, '社区养老中心和区域养老服务中心', 'Community and regional elderly-care centres', 'COUNT', '个', 'centres', 10
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 16;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 10, FALSE, NULL, s.id, '新建改造社区养老中心和区域养老服务中心10个、农村老年人日间照料中心30个、标准化社区食堂20个', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 16 AND i.position = 1 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 16.2: printed as 「日间照料中心30个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 2, '农村老年人日间照料中心', 'Rural day-care centres for older people', 'COUNT', '个', 'centres', 30
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 16;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 30, FALSE, NULL, s.id, '新建改造社区养老中心和区域养老服务中心10个、农村老年人日间照料中心30个、标准化社区食堂20个', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 16 AND i.position = 2 AND s.code = 'jzrb-2025-12-29-review';
-- indicator 16.3: printed as 「社区食堂20个」
INSERT INTO indicator (commitment_id, position, name_zh, name_en, kind, unit_zh, unit_en, target)
SELECT c.id, 3, '标准化社区食堂', 'Standard community canteens', 'COUNT', '个', 'canteens', 20
FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 16;
INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, task_done, source_document_id, source_quote, review_state, created_at, approved_at)
SELECT i.id, DATE '2025-12-29', 20, FALSE, NULL, s.id, '新建改造社区养老中心和区域养老服务中心10个、农村老年人日间照料中心30个、标准化社区食堂20个', 'APPROVED', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00', TIMESTAMP WITH TIME ZONE '2025-12-29 00:00:00+08:00'
FROM indicator i JOIN commitment c ON c.id = i.commitment_id JOIN plan p ON p.id = c.plan_id, source_document s
WHERE p.plan_year = 2025 AND c.number = 16 AND i.position = 3 AND s.code = 'jzrb-2025-12-29-review';

-- Counties named for commitment 4 (elevators), without per-county figures: the page names 3 of the 8.
-- Source: db/sources/000_667ab886b0e76dba.txt, section 住房保障: 「2025年，46部新电梯精准“落户”榆次区、昔阳县、寿阳县等8个县（区、市）。」
INSERT INTO commitment_county (commitment_id, county_id, source_document_id, source_quote)
SELECT c.id, k.id, s.id, '2025年，46部新电梯精准“落户”榆次区、昔阳县、寿阳县等8个县（区、市）。'
FROM commitment c JOIN plan p ON p.id = c.plan_id, county k, source_document s
WHERE p.plan_year = 2025 AND c.number = 4 AND k.code = 'yuci' AND s.code = 'jzrb-2026-hopes';
INSERT INTO commitment_county (commitment_id, county_id, source_document_id, source_quote)
SELECT c.id, k.id, s.id, '2025年，46部新电梯精准“落户”榆次区、昔阳县、寿阳县等8个县（区、市）。'
FROM commitment c JOIN plan p ON p.id = c.plan_id, county k, source_document s
WHERE p.plan_year = 2025 AND c.number = 4 AND k.code = 'xiyang' AND s.code = 'jzrb-2026-hopes';
INSERT INTO commitment_county (commitment_id, county_id, source_document_id, source_quote)
SELECT c.id, k.id, s.id, '2025年，46部新电梯精准“落户”榆次区、昔阳县、寿阳县等8个县（区、市）。'
FROM commitment c JOIN plan p ON p.id = c.plan_id, county k, source_document s
WHERE p.plan_year = 2025 AND c.number = 4 AND k.code = 'shouyang' AND s.code = 'jzrb-2026-hopes';
