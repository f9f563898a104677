namespace InfoGov.Api.Engine.Ide;

/// <summary>The <c>GraphiQL</c> configuration section: the in-browser IDE at the GraphQL endpoint.</summary>
public sealed class GraphiQLOptions
{
    public const string Section = "GraphiQL";

    /// <summary>Serve GraphiQL to browsers at the endpoint. On in Development (appsettings.Development.json), off by default elsewhere.</summary>
    public bool Enabled { get; set; }
}
