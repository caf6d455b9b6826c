/**
 * The year's livelihood stories (民生新闻) as a newspaper printed them, with their figures,
 * areas and, where one fits, the commitment they concern.
 */
package org.minsheng.tracker.story;
