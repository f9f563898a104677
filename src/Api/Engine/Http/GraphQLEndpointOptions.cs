using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Engine.Http;

/// <summary>Limits of the GraphQL endpoint (configuration section <c>GraphQL</c>). Each refusal names
/// its limit with its own <c>extensions.code</c>.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "GraphQL";

    /// <summary>Most requests in one batched POST (BATCH_TOO_LARGE).</summary>
    [Range(1, int.MaxValue)]
    public int MaxBatchSize { get; set; } = 10;
    /// <summary>Largest multipart request (the files of an import), in bytes (UPLOAD_TOO_LARGE, status 413).</summary>
    [Range(1, int.MaxValue)]
    public int MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Longest query document accepted, in characters (QUERY_TOO_LARGE).</summary>
    [Range(1, int.MaxValue)]
    public int MaxQueryLength { get; set; } = 20_000;
    /// <summary>Deepest selection accepted; 15 lets the standard introspection query through.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDepth { get; set; } = 15;
    /// <summary>Highest complexity accepted (GraphQL.NET's analyzer: list fields multiply by 'first').</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 250_000;
    /// <summary>Most fields an operation selects with its fragments expanded (DOCUMENT_TOO_LARGE): what stops
    /// a small document of nested fragment spreads from expanding into billions of fields.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFields { get; set; } = 2_000;
    /// <summary>Most objects an operation may return, from its page sizes before it runs (NODE_LIMIT_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int MaxNodes { get; set; } = 100_000;
    /// <summary>Most aliased fields in one document (ALIAS_LIMIT_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int MaxAliases { get; set; } = 100;
    /// <summary>Most fields at the root of an operation (ROOT_FIELD_LIMIT_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int MaxRootFields { get; set; } = 30;
    /// <summary>Most fragment definitions in one document (FRAGMENT_LIMIT_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int MaxFragments { get; set; } = 50;
    /// <summary>Most ids <c>nodes(ids:)</c> takes (PAGE_SIZE_EXCEEDED).</summary>
    [Range(1, int.MaxValue)]
    public int MaxNodeIds { get; set; } = 100;
    /// <summary>How long shared caches may keep an anonymous GET answer (<c>Cache-Control: public, max-age</c>).</summary>
    [Range(0, 86400)]
    public int AnonymousCacheSeconds { get; set; } = 30;
    /// <summary>Application callers (app-only tokens) may run only documents an administrator registered
    /// (PERSISTED_QUERY_ONLY otherwise): a leaked dashboard credential cannot run arbitrary queries.</summary>
    public bool TrustedDocumentsOnlyForApps { get; set; }
    /// <summary>How long one request may execute before it is cancelled (REQUEST_TIMEOUT).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
