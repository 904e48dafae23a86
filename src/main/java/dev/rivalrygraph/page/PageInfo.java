package dev.rivalrygraph.page;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import java.util.function.BooleanSupplier;

/** Where a page stands; whether items lie beyond it is looked up when a client asks, once. */
@Type("PageInfo")
@Description("Where a page stands in its list: pass `endCursor` as `after` for the next page, `startCursor` as "
        + "`before` for the previous one.")
public class PageInfo {

    @Description("The cursor of the page's first item; null for an empty page.")
    public final String startCursor;

    @Description("The cursor of the page's last item; null for an empty page.")
    public final String endCursor;

    @Ignore
    private final BooleanSupplier next;
    @Ignore
    private final BooleanSupplier previous;
    @Ignore
    private Boolean nextFound;
    @Ignore
    private Boolean previousFound;

    PageInfo(BooleanSupplier next, BooleanSupplier previous, String startCursor, String endCursor) {
        this.next = next;
        this.previous = previous;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @Description("Whether items follow this page.")
    public boolean getHasNextPage() {
        if (nextFound == null) {
            nextFound = next.getAsBoolean();
        }
        return nextFound;
    }

    @Description("Whether items precede this page.")
    public boolean getHasPreviousPage() {
        if (previousFound == null) {
            previousFound = previous.getAsBoolean();
        }
        return previousFound;
    }
}
