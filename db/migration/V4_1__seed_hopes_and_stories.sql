-- Seed: the residents' hopes for 2026 quoted by 晋中日报, and the year's other livelihood stories of 2025.
--
-- Hopes: db/sources/000_667ab886b0e76dba.txt (source code 'jzrb-2026-hopes', seeded in V2; the page prints no
-- date, so none is stored). Each row is one resident's words as quoted, verbatim (between the printed quotation
-- marks, which are left out); the area comes from the section heading, the place as printed, and the byline is
-- the reporter's name printed in brackets at the end of the section. Where the page names a county-level
-- division the row links to that county; "市区文华街" names none, so it links to none. Some residents' words
-- thank for 2025 rather than wish for 2026 (小李, 曹奶奶, 尹航): they are the words the page quotes for them.
-- HopesFidelityIntegrationTest reads the source from the classpath and checks every quote is a substring.
--
-- Stories: db/sources/002_1c9e6c71278836d0.txt (source code 'jzrb-2025-12-29-review'), items 2–10. Title and
-- body are the item's heading and paragraphs verbatim; the date is the one the item prints first; each figure
-- is stored exactly as printed. The byline is the page footer's "本版撰稿:闫淑娟". Only one item fits a numbered
-- 2025 commitment (item 3 names "农产品上行", commitment 15); the others, the vegetable vans included, relate
-- to none, and each row says so. StoriesFidelityIntegrationTest checks all of it against the source text.

