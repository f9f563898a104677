namespace InfoGov.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the GraphQL endpoint for every method, so that methods other than GET and POST get 405.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext http, GraphQLEndpoint endpoint) => endpoint.HandleAsync(http));
}
