package vn.gov.portal.articles.source;

/** An image the article shows: the id of an image upload and its caption (required: shown under the image and its alt text where the body gives none). */
public record ImageRef(String uploadId, String caption) {}
