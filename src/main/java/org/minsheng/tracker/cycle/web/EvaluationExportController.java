package org.minsheng.tracker.cycle.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minsheng.tracker.cycle.EvaluationDesk;
import org.minsheng.tracker.cycle.EvaluationView;
import org.minsheng.tracker.cycle.Verdicts;
import org.minsheng.tracker.spreadsheet.Tables;
import org.minsheng.tracker.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A year's satisfaction evaluation to download ({@code evaluations.csv}): per commitment
 * the delegates' counts and verdict (empty where none is on record) and the open online
 * rating's counts, in separate columns.
 */
@Controller
class EvaluationExportController {

	private final EvaluationDesk evaluations;

	EvaluationExportController(EvaluationDesk evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/plans/{year}/evaluations.csv")
	ResponseEntity<byte[]> csv(@PathVariable int year, Locale locale) {
		List<EvaluationDesk.YearEvaluation> rows = this.evaluations.ofPlan(year);
		if (rows.isEmpty()) {
			throw new NotFoundException("notFound.page");
		}
		List<List<String>> table = new ArrayList<>();
		table.add(List.of("year", "number", "commitment", "delegates_session", "delegates_held_on",
				"delegates_satisfied", "delegates_basically_satisfied", "delegates_dissatisfied", "delegates_passed",
				"online_satisfied", "online_basically_satisfied", "online_dissatisfied"));
		for (EvaluationDesk.YearEvaluation row : rows) {
			EvaluationView view = row.evaluation();
			List<String> cells = new ArrayList<>(
					List.of(String.valueOf(year), String.valueOf(row.number()), row.title().in(locale)));
			if (view.evaluated()) {
				Verdicts counts = view.delegates().counts();
				cells.addAll(List.of(view.delegates().getSessionName(), view.delegates().getHeldOn().toString(),
						String.valueOf(counts.satisfied()), String.valueOf(counts.basicallySatisfied()),
						String.valueOf(counts.dissatisfied()), String.valueOf(counts.passes())));
			}
			else {
				cells.addAll(List.of("", "", "", "", "", ""));
			}
			cells.addAll(List.of(String.valueOf(view.online().satisfied()),
					String.valueOf(view.online().basicallySatisfied()), String.valueOf(view.online().dissatisfied())));
			table.add(cells);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("minsheng-" + year + "-evaluations.csv")
						.build()
						.toString())
			.body(Tables.csv(table));
	}

}
