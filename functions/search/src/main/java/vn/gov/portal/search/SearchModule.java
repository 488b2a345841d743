package vn.gov.portal.search;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;

/** Builds the index's reader and writer on a DynamoDB client the caller already has (one per container). */
public final class SearchModule {

    private SearchModule() {}

    public static SearchTable table(DynamoDbClient dynamo, Env env) {
        return new SearchTable(dynamo, env.require("SEARCH_TABLE"));
    }

    public static SearchIndexer indexer(DynamoDbClient dynamo, Env env) {
        return new SearchIndexer(table(dynamo, env));
    }
}
