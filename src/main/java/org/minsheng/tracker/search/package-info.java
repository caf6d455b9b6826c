/**
 * One search box for every public page: commitments, indicators, stories, suggestions and
 * the residents' hopes, in Chinese (two-character words such as 电梯 included) and English,
 * through a token table of character unigrams and bigrams that any database indexes with
 * a B-tree.
 */
package org.minsheng.tracker.search;