-- The hopes, in the page's order.
-- line 19: 王芳
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'EDUCATION', (SELECT id FROM county WHERE code = 'lingshi'), '期待家门口就有好学校、好老师，让孩子就近上学，享受公平优质教育。', 'edea596080c7959e2d495825bf91f9e357dfffd8970bb07bfb66f28ab7c19058', 'PUBLISHED', CURRENT_TIMESTAMP, '王芳', '灵石县静升镇村民', '灵石县静升镇', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 21: 李伟
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'EDUCATION', NULL, '希望明年孩子能进入一所好小学，遇到有爱心的老师，既能学有所长，又能身心健康。', 'b0b12a49c304b2f74e1f4729f5891948131245bf049c0161155913fc7b622909', 'PUBLISHED', CURRENT_TIMESTAMP, '李伟', '市民', NULL, id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 23: 陈子航
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'EDUCATION', NULL, '希望初中生的作业再少一些，让我们有更多时间发展兴趣爱好；希望课堂更有趣，让我们主动探索知识。', '535fee858d3e3ce272b86d5f5b77a4d45b69d1e78fe0a909c61a665c3b084352', 'PUBLISHED', CURRENT_TIMESTAMP, '陈子航', '初二学生', NULL, id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 35: 小李
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'HEALTH', (SELECT id FROM county WHERE code = 'yuci'), '省事、省钱、省心！上海专家直接到‘家门口’给我做手术，这份便利与安心，过去想都不敢想！', '1633b01309d8f0eac4e607b4668918d76a609e485a9fb472e0aa39107df691d2', 'PUBLISHED', CURRENT_TIMESTAMP, '小李', '家住榆次区', '榆次区', id, '李娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 39: 曹奶奶
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'HEALTH', (SELECT id FROM county WHERE code = 'heshun'), '不用去省城，在家门口就有专家给我做手术，太贴心了！', '523ac69f43770811d17db641972b49a8d2fc4537efda3be7590d5d11f35af7ec', 'PUBLISHED', CURRENT_TIMESTAMP, '曹奶奶', '家住和顺县', '和顺县', id, '李娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 43: 市民
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'HEALTH', NULL, '希望继续加大优质医疗资源下沉力度，让更多常见病、多发病在家门口就能解决。', '6df4c4fdb6cd65eb39e3c3b85de2bffdb344972cc5eaaa60f431dd2992d01d73', 'PUBLISHED', CURRENT_TIMESTAMP, NULL, '市民', NULL, id, '李娟'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 51: 吴玉秀
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'ELDERLY_CARE', (SELECT id FROM county WHERE code = 'yuci'), '现在的智能养老机构太方便了，盼着能多建一些这样的养老服务中心，让更多的老年人能享受到这份安心！', 'ab84232ea0e41c6078de2847b1cc5e84c2b1a9ec28814ff1e2540169fa2bf59b', 'PUBLISHED', CURRENT_TIMESTAMP, '吴玉秀', '80多岁的吴玉秀老人', '榆次区康乐社区华晟·咱家智慧社区居家养老服务中心', id, '王爱媛'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 57: 高桂梅
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'ELDERLY_CARE', (SELECT id FROM county WHERE code = 'shouyang'), '自从来到这，护工们对我照顾得无微不至，我在这里过得特别快乐。盼着社区能多组织健身类活动，让我们的晚年生活更加丰富多彩！', 'bd449e55ce8ae5e3d939fce7fafe4d9a92141ef1e49d4ce66a9887e866af75e8', 'PUBLISHED', CURRENT_TIMESTAMP, '高桂梅', '老人', '寿阳县寿星居幸福养老社区', id, '王爱媛'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 67: 马兴华
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'HOUSING', NULL, '小区周边的配套设施能更加完善，比如多建几个超市、菜市场，方便日常购物；增加几条公交线路，让出行更加便捷。', '238491c625559e8844a179ba1254500e439df2d4cde5433b78316e00567f1e7d', 'PUBLISHED', CURRENT_TIMESTAMP, '马兴华', '来自吕梁的青年', '市区文华街', id, '张颖'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 75: 王桂香
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'HOUSING', (SELECT id FROM county WHERE code = 'yuci'), '在小区添些绿植、种些花草，让环境更雅致；增设一批健身器材，方便老年人日常锻炼，强身健体。', '7269f96f761c95c583cc4c13ee8373dd1d653428b636f934ba7a44aeeee620eb', 'PUBLISHED', CURRENT_TIMESTAMP, '王桂香', '今年72岁', '榆次', id, '张颖'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 85: 李萌萌
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'ECOLOGY', (SELECT id FROM county WHERE code = 'pingyao'), '惠济河人工湿地水净化工程的全面建成投运，筑牢了‘一泓清水入黄河’的生态防线。盼着这项工程持续发力，让水更清、鸟更多，这幅生态画卷越绘越美。', 'a5b9011a7d013d0efbe6cfcfbae5f470cff3616eec179b8f5f255edb52a28a43', 'PUBLISHED', CURRENT_TIMESTAMP, '李萌萌', NULL, '平遥惠济河', id, '武玲芳'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 91: 霍伟涛
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'ECOLOGY', (SELECT id FROM county WHERE code = 'zuoquan'), '我期盼2026年能多建几处公园，让群众出门就能邂逅茵茵绿地；期盼河水愈发澄澈见底，让晋中栖息的候鸟群聚翩跹，让晋中这幅动人的生态画卷越描越精致、越绘越斑斓。', 'c4419434baebfc613b0f939055afd48db8451d52bb5fbef228d00df7c1434992', 'PUBLISHED', CURRENT_TIMESTAMP, '霍伟涛', '市民', '左权县清漳河畔', id, '武玲芳'
FROM source_document WHERE code = 'jzrb-2026-hopes';
-- line 109: 尹航
INSERT INTO suggestion (origin, area, county_id, body, body_fingerprint, state, submitted_at, resident, resident_described, place_printed, source_document_id, byline)
SELECT 'PRESS', 'BUSINESS', NULL, '相关部门的贴心服务，让我们真切感受到了‘晋中速度’与服务温度，企业发展更有底气了。', 'ebcaa291a5dc8be1da39531424b9c9e87571cfca72bdbd99c2c7c032c8419a10', 'PUBLISHED', CURRENT_TIMESTAMP, '尹航', '山西远杨科技有限公司负责人', NULL, id, '张凯鹏'
FROM source_document WHERE code = 'jzrb-2026-hopes';

-- The stories, items 2–10 in item order.
-- item 2, line 27: ### 2 法治护航 关切民生
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 2, '法治护航 关切民生', 'Laws that serve people''s everyday concerns', 'ECOLOGY', '2025年7月1日',
       '一年来,市人大常委会践行全过程人民民主,坚持“小切口、有特色、可操作”的立法原则,出台了《晋中市生活垃圾分类管理条例》等多部法规条例,以高质量立法护航城市发展。
