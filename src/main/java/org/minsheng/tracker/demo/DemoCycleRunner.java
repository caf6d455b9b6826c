package org.minsheng.tracker.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.minsheng.tracker.cycle.BallotDesk;
import org.minsheng.tracker.cycle.Candidate;
import org.minsheng.tracker.cycle.CandidateDesk;
import org.minsheng.tracker.cycle.CandidateInput;
import org.minsheng.tracker.cycle.CandidateRules;
import org.minsheng.tracker.cycle.EvaluationDesk;
import org.minsheng.tracker.cycle.NoticeDesk;
import org.minsheng.tracker.cycle.PassRule;
import org.minsheng.tracker.cycle.ScreeningNotes;
import org.minsheng.tracker.cycle.Tally;
import org.minsheng.tracker.cycle.Verdicts;
import org.minsheng.tracker.cycle.VoteInput;
import org.minsheng.tracker.plan.Commitment;
import org.minsheng.tracker.system.InvalidInputException;
import org.minsheng.tracker.system.LocalizedText;
import org.minsheng.tracker.system.PublicRevision;
import org.minsheng.tracker.system.UnsafeSettingException;
import org.minsheng.tracker.progress.CurrentReports;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under the {@code demo} profile, adds a demonstration 2026 cycle once, through the
 * cycle's own services (so every rule and audit applies): six candidates from the seeded
 * residents' hopes, one screened out, a vote, the draft plan, its notice, the plan made
 * final, approved figures and the delegates' evaluation of each commitment. Every title
 * starts with {@link #MARK}. Refuses to start with {@code prod} or on a database other
 * than the embedded one. Runs before the demonstration sites ({@code @Order(200)}).
 */
@Component
@Profile("demo")
@Order(100)
class DemoCycleRunner implements ApplicationRunner {

	/** Starts every demonstration title. */
	static final String MARK = "【演示数据】";

	static final int YEAR = 2026;

	private static final String ACTOR = "demo";

	private static final Log logger = LogFactory.getLog(DemoCycleRunner.class);

	private final CandidateDesk candidates;

	private final BallotDesk ballots;

	private final NoticeDesk notices;

	private final EvaluationDesk evaluations;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PublicRevision revision;

	private final CurrentReports current;

	DemoCycleRunner(Environment environment, CandidateDesk candidates, BallotDesk ballots, NoticeDesk notices,
			EvaluationDesk evaluations, JdbcTemplate jdbc, TransactionTemplate transaction, PublicRevision revision,
			CurrentReports current) {
		refuseUnsafe(environment);
		this.candidates = candidates;
		this.ballots = ballots;
		this.notices = notices;
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.revision = revision;
		this.current = current;
	}

	/**
	 * The demo profile runs only on the embedded database and never with {@code prod}.
	 */
	static void refuseUnsafe(Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new UnsafeSettingException("SPRING_PROFILES_ACTIVE",
					"the demo profile adds demonstration data and never runs with prod: remove demo");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:h2:mem:")) {
			throw new UnsafeSettingException("SPRING_DATASOURCE_URL",
					"the demo profile runs only on the embedded in-memory database: unset it or remove demo");
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_project WHERE title_zh LIKE ?",
				Integer.class, MARK + "%");
		if (existing != null && existing > 0) {
			logger.info("The demonstration cycle is in the database already; nothing added");
			return;
		}
		this.transaction.executeWithoutResult((status) -> build());
		logger.info("Added the demonstration " + YEAR + " cycle (every title marked " + MARK + ")");
	}

	private void build() {
		this.candidates.setWindow(YEAR, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 15), ACTOR);
		List<Candidate> proposed = new ArrayList<>();
		proposed.add(propose("家门口好学校：新建改扩建中小学", "Good schools near home: new and enlarged schools", "EDUCATION",
				"回应群众“家门口就有好学校”的期盼，新建改扩建一批中小学，增加就近入学学位。", "EDUCATION", "lingshi", "新建改扩建中小学；所；12\n新增学位；个；6000"));
		proposed.add(propose("优质医疗资源下沉：专家到县坐诊手术", "Specialists to county hospitals", "HEALTH",
				"组织省市专家到县级医院坐诊、手术，让常见病、多发病在家门口就能解决。", "HEALTH", "heshun", "专家下沉坐诊；场；600\n县域就诊率；%；90"));
		proposed.add(propose("社区养老服务中心扩面", "More community elderly-care centres", "ELDERLY_CARE",
				"新建一批社区养老服务中心，增加健身类活动，让老人就近享受养老服务。", "ELDERLY_CARE", "yuci", "新建社区养老服务中心；个；20\n社区老年健身活动；场；200"));
		proposed.add(propose("小区绿化和健身器材提升", "Greener estates with fitness equipment", "HOUSING", "在老旧小区补植绿化、增设健身器材。",
				"HOUSING", "yuci", "改造小区；个；50\n增设健身器材；套；300"));
		proposed.add(propose("城市口袋公园建设", "Pocket parks", "ECOLOGY", "多建几处公园，让群众出门就能见到绿地。", "ECOLOGY", "zuoquan",
				"新建口袋公园；处；30"));
		proposed.add(propose("全市统一智慧停车平台", "One smart parking platform", "TRANSPORT", "建设全市统一的智慧停车平台（部门提出）。", null,
				null, "接入停车泊位；个；20000"));
		for (int i = 0; i < proposed.size(); i++) {
			Candidate c = proposed.get(i);
			ScreeningNotes notes = new ScreeningNotes(MARK + "群众呼声较高", MARK + "可在一年内完成", MARK + "财政可承受");
			if (i == 5) {
				this.candidates.screenOut(c.getId(), version(c.getId()), notes, MARK + "跨部门系统建设周期超过一年，转入项目储备库", ACTOR);
				continue;
			}
			this.candidates.screenIn(c.getId(), version(c.getId()), notes, ACTOR);
			this.candidates.putOnBallot(c.getId(), version(c.getId()), ACTOR);
		}
		int[][] counts = { { 268, 10, 7 }, { 255, 18, 12 }, { 271, 6, 8 }, { 149, 90, 46 }, { 230, 30, 25 } };
		List<Tally> tallies = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			tallies.add(new Tally(proposed.get(i).getId(), counts[i][0], counts[i][1], counts[i][2]));
		}
		this.ballots.record(YEAR, new VoteInput(MARK + "晋中市第五届人民代表大会第六次会议", LocalDate.of(2026, 1, 10), 300, 285, 4,
				PassRule.MAJORITY_OF_SEATED, tallies), ACTOR);
		List<Commitment> commitments = this.ballots.adopt(YEAR,
				new LocalizedText(MARK + "2026年晋中市民生实事", "[Demonstration] Livelihood commitments 2026"), ACTOR);
		this.notices.open(YEAR, LocalDate.of(2026, 1, 12), 7, MARK + "市政府督查室", "0354-0000000", ACTOR);
		this.notices.finalise(YEAR, ACTOR);
		addFigures(commitments);
		int[][] verdicts = { { 210, 50, 20 }, { 150, 60, 70 }, { 90, 40, 150 }, { 200, 60, 20 } };
		for (int i = 0; i < commitments.size() && i < verdicts.length; i++) {
			this.evaluations.record(commitments.get(i).getId(), MARK + "晋中市第五届人民代表大会第七次会议", LocalDate.of(2026, 11, 20),
					new Verdicts(verdicts[i][0], verdicts[i][1], verdicts[i][2]), ACTOR);
		}
		this.revision.bump();
	}

	private Candidate propose(String title, String titleEn, String area, String description, String hopesArea,
			String county, String indicators) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		Set<Long> hopes = new LinkedHashSet<>();
		if (hopesArea != null) {
			hopes.addAll(this.jdbc.queryForList(
					"SELECT id FROM suggestion WHERE origin = 'PRESS' AND state = 'PUBLISHED' AND area = ? ORDER BY id",
					Long.class, hopesArea));
		}
		CandidateInput read = CandidateRules.read(MARK + title, "[Demonstration] " + titleEn, MARK + description, area,
				null, "3000", (county != null) ? List.of(county) : List.of(),
				String.join(",", hopes.stream().map(String::valueOf).toList()), indicators, problems);
		problems.throwIfAny();
		return this.candidates.propose(YEAR, read, ACTOR);
	}

	private Long version(Long id) {
		return this.jdbc.queryForObject("SELECT version FROM candidate_project WHERE id = ?", Long.class, id);
	}

	/**
	 * Two approved figures a measured indicator, half-way and at year end, marked as
	 * demonstration.
	 */
	private void addFigures(List<Commitment> commitments) {
		Instant approvedJune = LocalDate.of(2026, 7, 2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		Instant approvedNovember = LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>();
		List<Long> indicators = new ArrayList<>();
		for (Commitment commitment : commitments) {
			this.jdbc.query("SELECT id, target FROM indicator WHERE commitment_id = ? ORDER BY position", (row) -> {
				BigDecimal target = row.getBigDecimal(2);
				if (target == null) {
					return;
				}
				indicators.add(row.getLong(1));
				rows.add(figure(row.getLong(1), target.multiply(new BigDecimal("0.5")), LocalDate.of(2026, 6, 30),
						approvedJune));
				rows.add(figure(row.getLong(1), target.multiply(new BigDecimal("0.9")), LocalDate.of(2026, 10, 31),
						approvedNovember));
			}, commitment.getId());
		}
		this.jdbc.batchUpdate(
				"INSERT INTO progress_report (indicator_id, as_of, reported_value, value_is_lower_bound, note_zh, note_en, "
						+ "review_state, created_at, submitted_at, approved_at) VALUES (?, ?, ?, FALSE, ?, ?, 'APPROVED', ?, ?, ?)",
				rows);
		this.current.recompute(indicators);
	}

	private static Object[] figure(long indicatorId, BigDecimal value, LocalDate asOf, Instant approved) {
		Timestamp filed = Timestamp.from(approved.minusSeconds(3600));
		return new Object[] { indicatorId, Date.valueOf(asOf), value.setScale(0, java.math.RoundingMode.DOWN),
				MARK + "演示用数字，不是真实数据", "[Demonstration] not a real figure", filed, filed, Timestamp.from(approved) };
	}

}
