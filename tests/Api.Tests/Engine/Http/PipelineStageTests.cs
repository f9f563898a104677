using GraphQL.Transport;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Http.Pipeline;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InfoGov.Api.Tests.Engine.Http;

/// <summary>The endpoint's stages, each on its own with a bare HTTP context (the HTTP suites drive them
/// together), and the order the endpoint runs them in.</summary>
[Collection(ApiCollection.Name)]
public class PipelineStageTests(InfoGovApiFactory host)
{
    private T Stage<T>() where T : class =>
        host.Services.GetServices<IRequestStage>().OfType<T>().Concat(host.Services.GetServices<IOperationStage>().OfType<T>()).Single();

    private static GraphQLExchange Exchange(string method, string? accept = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        if (accept is not null) http.Request.Headers.Accept = accept;
        return new GraphQLExchange(http);
    }

    [Fact]
    public void The_stages_run_in_the_order_of_the_protocol()
    {
        Assert.Equal([typeof(MethodStage), typeof(AcceptStage), typeof(AdmissionStage), typeof(TokenStage)],
            host.Services.GetServices<IRequestStage>().Select(s => s.GetType()));
        Assert.Equal([typeof(PersistedDocumentStage), typeof(DocumentLimitStage), typeof(ExecutionStage)],
            host.Services.GetServices<IOperationStage>().Select(s => s.GetType()));
    }

    [Fact]
    public async Task The_method_stage_lets_GET_and_POST_through_and_refuses_others_with_Allow()
    {
        Assert.Null(await Stage<MethodStage>().RunAsync(Exchange("GET")));
        var put = Exchange("PUT");
        var refused = await Stage<MethodStage>().RunAsync(put);
        Assert.Equal((405, "METHOD_NOT_ALLOWED"), (refused!.StatusCode, refused.Code));
        Assert.Equal("GET, POST", put.Http.Response.Headers.Allow.ToString());
    }

    [Fact]
    public async Task The_accept_stage_chooses_the_media_type_or_refuses_with_406()
    {
        var graphql = Exchange("POST", "application/graphql-response+json, application/json;q=0.9");
        Assert.Null(await Stage<AcceptStage>().RunAsync(graphql));
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, graphql.MediaType);
        Assert.Equal(406, (await Stage<AcceptStage>().RunAsync(Exchange("POST", "text/html")))!.StatusCode);
    }

    [Fact]
    public async Task The_document_limit_stage_refuses_a_missing_query_before_anything_runs()
    {
        var exchange = Exchange("POST");
        exchange.Http.RequestServices = host.Services;
        var outcome = await Stage<DocumentLimitStage>().RunAsync(new GraphQLOperation(exchange, new GraphQLRequest { Query = " " }));
        Assert.Equal((400, "QUERY_MISSING"), (outcome!.Status, outcome.Result.Errors![0].Code));
    }
}