《晋中市生活垃圾分类管理条例》以改善城乡人居环境、保障公众健康为根本目标,构建起高效的生活垃圾分类体系和资源循环利用体系,于2025年7月1日起施行。《晋中市餐饮服务从业人员佩戴口罩规定》积极回应了群众对保障“舌尖上的安全”、提升餐饮服务品质的热切期盼,不仅有利于阻断飞沫飞溅、防控疾病传播,保障食品安全卫生,也有利于提升餐饮行业服务规范化水平,标志着我市餐饮行业卫生管理迈入更规范、更精细的新阶段,该《规定》将于2026年1月1日起施行。《晋中市平遥牛肉保护和条例》聚焦平遥牛肉这一承载着千年匠人技艺与晋商文化记忆的“金字招牌”,系统构建了从非遗保护传承、地理标志规范使用到全产业链创新发展的法治保障体系,该《条例》将于2026年1月1日起施行。',
       'The standing committee of the municipal people''s congress passed several local laws: a household waste sorting regulation in force from 1 July 2025, a rule that catering staff wear masks and a protection regulation for Pingyao beef, both in force from 1 January 2026.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。本条以生活垃圾分类条例为首，归入生态宜居。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none. Filed under ecology after its first law, on sorting household waste.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '2025年7月1日', '《晋中市生活垃圾分类管理条例》施行', 'The household waste sorting regulation takes effect' FROM story WHERE item_number = 2 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '2026年1月1日', '《晋中市餐饮服务从业人员佩戴口罩规定》施行', 'The rule on masks for catering staff takes effect' FROM story WHERE item_number = 2 AND story_year = 2025;
-- item 3, line 41: ### 3 提振消费 购销两旺
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 3, '提振消费 购销两旺', 'Boosting consumption: brisk buying and selling', 'BUSINESS', NULL,
       '2025年,我市加快完善促进消费体制机制,实施提振消费专项行动,通过政府搭台、企业唱戏,在消费品以旧换新政策落实等方面打出一套行之有效的“组合拳”,激发消费潜力,全市消费市场呈现购销两旺的势头。
我市消费品以旧换新政策持续加码,有效激发市场活力。2025年补贴范围从家电、汽车、电动自行车等产品扩围至手机、平板电脑等数码产品。对能效、水效标准等级高的家电产品给予最高20%补贴,汽车置换更新设置多类补贴入口,新增数码产品补贴比例达15%。去年已享受补贴的消费者今年仍可参与,政策普惠性不断增强。活动坚持“政府引导、企业参与”,通过优化流程、加强宣传,显著提升消费体验与政策受益面。商家积极推出配套让利举措,形成政策与市场合力,推动消费升级与绿色智能产品普及。
同时,我市深化电商产业发展,创新消费场景,实施“名品出晋”网络品牌培育行动和电商主体培育行动,乡村e镇建设持续完善,推动县域邮政、供销、快递等资源整合,推动城品下乡、农产品上行。',
       'The trade-in subsidies were extended from appliances, cars and e-bikes to phones and tablets (up to 20 % for efficient appliances, 15 % for digital products); e-commerce programmes bring city goods to the countryside and farm products to market.',
       (SELECT c.id FROM commitment c JOIN plan p ON p.id = c.plan_id WHERE p.plan_year = 2025 AND c.number = 15), '本条写到“推动城品下乡、农产品上行”，与第15件实事“扎实推进农产品上行快件物流补助”同属农产品上行。', 'The item names "推动城品下乡、农产品上行" (farm products going to market), the subject of commitment 15, express-logistics subsidies for farm products.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '20%', '高能效、水效家电产品最高补贴比例', 'Highest subsidy for energy- and water-efficient appliances' FROM story WHERE item_number = 3 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '15%', '新增数码产品补贴比例', 'Subsidy for digital products, newly covered' FROM story WHERE item_number = 3 AND story_year = 2025;
-- item 4, line 57: ### 4 政策发力 生育友好
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 4, '政策发力 生育友好', 'Policies for families: a birth-friendly city', 'SOCIAL_SECURITY', NULL,
       '生育一头连着千家万户的民生幸福,一头连着经济社会的持续发展。2025年,我市推出一系列生育支持举措,从经济支持、服务供给到教育减负,全方位构筑生育友好支撑体系。
