package org.minsheng.tracker.plan;

import org.minsheng.tracker.system.PublicDataChanged;

/**
 * An administrator published a complete draft plan: the public sees it from now on.
 *
 * @param planId the plan
 * @param year its year
 * @param commitments how many commitments it has
 * @param admin who published it
 */
public record PlanPublished(Long planId, int year, int commitments, String admin) implements PublicDataChanged {

}
