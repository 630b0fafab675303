package org.sitrep.core.feed;

import org.sitrep.core.Input;

/** One entry of a feed or sitemap: the link to fetch and what the feed said about it. */
public record FeedItem(String url, Input.Hints hints) {}
