package dev.rivalrygraph.page;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page stands in its list: pass `endCursor` as `after` for the next page, `startCursor` as "
        + "`before` for the previous one.")
public class PageInfo {

    @Description("Whether items follow this page.")
    public final boolean hasNextPage;

    @Description("Whether items precede this page.")
    public final boolean hasPreviousPage;

    @Description("The cursor of the page's first item; null for an empty page.")
    public final String startCursor;

    @Description("The cursor of the page's last item; null for an empty page.")
    public final String endCursor;

    PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
