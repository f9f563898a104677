using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Engine.Audit;

/// <summary>Who acted, as every audit entry records it: the caller from the token (or "anonymous"),
/// the address the request came from and the request's correlation id. One place for both the
/// mutation runner and the refusals before execution, so that their entries read alike.</summary>
public sealed record AuditActor(Caller Caller, string? ClientAddress, string CorrelationId)
{
    public static AuditActor Of(Caller caller, HttpContext? http) =>
        new(caller, http?.Connection.RemoteIpAddress?.ToString(), Telemetry.CorrelationId.Of(http));

    public AuditEntry Entry(DateTimeOffset at, string action, string entityType, Guid? entityId, AuditOutcome outcome,
        string? code, string? details, string? roleUsed = null) => new()
        {
            OccurredAt = at,
            ActorObjectId = Caller.ObjectId ?? "",
            ActorName = Caller.IsAuthenticated ? Caller.Name ?? "" : "anonymous",
            ActorIsApp = Caller.IsApp,
            ActorDepartment = Caller.Department,
            ClientAddress = ClientAddress,
            RoleUsed = roleUsed,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Outcome = outcome,
            Code = code,
            Details = details,
            CorrelationId = CorrelationId,
        };
}
