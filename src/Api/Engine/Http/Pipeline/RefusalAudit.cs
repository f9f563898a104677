using GraphQL.Transport;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Audit;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>Records a refused mutation in the audit trail. The audit is scoped (it writes through the
/// request's DbContext) while the stages are singletons, so it is taken from the request's services.</summary>
public sealed class RefusalAudit
{
    public Task RecordAsync(HttpContext http, GraphQLDocument document, GraphQLRequest request, string code, string reason) =>
        http.RequestServices.GetRequiredService<RefusedMutationAudit>().RecordAsync(http, document, request.OperationName, code, reason);
}