为减轻养育负担,政策涵盖教育、住房、医保等多个领域:落实长幼同园就读政策;提高二、三孩家庭住房公积金贷款及租房提取额度;将13项辅助生殖技术纳入医保;3岁以下婴幼儿照护享受个税专项附加扣除;对符合条件的婴幼儿按照一定标准发放补贴。
托育服务提质增效。11个县(区、市)公办示范性综合托育机构全部建成运营;全面完成了2025年度普惠托育补贴及完成每千人口托位数3.8的目标任务;明确托育机构用水用电气价格优惠。
育儿补贴发放稳步推进。我市积极推进育儿补贴审核发放全流程工作,确保符合条件的家庭应享尽享、应补尽补。2025年预计申领人数达7.41万人,发放资金约2.66亿元。优化线上线下一体化申办服务,审核效率显著提升。
教育支持同步加强,自2025年秋季学期起,全面免除公办幼儿园学前一年保教费,民办园参照同等标准减免,惠及所有大班儿童。',
       'Support for families with young children: housing-fund and insurance measures, a public model childcare centre in each of the 11 counties, 3.8 childcare places per 1,000 people, childcare subsidies for an expected 74,100 applicants (about 266 million yuan), and no fees for the last year of public kindergarten from autumn 2025.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '13项', '纳入医保的辅助生殖技术', 'Assisted-reproduction techniques covered by medical insurance' FROM story WHERE item_number = 4 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '11个县(区、市)', '公办示范性综合托育机构全部建成运营的县(区、市)', 'Counties whose public model childcare centres all opened' FROM story WHERE item_number = 4 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 3, '3.8', '每千人口托位数目标', 'Target of childcare places per 1,000 people' FROM story WHERE item_number = 4 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 4, '7.41万人', '2025年预计申领育儿补贴人数', 'Expected applicants for the childcare subsidy in 2025' FROM story WHERE item_number = 4 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 5, '约2.66亿元', '预计发放育儿补贴资金', 'Expected childcare subsidy paid out' FROM story WHERE item_number = 4 AND story_year = 2025;
-- item 5, line 17: ### 5 列车驰骋 情系老区
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 5, '列车驰骋 情系老区', 'A passenger train for the old revolutionary base areas', 'TRANSPORT', '1月27日',
       '1月27日,一列客运列车自左权县准点驶出,穿越太行山脉,途经和顺县、昔阳县、平定县、阳泉市,最终抵达太原站。自此,昔阳、和顺、左权三县告别不通客运列车历史,老区群众多年夙愿得圆。列车每日往返,晨发午至、夕发夜归,紧密串联老区与省城。
为了确保列车顺利开行,国铁太原局精心筹备,采取“硬座+硬卧”编组,优化席位供给;组织乘务人员精研线路,强化应急、提升服务;全面整治车容车环境,完善服务设施,全力提升出行体验。
这趟列车不仅是一条交通线,更成为联动发展的纽带,极大便利了百姓日常往来,更为乡村振兴注入崭新动力。飞驰的车轮承载着老区的历史记忆与未来憧憬,化身为传承和弘扬太行精神的流动窗口。
岁末回望,列车穿梭太行群山已近一年。它见证着老区日新月异的变化,搭载着百姓对美好生活的向往,在希望的的土地上不断奔驰,续写着新时代老区发展的生动篇章。',
       'On 27 January a passenger train ran from Zuoquan through Heshun, Xiyang, Pingding and Yangquan to Taiyuan: Xiyang, Heshun and Zuoquan have a passenger service for the first time, with a train each way every day.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '1月27日', '左权县首发客运列车', 'First passenger train leaves Zuoquan County' FROM story WHERE item_number = 5 AND story_year = 2025;
-- item 6, line 33: ### 6 心理援助 热线惠民
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 6, '心理援助 热线惠民', 'The 12356 psychological assistance hotline', 'HEALTH', '4月28日',
       '4月28日,我市正式启用全国统一的“12356”心理援助热线。作为我市心理健康服务体系建设的部分,该热线的开通,标志着我市心理健康服务迈入标准化、专业化、便捷化的新阶段,为全市人民构筑起一道坚实的心理安全屏障。
按照国家卫生健康委统一部署,“12356”热线实行“一号通”服务模式,每日确保18小时连续运转,由具备专业资质的心理治疗师、精神科医师等人员提供全程响应。晋中市心理援助热线设在山西省社会福利精神康宁医院,热线集情绪疏导、危机干预、心理科普、资源转介四大功能于一体,服务对象覆盖全人群,特别关注留守儿童、空巢老人、孕产妇等特殊群体以及遭遇重大心理危机的个体。
在运行机制上,我市创新建立“心理—社会”应急联动体系,实现热线与110、120等公共服务平台的高效协同,确保高风险个案得到及时转介和处置。同时明确服务边界,对出现持续性情绪障碍、自杀倾向或精神疾病症状的求助者,启动专业医疗转诊通道,形成从热线支持到专科诊疗的完整服务闭环。',
       'On 28 April the city opened the national 12356 psychological assistance hotline, staffed 18 hours a day by qualified therapists and psychiatrists at the provincial Kangning hospital, linked with 110 and 120 for people at risk.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '4月28日', '启用“12356”心理援助热线', 'The 12356 hotline opens' FROM story WHERE item_number = 6 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '12356', '全国统一心理援助热线号码', 'The national psychological assistance number' FROM story WHERE item_number = 6 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 3, '18小时', '热线每日连续运转时长', 'Hours the hotline is staffed each day' FROM story WHERE item_number = 6 AND story_year = 2025;
