package dev.rivalrygraph.graphiql;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Opens GraphiQL on the question this API exists to answer. SmallRye's GraphiQL page has no configurable default
 * query but reads {@code ?query=}, so a bare visit is redirected to the page with the canonical question filled in.
 */
@ApplicationScoped
public class CanonicalQuery {

    public static final String QUERY = """
            # Which companies does Mark Zuckerberg run, what do they ship, how many people use it, and who says so?
            {
              person(name: "Mark Zuckerberg") {
                name
                companies {
                  name
                  products {
                    name
                    userMetrics {
                      kind
                      value
                      region
                      periodStart
                      periodEnd
                      citations {
                        excerpt
                        source { title publisher publishedOn }
                      }
                    }
                  }
                }
              }
            }
            """;

    private static final String LOCATION = "/q/graphql-ui/?query="
            + URLEncoder.encode(QUERY, StandardCharsets.UTF_8).replace("+", "%20");

    void install(@Observes Router router) {
        router.getWithRegex("/q/graphql-ui/?").order(-100).handler(ctx -> {
            if (ctx.request().getParam("query") != null) {
                ctx.next();
            } else {
                ctx.response().setStatusCode(302).putHeader("Location", LOCATION).end();
            }
        });
    }
}
