namespace InfoGov.Api.Http;

/// <summary>Limits of the GraphQL endpoint (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>Most requests in one batched POST.</summary>
    public int MaxBatchSize { get; set; } = 10;
    /// <summary>Longest query document accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 20_000;
    /// <summary>Deepest selection accepted; 15 lets the standard introspection query through.</summary>
    public int MaxDepth { get; set; } = 15;
    /// <summary>Highest complexity accepted (GraphQL.NET's analyzer: list fields multiply by 'first').</summary>
    public int MaxComplexity { get; set; } = 250_000;
}