-- item 7, line 49: ### 7 专科联盟 福泽百姓
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 7, '专科联盟 福泽百姓', 'A traditional Chinese medicine specialist alliance', 'HEALTH', '5月24日',
       '5月24日,晋中市中医医疗联盟暨中医脑病专科联盟成立,这是我市中医药事业高质量发展的里程碑事件,是响应国家政策、深化医改的重要实践,也是整合区域资源、提升服务能力的迫切需求。
随着我国人口老龄化程度的不断加深,脑病已成为影响公共卫生的重要疾病。因此,脑病学科的发展对于提升人民群众的生活质量、助力健康晋中建设具有重要意义。
该联盟着力打破地域与机构壁垒,通过资源共享、优势互补、协同发展等方式,形成“纵向成链、横向成群”的中医专科集群,推动分级诊疗落地,让优质中医药资源惠及更多基层群众。以晋中市中医院为引领,联盟聚焦学科建设与品牌塑造,围绕中医脑病、骨伤、针灸康复、肾病、儿科等优势专科,协同制定标准化诊疗方案,打造特色专科集群,不仅提升了区域中医药服务能力,更强化了中西医结合发展的卫生事业优势,为“健康晋中”建设贡献中医力量,切实守护群众生命健康。',
       'On 24 May the Jinzhong traditional Chinese medicine alliance and its brain-disease specialist alliance were founded, led by the city TCM hospital, to share specialists and standard treatments with grassroots hospitals.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '5月24日', '晋中市中医医疗联盟暨中医脑病专科联盟成立', 'The TCM medical and brain-disease specialist alliance is founded' FROM story WHERE item_number = 7 AND story_year = 2025;
-- item 8, line 69: ### 8 跨越里海 开放扩容
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 8, '跨越里海 开放扩容', 'Across the Caspian: a wider door to the world', 'BUSINESS', '7月9日',
       '7月9日,山西省首列“跨里海”铁路联运中欧班列从山西中鼎物流园驶出,标志着我省连接中亚与欧洲的黄金物流大通道正式贯通,对外开放层级实现历史性提升。
本趟班列满载光伏组件产品等货物,采用“铁路+海运”无缝衔接的创新模式,从山西中鼎物流园出发,经新疆霍尔果斯口岸出境,穿越哈萨克斯坦后,在里海东岸换装轮渡,最终在阿塞拜疆巴库上岸并进行疏散。该线路成功绕开了传统路径的拥堵点,全程运输时间缩短约10天,大幅提升了物流效率与可靠性,为“山西制造”开拓欧亚市场提供了全新的战略性通道选择。
此次班列的成功开行,是省市联动、多方协同的成果。它依托中鼎物流园这一国家级多式联运枢纽的智慧物流系统,构建起更高效、更具韧性的国际物流体系。至此,将我省深度嵌入“一带一路”国际物流与贸易网络,使我省的国际物流体系韧性显著增强,为构建内陆地区对外开放新高地奠定了坚实的物流基础,注入了强劲的开放动能。',
       'On 9 July Shanxi''s first trans-Caspian rail-and-sea China–Europe freight train left the Zhongding logistics park for Baku, cutting the journey by about 10 days.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '7月9日', '山西省首列“跨里海”铁路联运中欧班列驶出', 'Shanxi''s first trans-Caspian China–Europe freight train departs' FROM story WHERE item_number = 8 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '约10天', '全程运输时间缩短', 'Shorter total transit time' FROM story WHERE item_number = 8 AND story_year = 2025;
-- item 9, line 77: ### 9 公交专线 学途安心
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 9, '公交专线 学途安心', 'School bus lines: a safe way to school', 'TRANSPORT', '10月9日',
       '10月9日,榆次区启动校园定制公交专线,目前两批护学专线平稳运行,实现“校门到家门”无缝衔接,成为政企协同的生动实践。
