package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One search result: the article's id, title, site, date, a highlighted snippet, its score and
 * its story (the cluster of near-copies it belongs to) with the story's size and canonical
 * member, and the URL of the page it was extracted from (null when the page stated none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hit(String id, String title, String site, String published, String source,
                  String snippet, float score, String story, int storySize, String canonical,
                  String url) {}
