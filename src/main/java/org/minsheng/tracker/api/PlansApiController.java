package org.minsheng.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.minsheng.tracker.cycle.CommitmentChains;
import org.minsheng.tracker.dashboard.CommitmentPageService;
import org.minsheng.tracker.dashboard.PlanBoardService;
import org.minsheng.tracker.plan.PlanCatalog;
import org.minsheng.tracker.progress.AsOf;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The published plans, one plan, and one commitment, as JSON, from the services behind
 * the public pages.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "plans")
@ApiProblemResponses
class PlansApiController {

	private final PlanCatalog plans;

	private final PlanBoardService boards;

	private final CommitmentPageService commitments;

	private final ApiDocuments documents;

	private final Revalidation revalidation;

	private final CommitmentChains chains;

	PlansApiController(PlanCatalog plans, PlanBoardService boards, CommitmentPageService commitments,
			ApiDocuments documents, Revalidation revalidation, CommitmentChains chains) {
		this.plans = plans;
		this.boards = boards;
		this.commitments = commitments;
		this.documents = documents;
		this.revalidation = revalidation;
		this.chains = chains;
	}

	@GetMapping
	@Operation(summary = "The published plans, newest first")
	PlanListJson plans(@AsOfDay @RequestParam(name = "asOf", defaultValue = "") AsOf day, ServletWebRequest request) {
		return this.revalidation.answer(request, () -> this.documents.plans(this.plans.publishedPlans(), day));
	}

	@GetMapping("/{year}")
	@Operation(summary = "A year's plan: headline figures and every commitment with its indicators")
	PlanJson plan(@Parameter(example = "2025") @PathVariable int year,
			@AsOfDay @RequestParam(name = "asOf", defaultValue = "") AsOf day, ServletWebRequest request) {
		return this.revalidation.answer(request, () -> this.documents.plan(this.boards.figures(year, day), day));
	}

	@GetMapping("/{year}/commitments/{number}")
	@Operation(summary = "One commitment with its indicators and the history of its approved figures")
	CommitmentDetailJson commitment(@Parameter(example = "2025") @PathVariable int year,
			@Parameter(example = "13") @PathVariable int number,
			@AsOfDay @RequestParam(name = "asOf", defaultValue = "") AsOf day, ServletWebRequest request) {
		return this.revalidation.answer(request, () -> this.documents.commitment(year,
				this.commitments.page(year, number, day), this.chains.of(year, number, day), day));
	}

}
