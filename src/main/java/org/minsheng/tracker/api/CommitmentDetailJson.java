package org.minsheng.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One commitment with its indicators and the history of its approved figures, newest
 * first.
 *
 * @param asOf the day asked for; absent for the latest figures
 * @param chain its chain from suggestions to evaluation (the commitment page's timeline)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentDetailJson(int year, Text planTitle, CommitmentJson commitment, List<HistoryJson> history,
		ChainJson chain, LocalDate asOf, Instant generatedAt) {
}
