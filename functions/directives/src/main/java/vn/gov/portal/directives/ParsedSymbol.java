package vn.gov.portal.directives;

/**
 * A document symbol ("số, ký hiệu") split into its parts, per Decree 30/2020/NĐ-CP:
 * {@code <number>/[<year>/]<codes joined by "-">}.
 *
 * @param symbol  the normalized symbol text: NFC, no spaces, codes in their canonical case
 *                ("1500/QĐ-LĐTBXH", "250/QĐ-TTg"); the number keeps its leading zeros as written
 * @param number  the number, leading zeros dropped ("01" → 1)
 * @param year    the year, for documents whose symbol carries one (legal normative documents), else null
 * @param docCode the canonical type code ("QĐ", "TTr", ...); null for an administrative letter (Công văn)
 * @param issuer  the issuing body's code ("LĐTBXH", "CP", "TTg"); several issuers of a joint circular
 *                (TTLT) are joined with "-" ("BTC-BLĐTBXH"); null when the symbol names none
 * @param unit    the drafting unit's code ("TCCB"); several units joined with "-" ("VP-TCCB"); else null
 */
public record ParsedSymbol(String symbol, Integer number, Integer year, String docCode, String issuer, String unit) {}