此前,市城区校园周边交通拥堵、学生上下学安全隐患多、家长接送负担重等问题备受关注。经过市政协委员、学校代表与公交企业实地调研协商,市桥联和市交通、教育等部门联动配合,共同攻克线路规划、站点设置、安全保障等难题,蹚出了一条政协提案先行、政府协调落实、部门联动配合、企业运营保障的创新之路。
晋中瑞达公交公司全力投入专线筹备,以“一人一座”布局,实时监控设备打造安全舒适空间。专车外观采用明快三色醒目标识,内内遍布安全标语,强化出行提醒。驾驶员均为经验丰富、经专项培训的资深人员,以精细化服务帮助学生适应专线通勤。
目前,首批6条专线覆盖6大住宅区,服务300余名学生;第二批太行小学专线亦平稳运营,惠及多个小区。今后将持续扩大覆盖范围,让定制公交成为守护学子成长、提升城市服务品质的重要力量。',
       'From 9 October Yuci District runs custom school bus lines from home to school gate: a first batch of 6 lines serving 6 residential areas and more than 300 pupils, and a second line for Taihang primary school.',
       NULL, '2025年16件民生实事中没有与此对应的一件，故不关联。', 'None of the 16 livelihood commitments of 2025 covers this, so it is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '10月9日', '榆次区启动校园定制公交专线', 'Yuci District starts custom school bus lines' FROM story WHERE item_number = 9 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '6条专线', '首批校园定制公交专线', 'Lines in the first batch' FROM story WHERE item_number = 9 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 3, '6大住宅区', '首批专线覆盖的住宅区', 'Residential areas the first batch serves' FROM story WHERE item_number = 9 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 4, '300余名学生', '首批专线服务的学生', 'Pupils the first batch serves' FROM story WHERE item_number = 9 AND story_year = 2025;
-- item 10, line 87: ### 10 果蔬便民 流动供给
INSERT INTO story (story_year, item_number, title_zh, title_en, area, date_printed, body_zh, summary_en, commitment_id, link_note_zh, link_note_en, source_document_id, byline)
SELECT 2025, 10, '果蔬便民 流动供给', 'Vegetable vans bring fresh food to the neighbourhood', 'FOOD_SAFETY', '12月26日',
       '12月26日,“怡然鲜晋中”果蔬便民车项目正式启动,以流动服务点形式,将新鲜实惠的“菜篮子”送到群众家门口,生动诠释了民生服务的温度与精度。
果蔬便民车项目精准填补服务盲区,布局遵循“服务跟着人走”原则,经科学评估,首批15个点位重点覆盖山西大学城、新建大型社区及老城区配套薄弱区域,有效连接了老城与新城,让便捷服务均衡可及。作为一项非营利性民生工程,实行集中采购与统一配送,在保障品质的同时实现价格亲民,关键时刻发挥稳价保供作用。
在服务上,果蔬便民车不仅仅提供蔬果、蛋奶、早餐等日常所需,还针对老年人等群体推出电话订购与送货上门服务。通过建立“田间到餐桌”可追溯体系并引入第三方检测,切实筑牢食品安全防线,让市民买得放心、吃得安心。
果蔬便民车的开行,是我市完善城市公共服务、打通民生“最后一公里”的务实之举。它以流动的温暖激活了社区邻里,以扎实的供给丰富了“一刻钟”生活圈的内涵,提升了市民的获得感与幸福感,为城市宜居生活绘上了温暖底色。',
       'On 26 December the non-profit vegetable-van project started with 15 stops, covering the university town, new estates and older districts, with phone orders and home delivery for older people and third-party food testing.',
       NULL, '果蔬便民车与2025年16件民生实事均不对应（第5件为农产品批发市场快检实验室，并非便民车），故不关联。', 'The vegetable vans relate to none of the 16 livelihood commitments of 2025 (commitment 5 is about quick-test labs in wholesale markets, not vans), so the story is linked to none.', id, '闫淑娟'
FROM source_document WHERE code = 'jzrb-2025-12-29-review';
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 1, '12月26日', '“怡然鲜晋中”果蔬便民车项目启动', 'The vegetable-van project starts' FROM story WHERE item_number = 10 AND story_year = 2025;
INSERT INTO story_figure (story_id, position, printed, label_zh, label_en) SELECT id, 2, '15个点位', '首批流动服务点位', 'Stops in the first batch' FROM story WHERE item_number = 10 AND story_year = 2025;
