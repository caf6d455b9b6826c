/**
 * What the city promised: a year's plan, its numbered commitments, their indicators and
 * targets, and the departments that lead them.
 */
package org.minsheng.tracker.plan;
