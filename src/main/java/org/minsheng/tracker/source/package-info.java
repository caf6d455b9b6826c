/**
 * Source documents (newspaper pages, notices) that every public figure cites, and the
 * page that shows a document's full text.
 */
package org.minsheng.tracker.source;
