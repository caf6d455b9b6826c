/**
 * The public story list and story pages.
 */
package org.minsheng.tracker.story.web;
