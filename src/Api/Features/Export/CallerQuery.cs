using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Export;

/// <summary>Runs a GraphQL document for a download endpoint as the caller of the request, under the same
/// validation and access rule as the GraphQL endpoint: what the download shows is what the caller may query.</summary>
public sealed class CallerQuery(ISchema schema, IDocumentExecuter executer, FieldAccessRule accessRule)
{
    public Task<ExecutionResult> RunAsync(HttpContext http, string document, Dictionary<string, object?> variables) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = document,
            Variables = new Inputs(variables),
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = DocumentValidator.CoreRules.Append(accessRule),
        });
}
