using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Paging;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// Refuses, before validation and execution, a document whose size as it would execute passes a
/// configured limit (<see cref="GraphQLEndpointOptions"/>), and measures the rest for rate limiting.
/// </summary>
public sealed class RequestLimits(ISchema schema, GraphQLEndpointOptions options)
{
    public (DocumentMeasure Measure, TransportError? Refusal) Check(GraphQLDocument document, string? operationName, Inputs? variables)
    {
        var measure = DocumentMeasure.Of(schema, document, operationName, variables, PageRequest.DefaultPageSize, PageRequest.MaxPageSize);
        TransportError? Refuse(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
        var refusal =
            measure.Fragments > options.MaxFragments ? Refuse(ErrorCodes.FragmentLimitExceeded,
                $"The document defines {measure.Fragments} fragments; at most {options.MaxFragments} are accepted.")
            : measure.Aliases > options.MaxAliases ? Refuse(ErrorCodes.AliasLimitExceeded,
                $"The document has {measure.Aliases} aliased fields; at most {options.MaxAliases} are accepted.")
            : measure.Fields > options.MaxFields ? Refuse(ErrorCodes.DocumentTooLarge,
                $"The operation selects {Figure(measure.Fields)} fields once its fragments are expanded; at most {options.MaxFields} are accepted.")
            : measure.RootFields > options.MaxRootFields ? Refuse(ErrorCodes.RootFieldLimitExceeded,
                $"The operation has {Figure(measure.RootFields)} root fields; at most {options.MaxRootFields} are accepted.")
            : measure.Nodes > options.MaxNodes ? Refuse(ErrorCodes.NodeLimitExceeded,
                $"The operation may return up to {Figure(measure.Nodes)} objects (page sizes multiplied along each path); at most {options.MaxNodes} are accepted. Ask for smaller pages.")
            : null;
        return (measure, refusal);
    }

    private static string Figure(double value) => value >= 1e15 ? value.ToString("0.###e0", System.Globalization.CultureInfo.InvariantCulture) : ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
