using System.Security.Cryptography;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Integration;

/// <summary>
/// A system's standing request to be told of events by an HTTPS POST: which events, filtered by
/// department, project or resource. Each delivery is signed with the webhook's own secret, so the
/// receiver can tell it came from InfoGov and was not replayed. A department's data steward registers
/// webhooks for its own department only; administrators for anything.
/// </summary>
public sealed class Webhook : Entity, IBelongsToDepartment
{
    /// <summary>An administrator's webhook belongs to no department: no steward acts on it.</summary>
    Guid IBelongsToDepartment.DepartmentId => OwnerDepartmentId ?? Guid.Empty;

    public const int MaxUrlLength = 2_000;
    public const int MaxDescriptionLength = 500;

    public required string Url { get; init; }
    public required string Description { get; init; }
    /// <summary>The events it wants; at least one.</summary>
    public required IReadOnlyList<EventKind> Events { get; init; }
    public Guid? DepartmentId { get; init; }
    public Guid? ProjectId { get; init; }
    public Guid? ResourceId { get; init; }
    /// <summary>The application that receives it (its client id), as the registrant names it.</summary>
    public required string OwnerApp { get; init; }
    /// <summary>The department of the data steward who registered it; null when an administrator did.</summary>
    public Guid? OwnerDepartmentId { get; init; }
    /// <summary>The signing secret, protected at rest by the API (never returned after registration).</summary>
    public required string ProtectedSecret { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public required string RegisteredBy { get; init; }
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    /// <summary>A new signing secret: 32 random bytes, base64url.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static Webhook Register(Uri url, string? description, IReadOnlyCollection<EventKind> events, Guid? departmentId, Guid? projectId, Guid? resourceId,
        string ownerApp, Guid? ownerDepartmentId, string protectedSecret, DateTimeOffset at, string registeredBy)
    {
        if (url.OriginalString.Length > MaxUrlLength) throw new RuleViolation(RuleViolation.Validation, $"A webhook URL has at most {MaxUrlLength} characters.", "url");
        if (events.Count == 0) throw new RuleViolation(RuleViolation.Validation, "Name at least one event.", "events");
        ownerApp = ownerApp.Trim();
        if (ownerApp.Length is 0 or > 200) throw new RuleViolation(RuleViolation.Validation, "Name the application (its client id) that receives the webhook.", "ownerApp");
        description = description?.Trim() ?? "";
        if (description.Length > MaxDescriptionLength) throw new RuleViolation(RuleViolation.Validation, $"A description has at most {MaxDescriptionLength} characters.", "description");
        // A steward's webhook is confined to the steward's department: it would otherwise hear of other departments' requests.
        if (ownerDepartmentId is { } own && departmentId != own)
            throw new RuleViolation(RuleViolation.NotPermitted, "A data steward registers webhooks for the events of their own department: set departmentId to it.", "departmentId");
        return new Webhook
        {
            Url = url.AbsoluteUri,
            Description = description,
            Events = [.. events.Distinct().Order()],
            DepartmentId = departmentId,
            ProjectId = projectId,
            ResourceId = resourceId,
            OwnerApp = ownerApp,
            OwnerDepartmentId = ownerDepartmentId,
            ProtectedSecret = protectedSecret,
            RegisteredAt = at,
            RegisteredBy = registeredBy,
        };
    }

    /// <summary>Whether this webhook wants <paramref name="message"/>.</summary>
    public bool Wants(OutboxMessage message) =>
        IsActive && Events.Contains(message.Kind)
        && (DepartmentId is not { } department || message.Concerns(department))
        && (ProjectId is not { } project || message.ProjectId == project)
        && (ResourceId is not { } resource || message.ResourceId == resource);

    public void Remove(DateTimeOffset at)
    {
        if (RemovedAt is not null) throw new RuleViolation(RuleViolation.InvalidTransition, "This webhook was already removed.");
        RemovedAt = at;
    }
}
