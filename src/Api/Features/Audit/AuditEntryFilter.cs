using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Audit;

/// <summary>Arguments of the <c>auditEntries</c> list.</summary>
public sealed record AuditEntryFilter(string? EntityId, string? ActorObjectId, string? Action, DateTimeOffset? From, DateTimeOffset? To);

public sealed class AuditEntryFilterInputGraphType : InputObjectGraphType<AuditEntryFilter>
{
    public AuditEntryFilterInputGraphType()
    {
        Name = "AuditEntryFilter";
        Description = "Narrows the audit trail; all given conditions must hold.";
        Field<IdGraphType>("entityId").Description("Only entries about the object with this global id.");
        Field<StringGraphType>("actorObjectId").Description("Only entries of this user or application (Entra ID object id).");
        Field<StringGraphType>("action").Description("Only entries of this mutation, e.g. submitProject.");
        Field<DateTimeOffsetGraphType>("from").Description("Only entries at or after this instant.");
        Field<DateTimeOffsetGraphType>("to").Description("Only entries before this instant.");
        this.ReadableBy(AuditReaders.Auditors);
    }
}
