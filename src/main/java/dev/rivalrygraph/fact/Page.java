package dev.rivalrygraph.fact;

/** The page-size rule every list shares: GitHub's, 1 to 100 items. */
public final class Page {

    public static final int MAX = 100;
    public static final String FIRST = "How many items to return, 1 to 100.";

    private Page() {
    }

    public static int size(int first) throws BadUserInputException {
        if (first < 1 || first > MAX) {
            throw new BadUserInputException("`first` must be between 1 and " + MAX + "; it was " + first + ".");
        }
        return first;
    }
}
