package vn.gov.portal.articles.source;

/** An image the article shows: the id of an image upload and an optional caption (null when absent). */
public record ImageRef(String uploadId, String caption) {}
