package org.minsheng.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.minsheng.tracker.progress.ApprovedReports;
import org.minsheng.tracker.progress.AsOf;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Recently approved reports, newest approval first: what changed on the public pages.
 */
@RestController
@Tag(name = "reports")
@ApiProblemResponses
class ReportsApiController {

	private final ApprovedReports reports;

	private final ApiDocuments documents;

	private final Revalidation revalidation;

	ReportsApiController(ApprovedReports reports, ApiDocuments documents, Revalidation revalidation) {
		this.reports = reports;
		this.documents = documents;
		this.revalidation = revalidation;
	}

	@GetMapping(path = "/api/v1/reports/recent", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recently approved reports of published plans, newest approval first")
	RecentReportsJson recent(
			@Parameter(description = "How many reports, 1 to 100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100",
							defaultValue = "20")) @RequestParam(defaultValue = RecentLimit.DEFAULT) RecentLimit limit,
			@AsOfDay @RequestParam(name = "asOf", defaultValue = "") AsOf day, ServletWebRequest request) {
		return this.revalidation.answer(request,
				() -> this.documents.recent(this.reports.recent(day, limit.value()), day));
	}

}
