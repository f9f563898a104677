namespace InfoGov.Domain.Integration;

/// <summary>
/// Something a domain method did that others wait for. It names its subject and the project,
/// resource and department it concerns, which is what subscribers and webhooks filter on; it carries
/// no field values, so that whoever is told reads the subject again with their own access.
/// </summary>
public sealed record DomainEvent(EventKind Kind, string SubjectType, Guid SubjectId, Guid? ProjectId = null, Guid? ResourceId = null, Guid? DepartmentId = null);
