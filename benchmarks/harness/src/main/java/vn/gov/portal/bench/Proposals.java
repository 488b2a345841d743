package vn.gov.portal.bench;

/** What the numbers point to: proposals for the lead, with the figures of this run. */
final class Proposals {

    private Proposals() {}

    static String markdown(Report r) {
        return "";
    }
}
