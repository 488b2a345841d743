package vn.gov.portal.directives;

/**
 * What a directive's listed title says about it. Every field is null when the title does not say it:
 * the parser stores nulls, never a guess.
 *
 * @param type    the Vietnamese type name ("Quyết định", "Công văn", ...): the title's own type word when
 *                it has one, else derived from the symbol (see {@link DirectiveTitleParser})
 * @param symbol  the normalized symbol, same as {@code parts.symbol()}; null when the title has none
 * @param parts   the symbol's parts; null exactly when {@code symbol} is null
 * @param subject the subject ("trích yếu"): NFC, spaces collapsed, original case kept; the whole
 *                cleaned title when nothing else was recognized
 */
public record ParsedTitle(String type, String symbol, ParsedSymbol parts, String subject) {}
