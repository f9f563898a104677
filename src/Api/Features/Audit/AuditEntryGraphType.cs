using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Audit;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One recorded mutation, succeeded or refused, including mutations refused before they ran (no token, a refused token, a missing role). Append-only: nothing edits or deletes audit entries. Long values are cut and marked as truncated.";
        this.IsNode();
        Field(a => a.OccurredAt).Description("When the mutation ran.");
        Field(a => a.ActorObjectId).Description("Entra ID object id of the user or application.");
        Field(a => a.ActorName).Description("Name of the user or application.");
        Field(a => a.ActorIsApp).Description("True when an application acted with its own identity.");
        Field(a => a.ActorDepartment, nullable: true).Description("The actor's department code, from the token.");
        Field(a => a.ClientAddress, nullable: true).Description("The network address the request came from, as the API saw it.");
        Field(a => a.RoleUsed, nullable: true).Description("The app role the mutation was allowed (or tried) under.");
        Field(a => a.Action).Description("The mutation, e.g. submitProject.");
        Field(a => a.EntityType).Description("The type of the object acted on, e.g. Project.");
        Field<IdGraphType>("entityId").Description("Global id of the object acted on, when known.")
            .Resolve(ctx => ctx.Source.EntityId is { } id ? GlobalId.Encode(ctx.Source.EntityType, id) : null);
        Field(a => a.Outcome, type: typeof(NonNullGraphType<AuditOutcomeGraphType>)).Description("Whether the change was made.");
        Field(a => a.Code, nullable: true).Description("The error code of a refusal.");
        Field(a => a.Details, nullable: true).Description("What changed, or why it was refused; at most 1,000 characters, a longer text is cut and says so.");
        Field(a => a.CorrelationId).Description("The request's correlation id, as returned in the response's extensions.");
        this.ReadableBy(AuditReaders.Auditors);
    }
}
