using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Leadership;

/// <summary>Input of <c>assignResponsibility</c>.</summary>
public sealed record AssignResponsibilityInput(string DepartmentCode, ResponsibilityKind Kind, string HolderId, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>Input of <c>delegateResponsibility</c>.</summary>
public sealed record DelegateResponsibilityInput(string AssignmentId, string DelegateId, string Scope, DateOnly ValidFrom, DateOnly ValidTo,
    MoneyInput? SigningLimit = null, string? ProjectId = null);

/// <summary>Input of <c>revokeDelegation</c>.</summary>
public sealed record RevokeDelegationInput(string DelegationId, int Version);

/// <summary>Input of <c>recordFulfilment</c>.</summary>
public sealed record RecordFulfilmentInput(string AssignmentId, string Summary, DateOnly FulfilledOn, string EvidenceReference);
